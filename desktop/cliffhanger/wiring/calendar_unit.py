"""The user's own calendar over CalDAV in the running app: the Calendar settings page, the status-bar line,
and syncs on their own thread whenever the watchlist or the reminders change."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ..i18n import translate
from ..tasks import TaskRunner
from . import Parts

if TYPE_CHECKING:
    from ..gui.calendar_control import CalendarControl

STOP_WAIT_MS = 5_000  # a sync under way may finish writing its state


class CalendarUnit:
    """Owns the calendar control and its thread; `request()` asks for a sync soon."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.tasks = TaskRunner(parts.root, readers=1)
        self.control: CalendarControl | None = None

    def install(self) -> None:
        from ..calsync.sync import CalendarSync
        from ..gui.calendar_control import CalendarControl, CalendarIndicator
        from ..gui.settings_calendar import CalendarPage
        from ..secrets import default_store

        parts = self.parts
        settings = parts.settings
        every = lambda: timedelta(hours=max(1, settings.refresh_hours))  # noqa: E731
        sync = CalendarSync(parts.controller.opened().db, default_store())
        self.control = CalendarControl(sync, self.tasks, every, parts.root)
        indicator = CalendarIndicator(parts.window.statusBar())
        self.control.changed.connect(indicator.show_view)
        parts.settings_dialog.add_page(
            translate("SettingsPages", "Calendar"), CalendarPage(self.control, default_store(), self.tasks)
        )

    def request(self) -> None:
        if self.control is not None:
            self.control.request()

    def start(self) -> None:
        assert self.control is not None, "installed first"
        self.parts.model.titles_changed.connect(self.request)
        self.parts.watcher.changed.connect(self.request)
        self.control.start()

    def shutdown(self) -> None:
        if self.control is not None:
            self.control.stop()
            self.tasks.shutdown(timeout_ms=STOP_WAIT_MS)
