"""The composition root: builds the QApplication, the watchlist, the main window and the tray, and wires them.

Nothing else in the package builds concrete objects. A second launch on the same data directory hands its
request to the running app and exits.
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
from .gui.main_window import MainWindow
from .gui.models.watchlist_model import WatchlistModel
from .gui.news_actions import NewsActions
from .gui.reminders_settings import RemindersPage
from .gui.settings_dialog import SettingsDialog
from .gui.single_instance import InstanceServer, hand_over, server_name
from .gui.tray import Tray
from .gui.ui_state import UiState
from .gui.upcoming_view import install as install_upcoming
from .logsetup import configure_logging
from .notify.base import Notification
from .settings import Settings, load_settings, save_settings
from .storage.guard import explain
from .tasks import TaskRunner

if TYPE_CHECKING:
    from .gui.calendar_control import CalendarControl
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


class Cliffhanger:
    """The running app's parts, wired together."""

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
        self.upcoming = install_upcoming(self.window, self.model, self.controller.load_upcoming)
        feed = paths.data_dir() / "calendar.ics"  # transfer.calendar_feed.FEED_NAME, kept current there
        self.help = HelpMenu(self.window, paths.data_dir(), feed)
        self.news = NewsActions(
            self.window, self.controller, lambda text: self.window.statusBar().showMessage(text, 8000)
        )
        file_menu = self.window.menu("&File")
        file_menu.insertAction(file_menu.actions()[-1], self.news.read)
        file_menu.insertAction(file_menu.actions()[-1], self.news.inbox)
        self.tray = Tray(theme.tray_icon(), paused=self.settings.reminders_paused, parent=self.root)
        self.watcher = ChangeWatcher(paths.change_stamp_path(), self.root)
        self.reminders: ReminderService | None = None
        self.reminder_data: ReminderData | None = None
        self._unread = 0
        self.catalogues = None
        self.calendar: CalendarControl | None = None
        self._extras_installed = False
        self._wire()

    def _wire(self) -> None:
        self.tray.open_requested.connect(self.window.show_and_raise)
        self.tray.add_requested.connect(self.add_show)
        self.tray.quit_requested.connect(self.quit)
        self.tray.pause_toggled.connect(self._pause_toggled)
        self.tray.title_requested.connect(self._open_title)
        self.window.quit_requested.connect(self.quit)
        self.window.hidden_to_tray.connect(self._hidden_to_tray)
        self.model.titles_changed.connect(self._update_tray)
        self.watcher.changed.connect(self.controller.stamp_changed)
        self.server.request.connect(self._request)
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
        self.tray.show()
        self._watch_tray_geometry()
        if not minimized:
            self.window.show()
            QTimer.singleShot(0, lambda: log.info("event loop running"))
        self.controller.open(open_watchlist)

    def _install_extras(self) -> None:
        """Reminders, catalogues, import and export: built once the watchlist is open, so the window paints
        first and the ORM they need is imported by the opening thread alone (two threads importing
        SQLAlchemy at once can break its circular imports)."""
        if self._extras_installed:
            return
        self._install_reminders()
        self._install_catalogues()
        self._install_calendar()
        self._install_feeds()
        self._extras_installed = True

    def _opened(self) -> None:
        QTimer.singleShot(0, self._shown_titles)
        QTimer.singleShot(0, self._start_extras)  # after the titles have been painted

    def _start_extras(self) -> None:
        self._install_extras()
        self._start_reminders()
        self._start_catalogues()
        self._start_calendar()

    def _shown_titles(self) -> None:
        log.info("watchlist shown: %d titles", self.model.rowCount())
        self.collector.freeze()  # the rows live as long as the app: later collections skip them

    def _watch_tray_geometry(self, attempts: int = 150) -> None:
        """Log where the tray icon landed; Qt has no signal for it, so look a few times (30 s at most)."""
        timer = QTimer(self.root)
        timer.setInterval(200)
        left = [attempts]

        def check() -> None:
            geometry = self.tray.icon.geometry()
            left[0] -= 1
            if not geometry.isEmpty():
                log.info("tray icon shown: %d,%d %dx%d", geometry.x(), geometry.y(), geometry.width(),
                         geometry.height())  # fmt: skip
            if not geometry.isEmpty() or left[0] <= 0:
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
            self.quit()  # no tray to come back from
            return
        if not self.settings.hide_to_tray_notice_shown:
            self.tray.message(
                APP_NAME, "Cliffhanger keeps running in the tray. Choose Quit from its menu to exit."
            )
            self.settings.hide_to_tray_notice_shown = True
            self.save_settings(self.settings)
        log.info("main window hidden to the tray")

    def save_settings(self, settings: Settings) -> None:
        """Write the settings; a folder that can't be written is said in the window, not raised."""
        try:
            save_settings(settings)
        except OSError as error:
            said = explain(error, paths.data_dir(create=False)) or f"The settings were not saved ({error})."
            log.warning("settings not saved: %s", error)
            self.window.statusBar().showMessage(said, 30_000)

    def _pause_toggled(self, paused: bool) -> None:
        self.settings.reminders_paused = paused
        self.save_settings(self.settings)
        log.info("reminders %s", "paused" if paused else "resumed")
        if self._extras_installed:
            self.reminders_page.set_paused(paused)
        if self.reminders is not None:
            self.reminders.replan()

    # -- reminders ------------------------------------------------------------------------------------
    def _install_reminders(self) -> None:
        """Settings and notifiers now; the reminder book, service and screens once the watchlist is open."""
        from .gui.reminders_ui import install_settings_actions
        from .reminders.runner import native_notifier, notifier_chain

        self.settings_dialog = SettingsDialog(self.window)
        self.reminders_page = RemindersPage(self.settings, self.save_settings)
        self.settings_dialog.add_page("Reminders", self.reminders_page)
        self.appearance_page = AppearancePage(self.settings, self.save_settings)
        self.settings_dialog.add_page("Appearance", self.appearance_page)
        self.appearance_page.theme_changed.connect(lambda choice: theme.apply_theme(self.app, choice))
        install_settings_actions(self.window, self.tray, self.settings_dialog)
        self.native = native_notifier(self._open_title, self._snooze_from_notification, parent=self.root)
        self.native.prepare()  # the server's capabilities arrive before the first alert needs them
        self.notifier = notifier_chain(self.settings, native=self.native, tray=self.tray.message)
        self.reminders_page.changed.connect(self._reminder_settings_changed)
        self.reminders_page.pause_toggled.connect(self.tray.pause_action.setChecked)
        self.reminders_page.test_requested.connect(self._test_notification)

    def _start_reminders(self) -> None:
        from .gui.reminders_data import ReminderData
        from .gui.reminders_ui import install_reminder_screens
        from .reminders.book import ReminderBook
        from .reminders.delivery import Preferences
        from .reminders.service import ReminderService

        db = self.controller.opened().db
        book = ReminderBook(db, stamp=paths.change_stamp_path())
        prefs = lambda: Preferences.from_settings(self.settings, book.zone)  # noqa: E731
        self.reminders = ReminderService(
            db, self.notifier, prefs, background=self._run_pass, parent=self.root
        )
        self.reminder_data = ReminderData(book, self.tasks, prefs, self.root)
        self.controller.opened().subscribe(self.reminders.request_replan)
        book.subscribe(self.reminders.request_replan)
        self.watcher.changed.connect(self._changed_elsewhere)
        self.reminders.delivered.connect(lambda _events: self.reminder_data.changed.emit())  # type: ignore[union-attr]
        default = lambda: Preferences.default_time(self.settings)  # noqa: E731
        install_reminder_screens(self.window, self.reminder_data, default)
        self._install_inbox()
        self.reminders.start()

    def _run_pass(self, work, done, failed) -> None:  # type: ignore[no-untyped-def]
        self.tasks.run(work, name="reminder pass", write=True, on_success=done, on_failure=failed)

    def _changed_elsewhere(self) -> None:
        """The command line changed the database or paused reminders: follow, and plan again."""
        paused = load_settings().reminders_paused
        if paused != self.settings.reminders_paused:
            self.tray.pause_action.setChecked(paused)  # saves, and re-plans
        elif self.reminders is not None:
            self.reminders.replan()
        if self.reminder_data is not None:
            self.reminder_data.changed.emit()

    def _reminder_settings_changed(self) -> None:
        from .reminders.runner import notifier_chain

        self.notifier.notifiers = notifier_chain(
            self.settings, native=self.native, tray=self.tray.message
        ).notifiers
        if self.reminders is not None:
            self.reminders.replan()

    def _test_notification(self) -> None:
        note = Notification(APP_NAME, "Reminders will look like this.")
        channel = self.notifier.notify(note)
        self.reminders_page.show_test_result(channel)
        log.info("test notification sent via %s", channel or "nothing")

    def _open_title(self, title_id: int) -> None:
        self.window.open_title(title_id)
        log.info("opened title %d from a notification", title_id)

    def _snooze_from_notification(self, key: str, choice: str) -> None:
        if self.reminder_data is not None:
            self.reminder_data.snooze(key, choice)
            log.info("snoozed %s from a notification (%s)", key, choice)

    # -- catalogues, refresh, import and export ------------------------------------------------------
    def _install_catalogues(self) -> None:
        """Search, link, refresh, import and export now; the catalogues open once the watchlist is open."""
        from . import services
        from .gui.catalogue_service import CatalogueService
        from .gui.catalogue_ui import CatalogueUi
        from .secrets import default_store

        network = TaskRunner(self.root, readers=4)  # catalogue calls never wait behind watchlist reads
        service = CatalogueService(
            network, default_store(), services.providers, services.poster_cache(), self.root
        )
        self.catalogues = CatalogueUi(
            self.window, self.tray, self.controller, service, self.settings, self.save_settings
        )
        self.settings_dialog.add_page("Catalogues", self.catalogues.settings_page())
        self._catalogue_service = service
        from .gui.poster_thumbnails import PosterThumbnails

        self.thumbnails = PosterThumbnails(self.tasks.run, self.root)
        self.window.watchlist.use_posters(self.thumbnails)
        self.catalogues.section.use_thumbnails(self.thumbnails)

    def _start_catalogues(self) -> None:
        from .storage.catalogue_store import CatalogueStore
        from .sync.refresh import Refresher

        service = self._catalogue_service
        service.open(CatalogueStore(self.controller.store))  # type: ignore[arg-type]
        links = service.catalogues.store.links  # type: ignore[union-attr]
        self.model.titles_changed.connect(lambda: self.thumbnails.read_links(links))
        self.thumbnails.read_links(links)
        self.catalogues.start(Refresher(service.catalogues))  # type: ignore[arg-type]

    # -- news feeds ----------------------------------------------------------------------------------
    def _install_feeds(self) -> None:
        """Followed feeds are checked on the refresh schedule, on their own thread; news waits for review."""
        from datetime import timedelta

        from .domain.matching import Named
        from .gui.feeds_control import FeedsControl
        from .storage.news_store import NewsStore

        store = NewsStore(self.controller.opened().db)
        names = lambda: [Named(s.id, s.name, s.facts.year) for s in self.model.summaries()]  # noqa: E731
        every = lambda: timedelta(hours=max(1, self.settings.refresh_hours))  # noqa: E731
        self.feeds = FeedsControl(store, names, every, TaskRunner(self.root, readers=1), self.root)
        self.news.attach_feeds(store, self.feeds.waiting)
        self.feeds.start()

    # -- the user's own calendar over CalDAV ---------------------------------------------------------
    def _install_calendar(self) -> None:
        """The Calendar settings page and status-bar line; syncs run on their own thread."""
        from datetime import timedelta

        from .calsync.sync import CalendarSync
        from .gui.calendar_control import CalendarControl, CalendarIndicator
        from .gui.settings_calendar import CalendarPage
        from .secrets import default_store

        db = self.controller.opened().db
        self._calendar_tasks = TaskRunner(self.root, readers=1)
        every = lambda: timedelta(hours=max(1, self.settings.refresh_hours))  # noqa: E731
        self.calendar = CalendarControl(
            CalendarSync(db, default_store()), self._calendar_tasks, every, self.root
        )
        indicator = CalendarIndicator(self.window.statusBar())
        self.calendar.changed.connect(indicator.show_view)
        page = CalendarPage(self.calendar, default_store(), self._calendar_tasks)
        self.settings_dialog.add_page("Calendar", page)

    def _start_calendar(self) -> None:
        calendar = self.calendar
        assert calendar is not None
        self.model.titles_changed.connect(calendar.request)
        self.watcher.changed.connect(calendar.request)
        if self.reminder_data is not None:
            self.reminder_data.changed.connect(calendar.request)
        calendar.start()

    def _update_tray(self) -> None:
        from .gui.whats_next import next_dates

        summaries = self.model.summaries()
        self.tray.show_next(len(summaries), next_dates(summaries, self.model.today()), self._unread)

    def _count_unread(self) -> None:
        if self.reminder_data is not None:
            self.reminder_data.unread(self._unread_counted)

    def _unread_counted(self, count: int) -> None:
        if count != self._unread:
            self._unread = count
            log.info("unread alerts: %d", count)
            self._update_tray()

    def _install_inbox(self) -> None:
        from PySide6.QtGui import QAction

        from .gui.inbox_view import InboxDialog

        assert self.reminder_data is not None
        self.inbox = InboxDialog(self.reminder_data, self.window)
        self.inbox.open_requested.connect(self._open_title)
        self.tray.inbox_requested.connect(self.show_inbox)
        action = QAction("&Inbox…", self.window)
        action.triggered.connect(lambda _checked=False: self.show_inbox())
        self.window.menu("&View").addAction(action)
        self.reminder_data.changed.connect(self._count_unread)
        self._count_unread()

    def show_inbox(self) -> None:
        self.inbox.show()
        self.inbox.raise_()
        self.inbox.activateWindow()

    def shutdown(self) -> None:
        if self.catalogues is not None:
            self.catalogues.shutdown()
        if self.calendar is not None:
            self.calendar.stop()
            self._calendar_tasks.shutdown(timeout_ms=5_000)
        if getattr(self, "native", None) is not None:
            self.native.close()
        if self.reminders is not None:
            self.reminders.stop()
        self.window.save_layout()
        self.tray.hide()
        self.server.close()
        if not self.tasks.shutdown(timeout_ms=1500):  # a quit is due within 2 s; queued work is dropped
            log.warning("background work still running at exit")
        store = self.controller.store
        if store is not None:
            store.close()
        self.collector.stop()
        log.info("quit")


def _make_application(argv: list[str]) -> QApplication:
    from . import qtfix

    qtfix.install()  # before any signal is emitted; acts only on a PySide6 that needs it
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # lets the desktop match windows to the installed menu entry
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the app alive
    return app


def _quit_on_signals(app: QApplication, quit: Callable[[], None]) -> None:
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
    app._signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined]


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
    theme.apply_theme(app, load_settings().theme)
    app.setWindowIcon(theme.app_icon())
    log.info("Cliffhanger %s starting (data in %s)", __version__, paths.data_dir())
    shell = Cliffhanger(app, server)
    theme.follow_system(app, lambda: shell.settings.theme)
    shell.start(minimized=options.minimized)
    _quit_on_signals(app, shell.quit)
    _leave_at_once(app.exec())


def _leave_at_once(status: int) -> NoReturn:
    """End the process as soon as `shutdown` has run: everything is committed and closed by then, and the
    interpreter's own teardown would only free memory object by object (seconds with 50,000 titles)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
