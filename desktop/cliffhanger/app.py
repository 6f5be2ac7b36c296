"""The composition root: builds the QApplication, the watchlist, the main window and the tray, and composes
the units of wiring/ (tray, reminders, catalogues, calendar, news feeds), each with its own shutdown.

Nothing outside this module and wiring/ builds concrete objects. A second launch on the same data directory
hands its request to the running app and exits.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from . import APP_NAME, DESKTOP_ID, __version__, paths
from .gui import theme
from .gui.appearance_page import AppearancePage
from .gui.change_watcher import ChangeWatcher
from .gui.collector import MainThreadCollector
from .gui.controller import WatchlistController, WatchlistStore
from .gui.help_menu import HelpMenu
from .gui.i18n import install_language
from .gui.main_window import MainWindow
from .gui.models.watchlist_model import WatchlistModel
from .gui.reminders_settings import RemindersPage
from .gui.settings_dialog import SettingsDialog
from .gui.single_instance import InstanceServer, hand_over, server_name
from .gui.tray import Tray
from .gui.ui_state import UiState
from .gui.upcoming_view import UpcomingView
from .gui.upcoming_view import install as install_upcoming
from .i18n import translate
from .logsetup import configure_logging
from .settings import Settings, load_settings, save_settings
from .storage.guard import explain
from .tasks import TaskRunner
from .wiring import Parts, Unit
from .wiring.calendar_unit import CalendarUnit
from .wiring.catalogue_unit import CatalogueUnit
from .wiring.feeds_unit import FeedsUnit
from .wiring.reminders_unit import RemindersUnit
from .wiring.tray_unit import TrayUnit

if TYPE_CHECKING:
    from .domain.summary_line import SummaryLine
    from .gui.calendar_control import CalendarControl
    from .gui.catalogue_ui import CatalogueUi
    from .gui.feeds_control import FeedsControl
    from .gui.news_actions import NewsActions
    from .gui.reminders_data import ReminderData
    from .reminders.service import ReminderService

log = logging.getLogger(__name__)


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cliffhanger", add_help=False)
    parser.add_argument("--minimized", action="store_true", help="start in the tray, window hidden")
    parser.add_argument("--add", action="store_true", help="open the add dialog")
    options, _qt_args = parser.parse_known_args(argv)
    return options


def open_watchlist() -> WatchlistStore:
    """Open (and migrate) the database, purging titles removed over a day ago; runs in the background."""
    from . import services  # imported here so the window paints before the ORM loads

    return services.open_watchlist()


def read_lines() -> list[SummaryLine] | None:
    """The titles' summary lines read with sqlite3 alone (None when the file needs the full open first), so
    the list is shown before the ORM loads; runs in the background."""
    from . import services

    return services.plain_lines()


class Cliffhanger:
    """The running app: the parts every unit shares, the units, and the order they start and stop in."""

    def __init__(self, app: QApplication, server: InstanceServer) -> None:
        self.app, self.server = app, server
        self.root = QObject(app)  # owns every non-widget part, so one deletion drops them all
        self.settings = load_settings()
        self.collector = MainThreadCollector(self.root)
        self.collector.start()
        self.tasks = TaskRunner(self.root)
        self.model = WatchlistModel(self.root)
        self.controller = WatchlistController(
            self.tasks, self.model, stamp=paths.change_stamp_path(), parent=self.root
        )
        self.window = MainWindow(self.controller, UiState(paths.data_dir() / "window.ini"))
        self.window.close_to_tray = True
        self.upcoming: UpcomingView = install_upcoming(self.window, self.model, self.controller.load_upcoming)
        feed = paths.data_dir() / "calendar.ics"  # transfer.calendar_feed.FEED_NAME, kept current there
        self.help = HelpMenu(self.window, paths.data_dir(), feed)
        self.tray = Tray(theme.tray_icon(), paused=self.settings.reminders_paused, parent=self.root)
        self.watcher = ChangeWatcher(paths.change_stamp_path(), self.root)
        self.settings_dialog = SettingsDialog(self.window)
        self.parts = Parts(self.root, self.window, self.controller, self.model, self.tasks, self.tray,
                           self.watcher, self.settings, self.save_settings, self.settings_dialog,
                           self._open_title)  # fmt: skip
        self.tray_unit = TrayUnit(self.parts)
        self.feeds_unit = FeedsUnit(self.parts)
        self.reminders_unit = RemindersUnit(self.parts, self.tray_unit.set_unread)
        self.catalogue_unit = CatalogueUnit(self.parts)
        self.calendar_unit = CalendarUnit(self.parts)
        # installed and started in this order once the watchlist is open; stopped the other way round
        self.units: tuple[Unit, ...] = (
            self.reminders_unit, self.catalogue_unit, self.calendar_unit, self.feeds_unit,
        )  # fmt: skip
        self.appearance_page: AppearancePage | None = None
        self.ends_process = False  # set by run_app: the process ends as soon as shutdown has run
        self._extras_installed = False
        self._wire()

    # -- what tests and the other parts look at ---------------------------------------------------------
    @property
    def news(self) -> NewsActions:
        return self.feeds_unit.news

    @property
    def feeds(self) -> FeedsControl | None:
        return self.feeds_unit.feeds

    @property
    def reminders(self) -> ReminderService | None:
        return self.reminders_unit.service

    @property
    def reminder_data(self) -> ReminderData | None:
        return self.reminders_unit.data

    @property
    def reminders_page(self) -> RemindersPage | None:
        return self.reminders_unit.page

    @property
    def catalogues(self) -> CatalogueUi | None:
        return self.catalogue_unit.ui

    @property
    def calendar(self) -> CalendarControl | None:
        return self.calendar_unit.control

    # -- wiring -------------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.tray.open_requested.connect(self.window.show_and_raise)
        self.tray.add_requested.connect(self.add_show)
        self.tray.quit_requested.connect(self.quit)
        self.tray.pause_toggled.connect(self._pause_toggled)
        self.tray.title_requested.connect(self._open_title)
        self.window.quit_requested.connect(self.quit)
        self.window.hidden_to_tray.connect(self._hidden_to_tray)
        self.watcher.changed.connect(self.controller.stamp_changed)
        self.server.request.connect(self._request)
        self.controller.shown.connect(lambda: QTimer.singleShot(0, self._shown_titles))
        self.controller.ready.connect(self._opened)
        self.app.aboutToQuit.connect(self.shutdown)
        self.app.commitDataRequest.connect(self._logout)

    def quit(self) -> None:
        """Leave the event loop, whether the window is shown or hidden. QApplication.quit() would first
        send the window a close event, which (closing to the tray) hides it and cancels the quit."""
        log.info("quitting")
        self.window.close_to_tray = False
        QApplication.exit(0)

    def _logout(self, _manager: object) -> None:
        log.info("the desktop session is ending")
        self.quit()

    def start(self, *, minimized: bool) -> None:
        self.tray_unit.start()
        if not minimized:
            self.window.show()
            QTimer.singleShot(0, lambda: log.info("event loop running"))
        self.controller.open(open_watchlist, read_lines)

    def _opened(self) -> None:
        QTimer.singleShot(0, self._start_extras)  # after the titles have been painted

    def _shown_titles(self) -> None:
        log.info("watchlist shown: %d titles", self.model.rowCount())
        self.collector.freeze()  # the rows live as long as the app: later collections skip them

    def _start_extras(self) -> None:
        """Reminders, catalogues, calendar and news: built once the watchlist is open, so the window paints
        first and the ORM they need is imported by the opening thread alone (two threads importing
        SQLAlchemy at once can break its circular imports)."""
        if self._extras_installed:
            return
        self._extras_installed = True
        self.reminders_unit.install()
        self._install_settings_pages()  # Appearance after Reminders, then Settings… in the menus
        for unit in self.units:
            if unit is not self.reminders_unit:
                unit.install()
        for unit in self.units:
            unit.start()
        data = self.reminders_unit.data
        if data is not None:
            data.changed.connect(self.calendar_unit.request)

    def _install_settings_pages(self) -> None:
        """The Appearance page beside Reminders, and Settings… in the window's and the tray's menus."""
        from .gui.reminders_ui import install_settings_actions

        page = AppearancePage(self.settings, self.save_settings)
        self.settings_dialog.add_page(translate("SettingsPages", "Appearance"), page)
        page.theme_changed.connect(lambda choice: theme.apply_theme(self.app, choice))
        self.appearance_page = page
        install_settings_actions(self.window, self.tray, self.settings_dialog)

    # -- requests from the tray, other launches and notifications ---------------------------------------
    def add_show(self) -> None:
        self.window.open_add_dialog()

    def _request(self, text: str) -> None:
        if text == "add":
            self.add_show()
        else:
            self.window.show_and_raise()
        log.info("raised by another launch (%s)", text)

    def _open_title(self, title_id: int) -> None:
        self.window.open_title(title_id)
        log.info("opened title %d from a notification", title_id)

    def _hidden_to_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.quit()  # no tray to come back from
            return
        if not self.settings.hide_to_tray_notice_shown:
            self.tray.message(
                APP_NAME,
                translate("App", "Cliffhanger keeps running in the tray. Choose Quit from its menu to exit."),
            )
            self.settings.hide_to_tray_notice_shown = True
            self.save_settings(self.settings)
        log.info("main window hidden to the tray")

    def save_settings(self, settings: Settings) -> None:
        """Write the settings; a folder that can't be written is said in the window, not raised."""
        try:
            save_settings(settings)
        except OSError as error:
            said = explain(error, paths.data_dir(create=False)) or translate(
                "App", "The settings were not saved (%1)."
            ).replace("%1", str(error))
            log.warning("settings not saved: %s", error)
            self.window.show_message(said, 30_000)

    def _pause_toggled(self, paused: bool) -> None:
        self.settings.reminders_paused = paused
        self.save_settings(self.settings)
        log.info("reminders %s", "paused" if paused else "resumed")
        self.reminders_unit.set_paused(paused)

    # -- quitting -----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the units (reminders last), then the window, the tray, the task runner and the watchlist.

        A reminder pass under way is told first, so it ends after its chunk while the rest stops. Only writes
        are waited for: the main runner's reads write nothing, and their outcome would never be shown."""
        if self.reminders_unit.service is not None:
            self.reminders_unit.service.stop()
        for unit in reversed(self.units):
            unit.shutdown()
        self.window.save_layout()
        self.tray_unit.shutdown()
        self.server.close()
        if not self.tasks.shutdown(timeout_ms=1500, wait_for_reads=False):  # a quit is due within 2 s
            log.warning("a write was still running at exit")
        store = self.controller.store
        if store is not None:
            store.close()
        log.info("quit")
        if self.ends_process:
            _leave_at_once(0)  # now, not once the event loop has finished whatever the quit interrupted
        self.collector.stop()


