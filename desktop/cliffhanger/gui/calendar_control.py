"""The CalDAV calendar in the running app: syncs in the background, a few seconds after changes (a burst of
changes is one sync), on the refresh schedule, and again later after a failure; its state in the status bar.

Threads: `CalendarSync` runs on the given runner's pool; only its outcome comes back to this object, on the
main thread. One sync runs at a time; a request made meanwhile becomes one more sync when it ends.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from cliffhanger.calsync.client import SyncFault
from cliffhanger.calsync.push import SyncReport
from cliffhanger.calsync.sync import CalendarStatus, CalendarSync
from cliffhanger.domain.calendar import CalendarAccount
from cliffhanger.i18n import translate
from cliffhanger.tasks import TaskRunner

from .refresh_control import clock_time

log = logging.getLogger(__name__)
SETTLE_MS = 5_000  # after a change, wait this long for more before syncing
RETRY_MS = 5 * 60 * 1000  # after a failed sync, try again this much later
RETRIED = ("offline", "server", "full", "conflict")


@dataclass(frozen=True)
class CalendarView:
    """What the status bar and the Settings page show: the stored state and the latest outcome."""

    status: CalendarStatus
    running: bool = False
    report: SyncReport | None = None

    @property
    def line(self) -> str:
        account = self.status.account
        if not account.connected:
            return ""
        if self.running:
            return translate("CalendarControl", "Calendar: syncing…")
        if account.last_error:
            pending = self.status.pending
            waiting = translate("CalendarControl", "%n waiting", None, pending)
            said = translate("CalendarControl", "Calendar: %1 — %2")
            said = said.replace("%1", waiting if pending else translate("CalendarControl", "not synced"))
            return said.replace("%2", re.split(r"[.;(]", account.last_error)[0].strip())
        return translate("CalendarControl", "Calendar: synced %1").replace(
            "%1", clock_time(account.synced_at)
        )


class CalendarControl(QObject):
    """Schedules syncs and reports their state (see the module docstring).

    Signals:
        changed(object): a new `CalendarView`.
    """

    changed = Signal(object)

    def __init__(
        self, calendar: CalendarSync, tasks: TaskRunner, every: Callable[[], timedelta], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.calendar, self.tasks, self._every = calendar, tasks, every
        self.running, self._again = False, False
        self.view = CalendarView(CalendarStatus(CalendarAccount(), 0, False))
        self._settle = self._timer(SETTLE_MS, self.sync_now)
        self._schedule = self._timer(self._every_ms(), self.sync_now)
        self._retry = self._timer(RETRY_MS, self.sync_now)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _every_ms(self) -> int:
        return min(int(self._every().total_seconds() * 1000), 2**31 - 1)

    def start(self) -> None:
        """Catch up at start (whatever waited while the app was closed), then on the schedule."""
        self.reload(then=self.request)

    def request(self) -> None:
        """Something changed: sync once things settle (restarts the settle timer)."""
        if self.view.status.account.connected:
            self._settle.start()

    def sync_now(self) -> None:
        if self.running:
            self._again = True
            return
        self._settle.stop()
        self._retry.stop()
        self.running = True
        self._publish(CalendarView(self.view.status, running=True, report=self.view.report))
        self.tasks.run(self._work, name="calendar sync", on_success=self._done, on_failure=self._failed)

    def _work(self) -> tuple[SyncReport | None, CalendarStatus]:
        try:
            report: SyncReport | None = self.calendar.sync()
        except SyncFault as fault:
            report = SyncReport(error=str(fault), kind=fault.kind)
        return report, self.calendar.status()

    def _done(self, outcome: tuple[SyncReport | None, CalendarStatus]) -> None:
        report, status = outcome
        self.running = False
        self._publish(CalendarView(status, report=report))
        if report is not None and report.kind in RETRIED:
            self._retry.start()
        self._schedule.setInterval(self._every_ms())
        self._schedule.start()
        if self._again:
            self._again = False
            self.sync_now()

    def _failed(self, error: BaseException) -> None:
        log.warning("calendar sync failed: %s", type(error).__name__)
        self.running = False
        self._retry.start()
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the stored state again (after connecting or disconnecting), in the background."""

        def loaded(status: CalendarStatus) -> None:
            self._publish(CalendarView(status, report=self.view.report))
            if then is not None:
                then()

        self.tasks.run(self.calendar.status, name="calendar status", on_success=loaded)

    def _publish(self, view: CalendarView) -> None:
        self.view = view
        self.changed.emit(view)

    def stop(self) -> None:
        for timer in (self._settle, self._schedule, self._retry):
            timer.stop()


class CalendarIndicator(QLabel):
    """The status bar's calendar line; hidden while no calendar is connected."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__()
        self.setObjectName("calendarIndicator")
        self.setProperty("role", "subtle")
        status_bar.addPermanentWidget(self)
        self.hide()

    def show_view(self, view: CalendarView) -> None:
        self.setText(view.line)
        self.setToolTip(view.status.account.last_error or view.status.account.calendar_name)
        self.setVisible(bool(view.line))
