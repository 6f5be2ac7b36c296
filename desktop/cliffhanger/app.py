"""The composition root: builds the QApplication, the watchlist, the main window and the tray, and wires them.

Nothing else in the package builds concrete objects. A second launch on the same data directory hands its
request to the running app and exits.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from . import APP_ID, APP_NAME, __version__, paths
from .gui import theme
from .gui.change_watcher import ChangeWatcher
from .gui.controller import WatchlistController, WatchlistStore
from .gui.main_window import MainWindow
from .gui.models.watchlist_model import WatchlistModel
from .gui.single_instance import InstanceServer, hand_over, server_name
from .gui.tray import Tray, summarise
from .gui.ui_state import UiState
from .gui.upcoming_view import install as install_upcoming
from .logsetup import configure_logging
from .settings import load_settings, save_settings
from .tasks import TaskRunner

log = logging.getLogger(__name__)


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cliffhanger", add_help=False)
    parser.add_argument("--minimized", action="store_true", help="start in the tray, window hidden")
    parser.add_argument("--add", action="store_true", help="open the add dialog")
    options, _qt_args = parser.parse_known_args(argv)
    return options


def open_watchlist() -> WatchlistStore:
    """Open (and migrate) the database, purging titles removed over a day ago; runs in the background."""
    from .storage.watchlist import Watchlist  # imported here so the window paints before the ORM loads

    watchlist = Watchlist.open(
        paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
    )
    purged = watchlist.purge_removed()
    if purged:
        log.info("purged %d titles removed more than a day ago", purged)
    return watchlist


class Cliffhanger:
    """The running app's parts, wired together."""

    def __init__(self, app: QApplication, server: InstanceServer) -> None:
        self.app, self.server = app, server
        self.root = QObject(app)  # owns every non-widget part, so one deletion drops them all
        self.settings = load_settings()
        self.tasks = TaskRunner(self.root)
        self.model = WatchlistModel(self.root)
        self.controller = WatchlistController(
            self.tasks, self.model, stamp=paths.change_stamp_path(), parent=self.root
        )
        self.window = MainWindow(self.controller, UiState(paths.data_dir() / "window.ini"))
        self.window.close_to_tray = True
        self.upcoming = install_upcoming(self.window, self.model)
        self.tray = Tray(theme.tray_icon(), paused=self.settings.reminders_paused, parent=self.root)
        self.watcher = ChangeWatcher(paths.change_stamp_path(), self.root)
        self._wire()

    def _wire(self) -> None:
        self.tray.open_requested.connect(self.window.show_and_raise)
        self.tray.add_requested.connect(self.add_show)
        self.tray.quit_requested.connect(self.app.quit)
        self.tray.pause_toggled.connect(self._pause_toggled)
        self.window.quit_requested.connect(self.app.quit)
        self.window.hidden_to_tray.connect(self._hidden_to_tray)
        self.model.titles_changed.connect(self._update_tray)
        self.watcher.changed.connect(self.controller.stamp_changed)
        self.server.request.connect(self._request)
        self.controller.ready.connect(lambda: QTimer.singleShot(0, self._shown_titles))
        self.app.aboutToQuit.connect(self.shutdown)

    def start(self, *, minimized: bool) -> None:
        self.tray.show()
        self._watch_tray_geometry()
        if not minimized:
            self.window.show()
            QTimer.singleShot(0, lambda: log.info("event loop running"))
        self.controller.open(open_watchlist)

    def _shown_titles(self) -> None:
        log.info("watchlist shown: %d titles", self.model.rowCount())

    def _watch_tray_geometry(self) -> None:
        timer = QTimer(self.root)
        timer.setInterval(200)

        def check() -> None:
            geometry = self.tray.icon.geometry()
            if not geometry.isEmpty():
                log.info(
                    "tray icon shown: %d,%d %dx%d",
                    geometry.x(),
                    geometry.y(),
                    geometry.width(),
                    geometry.height(),
                )
                timer.stop()

        timer.timeout.connect(check)
        timer.start()
        check()

    def add_show(self) -> None:
        self.window.show_and_raise()
        self.window.title_actions.open_add_dialog()

    def _request(self, text: str) -> None:
        if text == "add":
            self.add_show()
        else:
            self.window.show_and_raise()
        log.info("raised by another launch (%s)", text)

    def _hidden_to_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.app.quit()  # no tray to come back from
            return
        if not self.settings.hide_to_tray_notice_shown:
            self.tray.message(
                APP_NAME, "Cliffhanger keeps running in the tray. Choose Quit from its menu to exit."
            )
            self.settings.hide_to_tray_notice_shown = True
            save_settings(self.settings)
        log.info("main window hidden to the tray")

    def _pause_toggled(self, paused: bool) -> None:
        self.settings.reminders_paused = paused
        save_settings(self.settings)
        log.info("reminders %s", "paused" if paused else "resumed")

    def _update_tray(self) -> None:
        self.tray.set_summary(summarise(self.model.rows(), self.model.today()))

    def shutdown(self) -> None:
        self.window.save_layout()
        self.tray.hide()
        self.server.close()
        if not self.tasks.shutdown():
            log.warning("background work still running at exit")
        store = self.controller.store
        if store is not None and hasattr(store, "close"):
            store.close()
        log.info("quit")


def _make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the app alive
    return app


def _quit_on_sigterm(app: QApplication) -> None:
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    ticker = QTimer(app)  # lets Python run its signal handlers while Qt's loop waits
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def run_app(argv: list[str]) -> int:
    """Run the desktop app (or hand over to the one already running); return the exit status."""
    options = _options(argv)
    configure_logging()
    app = _make_application(argv)
    name = server_name(paths.data_dir())
    if hand_over(name, "add" if options.add else "raise"):
        log.info("handed over to the running app")
        return 0
    server = InstanceServer(name, app)
    if not server.listen():
        log.warning("could not listen as %s; later launches will start their own app", name)
    theme.apply_theme(app)
    app.setWindowIcon(theme.app_icon())
    log.info("Cliffhanger %s starting (data in %s)", __version__, paths.data_dir())
    shell = Cliffhanger(app, server)
    shell.start(minimized=options.minimized)
    _quit_on_sigterm(app)
    return app.exec()
