"""Reminders in the running app: the settings page, the notifier chain, the reminder service, its screens
and the inbox. The service plans and delivers; this unit only connects it to the window and the tray."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from .. import APP_NAME, paths
from ..gui.reminders_settings import RemindersPage
from ..i18n import translate
from ..notify.base import Notification
from ..settings import load_settings
from . import Parts

if TYPE_CHECKING:
    from ..gui.inbox_view import InboxDialog
    from ..gui.reminders_data import ReminderData
    from ..notify.base import FallbackNotifier
    from ..notify.freedesktop import FreedesktopNotifier
    from ..reminders.book import ReminderBook
    from ..reminders.delivery import Preferences
    from ..reminders.service import Done, Failed, ReminderService

log = logging.getLogger(__name__)


class RemindersUnit:
    """Owns the reminder service and everything that shows its work; `on_unread(count)` hears the inbox."""

    def __init__(self, parts: Parts, on_unread: Callable[[int], None]) -> None:
        self.parts, self._on_unread = parts, on_unread
        self.page: RemindersPage | None = None
        self.native: FreedesktopNotifier | None = None
        self.notifier: FallbackNotifier | None = None
        self.service: ReminderService | None = None
        self.data: ReminderData | None = None
        self.inbox: InboxDialog | None = None

    # -- install: the page and the notifiers -------------------------------------------------------
    def install(self) -> None:
        from ..reminders.runner import native_notifier

        parts = self.parts
        self.page = RemindersPage(parts.settings, parts.save_settings)
        parts.settings_dialog.add_page(translate("SettingsPages", "Reminders"), self.page)
        self.native = native_notifier(parts.open_title, self._snooze, parent=parts.root)
        self.native.prepare()  # the server's capabilities arrive before the first alert needs them
        self.notifier = self._chain()
        self.page.changed.connect(self._settings_changed)
        self.page.pause_toggled.connect(parts.tray.set_paused)
        self.page.test_requested.connect(self._test_notification)

    def _chain(self) -> FallbackNotifier:
        from ..reminders.runner import notifier_chain

        return notifier_chain(self.parts.settings, native=self.native, tray=self.parts.tray.message)

    # -- start: the service, its screens and the inbox ---------------------------------------------
    def start(self) -> None:
        from ..gui.reminders_data import ReminderData
        from ..reminders.book import ReminderBook
        from ..reminders.service import ReminderService

        parts, notifier = self.parts, self.notifier
        assert notifier is not None, "installed first"
        db = parts.controller.opened().db
        book = ReminderBook(db, stamp=paths.change_stamp_path())
        prefs = self._prefs(book)
        service = ReminderService(db, notifier, prefs, background=self._run_pass, parent=parts.root)
        data = ReminderData(book, parts.tasks, prefs, parts.root)
        self.service, self.data = service, data
        parts.controller.opened().subscribe(service.request_replan)
        book.subscribe(service.request_replan)
        parts.watcher.changed.connect(self._changed_elsewhere)
        service.delivered.connect(lambda _events: data.changed.emit())
        self._install_screens(data)
        service.start()

    def _prefs(self, book: ReminderBook) -> Callable[[], Preferences]:
        from ..reminders.delivery import Preferences

        settings = self.parts.settings
        return lambda: Preferences.from_settings(settings, book.zone)

    def _run_pass(self, work: Callable[[], object], done: Done, failed: Failed) -> None:
        self.parts.tasks.run(work, name="reminder pass", write=True, on_success=done, on_failure=failed)

    def _install_screens(self, data: ReminderData) -> None:
        from ..gui.inbox_view import InboxDialog
        from ..gui.reminders_ui import install_reminder_screens
        from ..reminders.delivery import Preferences

        parts = self.parts
        default: Callable[[], time] = lambda: Preferences.default_time(parts.settings)  # noqa: E731
        install_reminder_screens(parts.window, data, default)
        self.inbox = InboxDialog(data, parts.window)
        self.inbox.open_requested.connect(parts.open_title)
        parts.tray.inbox_requested.connect(self.show_inbox)
        action = QAction(translate("RemindersUnit", "&Inbox…"), parts.window)
        action.triggered.connect(lambda _checked=False: self.show_inbox())
        parts.window.menu("&View").addAction(action)
        data.changed.connect(self._count_unread)
        self._count_unread()

    def show_inbox(self) -> None:
        if self.inbox is not None:
            self.inbox.show()
            self.inbox.raise_()
            self.inbox.activateWindow()

    # -- following changes --------------------------------------------------------------------------
    def set_paused(self, paused: bool) -> None:
        """The user paused or resumed reminders (from the tray or the page): show it, and plan again."""
        if self.page is not None:
            self.page.set_paused(paused)
        if self.service is not None:
            self.service.replan()

    def _changed_elsewhere(self) -> None:
        """The command line changed the database or paused reminders: follow, and plan again."""
        paused = load_settings().reminders_paused
        if paused != self.parts.settings.reminders_paused:
            self.parts.tray.set_paused(paused)  # saves, and re-plans
        elif self.service is not None:
            self.service.replan()
        if self.data is not None:
            self.data.changed.emit()

    def _settings_changed(self) -> None:
        if self.notifier is not None:
            self.notifier.reorder(self._chain().notifiers)
        if self.service is not None:
            self.service.replan()

    def _test_notification(self) -> None:
        assert self.notifier is not None and self.page is not None
        channel = self.notifier.notify(
            Notification(APP_NAME, translate("RemindersUnit", "Reminders will look like this."))
        )
        self.page.show_test_result(channel)
        log.info("test notification sent via %s", channel or "nothing")

    def _snooze(self, key: str, choice: str) -> None:
        if self.data is not None:
            self.data.snooze(key, choice)
            log.info("snoozed %s from a notification (%s)", key, choice)

    def _count_unread(self) -> None:
        if self.data is not None:
            self.data.unread(self._on_unread)

    def shutdown(self) -> None:
        if self.native is not None:
            self.native.close()
        if self.service is not None:
            self.service.stop()
