"""Refreshing from the catalogues: on a schedule, at start when overdue, and on demand; progress with Cancel.

One single-shot timer sleeps until the next refresh is due (`Refresher.next_due`). Progress comes from the
worker through a queued signal, never by touching widgets. Offline is a calm status-bar state that says
when the catalogues were last refreshed, never a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from cliffhanger.i18n import translate
from cliffhanger.sync.refresh import Refresher, RefreshReport
from cliffhanger.tasks import TaskRunner

from .locale_text import short_day_text, time_text

log = logging.getLogger(__name__)
MAX_WAIT_MS = 6 * 3600 * 1000  # wake up at least this often and look again (clock jumps, suspend)
RETRY_MS = 15 * 60 * 1000  # after an offline, cancelled or failed refresh, try again this much later


def clock_time(moment: datetime | None) -> str:
    """ "14:05" today, "2 Dec, 14:05" another day, in local time and the user's language."""
    if moment is None:
        return translate("RefreshControl", "never")
    local = moment.astimezone()
    today = datetime.now(local.tzinfo).date()
    if local.date() == today:
        return time_text(local)
    day = short_day_text(local.date(), year=False)
    return translate("RefreshControl", "%1, %2").replace("%1", day).replace("%2", time_text(local))


class _Progress(QObject):
    moved = Signal(int, int, str)


class RefreshIndicator(QWidget):
    """The status bar's part: a message, a small progress bar and Cancel while a refresh runs."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setProperty("role", "subtle")
        self.bar = QProgressBar()
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(translate("RefreshControl", "Cancel"))
        self.cancel.setFlat(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(8)
        for widget in (self.label, self.bar, self.cancel):
            row.addWidget(widget)
        self.idle("")

    def running(self, done: int, total: int, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        for widget in (self.label, self.bar, self.cancel):
            widget.show()

    def idle(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.bar.hide()
        self.cancel.hide()


class RefreshControl(QObject):
    """Owns the refresh action, the schedule and the status-bar indicator.

    Signals:
        finished(object): a refresh ended (its `RefreshReport`).
    """

    finished = Signal(object)

    def __init__(
        self, tasks: TaskRunner, status_bar: QStatusBar, every: Callable[[], timedelta], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.tasks, self.every = tasks, every
        self.refresher: Refresher | None = None
        self.indicator = RefreshIndicator()
        status_bar.addPermanentWidget(self.indicator)
        self.indicator.cancel.clicked.connect(self.cancel)
        self.action = QAction(translate("RefreshControl", "&Refresh from catalogues"), self)
        self.action.setShortcut("F5")
        self.action.setToolTip(translate("RefreshControl", "Ask TVmaze (and TMDB) what changed"))
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda _checked=False: self.refresh_now())
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self.running = False

    def start(self, refresher: Refresher, *, first_delay_ms: int = 20_000) -> None:
        """Enable refreshing; the schedule is first checked after `first_delay_ms` (the app settles first)."""
        self.refresher = refresher
        self.action.setEnabled(True)
        self._timer.start(first_delay_ms)

    def refresh_now(self) -> None:
        refresher = self.refresher
        if refresher is None or self.running:
            return
        self.running = True
        self._cancel.clear()
        self.action.setEnabled(False)
        self.indicator.running(0, 0, translate("RefreshControl", "Refreshing from the catalogues…"))

        def progress(done: int, total: int, ref: str) -> None:
            self._progress.moved.emit(done, total, ref)

        self.tasks.run(
            lambda: refresher.refresh(progress=progress, cancelled=self._cancel.is_set),
            name="refresh catalogues",
            on_success=self._done,
            on_failure=self._failed,
        )

    def cancel(self) -> None:
        self._cancel.set()
        self.indicator.running(
            self.indicator.bar.value(),
            self.indicator.bar.maximum(),
            translate("RefreshControl", "Cancelling…"),
        )
        self.indicator.cancel.hide()

    def _moved(self, done: int, total: int, _ref: str) -> None:
        if self.running and not self._cancel.is_set():
            said = translate("RefreshControl", "Refreshing %1 of %2…")
            self.indicator.running(done, total, said.replace("%1", str(done + 1)).replace("%2", str(total)))

    def _done(self, report: RefreshReport) -> None:
        self.running = False
        self.action.setEnabled(True)
        log.info("refresh: %s", report.summary())
        self.finished.emit(report)
        self._describe(report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.action.setEnabled(True)
        said = translate("RefreshControl", "Refresh failed (%1); will try again later")
        self.indicator.idle(said.replace("%1", type(error).__name__))
        self._timer.start(RETRY_MS)

    def _describe(self, report: RefreshReport) -> None:
        refresher = self.refresher
        assert refresher is not None

        def show(last: datetime | None) -> None:
            if report.offline:
                text = translate("RefreshControl", "Offline — last refreshed %1").replace(
                    "%1", clock_time(last)
                )
            elif report.cancelled:
                text = translate("RefreshControl", "Refresh cancelled")
            else:
                changed = len(report.changed)
                text = translate("RefreshControl", "Refreshed at %1").replace(
                    "%1", clock_time(datetime.now(UTC))
                )
                news = translate("RefreshControl", " · %n changed", None, changed)
                text += news if changed else translate("RefreshControl", " · nothing new")
            self.indicator.idle(text)
            if report.offline or report.cancelled:
                self._timer.start(RETRY_MS)  # not at once, though a full refresh is overdue
            else:
                self._schedule()

        self.tasks.run(refresher.last_refreshed, name="last refreshed", on_success=show)

    def reschedule(self) -> None:
        """Work out the next due time again (after the interval changed)."""
        if not self.running:
            self._schedule()

    def _schedule(self) -> None:
        refresher = self.refresher
        if refresher is None:
            return

        def arm(when: datetime) -> None:
            wait = (when - datetime.now(UTC)).total_seconds() * 1000
            self._timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))

        self.tasks.run(lambda: refresher.next_due(self.every()), name="next refresh", on_success=arm)

    def _due(self) -> None:
        refresher = self.refresher
        if refresher is None or self.running:
            return

        def check(when: datetime) -> None:
            if when <= datetime.now(UTC):
                self.refresh_now()
            else:
                self._schedule()

        self.tasks.run(lambda: refresher.next_due(self.every()), name="refresh due?", on_success=check)

    def stop(self) -> None:
        self._timer.stop()
        self._cancel.set()