def _make_application(argv: list[str]) -> QApplication:
    from . import qt_sources, qtfix

    qtfix.install()  # before any signal is emitted; acts only on a PySide6 that needs it
    qt_sources.install()  # before the catalogues, reminders and extras are imported
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # lets the desktop match windows to the installed menu entry
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the app alive
    return app


def _quit_on_signals(app: QApplication, quit: Callable[[], None]) -> tuple[socket.socket, socket.socket]:
    """Quit cleanly on SIGTERM and SIGINT. Python runs signal handlers only between bytecodes, and Qt's loop
    may wait for hours, so the signal wakes the loop through a socket instead of a polling timer."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: quit())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))
    return reader, writer  # kept open by the caller for as long as the loop runs


def _no_display() -> str:
    """Why the window can't open here (Linux without a desktop session), or "" when it can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "there is no desktop session to show the window in (DISPLAY and WAYLAND_DISPLAY are unset). "
        "The command line works anywhere: see `cliffhanger --help`."
    )


def run_app(argv: list[str]) -> int:
    """Run the desktop app (or hand over to the one already running); return the exit status."""
    options = _options(argv)
    configure_logging()
    missing = _no_display()
    if missing:
        print(f"cliffhanger: {missing}", file=sys.stderr)
        return 1
    app = _make_application(argv)
    name = server_name(paths.data_dir())
    if hand_over(name, "add" if options.add else "raise"):
        log.info("handed over to the running app")
        return 0
    server = InstanceServer(name, app)
    if not server.listen():
        held = (
            f"{name} is held by another program, so later launches can't hand over to this app and will "
            "start their own; this one runs as usual, reminders included"
        )
        log.warning(held)
        print(f"cliffhanger: {held}.", file=sys.stderr)
    settings = load_settings()
    install_language(app, settings.language)
    theme.apply_theme(app, settings.theme)
    app.setWindowIcon(theme.app_icon())
    log.info("Cliffhanger %s starting (data in %s)", __version__, paths.data_dir())
    shell = Cliffhanger(app, server)
    shell.ends_process = True
    theme.follow_system(app, lambda: shell.settings.theme)
    shell.start(minimized=options.minimized)
    wakeup = _quit_on_signals(app, shell.quit)
    status = app.exec()
    del wakeup
    _leave_at_once(status)


def _leave_at_once(status: int) -> NoReturn:
    """End the process as soon as `shutdown` has run: everything is committed and closed by then, and the
    interpreter's own teardown would only free memory object by object (seconds with 50,000 titles)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
