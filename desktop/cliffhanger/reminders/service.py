"""The reminder service inside the app: one single-shot timer to the next due event, and nothing else running.

It re-plans after every edit (`replan`, or `request_replan` from any thread), after a clock jump or resume
from suspend (the wall clock moved differently from the monotonic one), and at a cheap periodic resync that
only compares the two clocks. Delivery goes through the outbox (`delivery`).

Given a `background` runner, the planning and the outbox writes run there, one pass at a time (requests made
meanwhile become one more pass), and only the notifying and the timer stay on the service's thread: notifiers
may be widgets or hold sockets read by that thread.

Signals:
    delivered(list): the events just delivered (`Event` values), for the window's lists.
    planned(object): the next wake-up (an aware datetime) or None.
    replan_requested: ask for a pass; safe to emit from any thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cliffhanger.notify.base import FallbackNotifier
from cliffhanger.storage.engine import Database

from .clock import utc_now
from .delivery import (
    Claim,
    Preferences,
    Sent,
    claim_due,
    notifications,
    record_sent,
    remember_shown,
    result_of,
)

log = logging.getLogger(__name__)
MAX_TIMER_MS = 2**31 - 1 - 1000  # Qt's timers take a signed 32-bit interval
RESYNC_MS = 15 * 60 * 1000
JUMP_TOLERANCE_S = 60.0

# run(work, on_success, on_failure): work runs elsewhere; both callbacks come back on the service's thread
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Background = Callable[[Callable[[], Any], Done, Failed], None]


def _inline(work: Callable[[], Any], done: Done, failed: Failed) -> None:
    try:
        result = work()
    except Exception as error:
        failed(error)
    else:
        done(result)


class ReminderService(QObject):
    """Delivers reminders while the app runs; see the module docstring."""

    delivered = Signal(list)
    planned = Signal(object)
    replan_requested = Signal()

    def __init__(
        self,
        db: Database,
        notifier: FallbackNotifier,
        prefs: Callable[[], Preferences],
        *,
        clock: Callable[[], datetime] = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        background: Background | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._notifier, self._prefs = db, notifier, prefs
        self._clock, self._monotonic = clock, monotonic
        self._background = background or _inline
        self._busy = self._again = False
        self._stopping = threading.Event()  # read by a pass between its chunks
        self.next_wake: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% late: 3 min an hour
        self._timer.timeout.connect(self.replan)
        self._resync = QTimer(self)
        self._resync.setInterval(RESYNC_MS)
        self._resync.timeout.connect(self._check_clocks)
        self._anchor = (self._clock(), self._monotonic())
        self.replan_requested.connect(self.replan, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Deliver what came due while the app was closed, then sleep until the next event."""
        self._stopping.clear()
        self._resync.start()
        self.replan()

    def stop(self) -> None:
        """No more passes; one under way ends after the chunk it is planning (the app is quitting)."""
        self._stopping.set()
        self._timer.stop()
        self._resync.stop()

    @property
    def busy(self) -> bool:
        return self._busy

    def request_replan(self, *_: object) -> None:
        """Ask for a pass from any thread (listener-compatible signature)."""
        self.replan_requested.emit()

    def replan(self, *_: object) -> None:
        """Deliver what is due now and set the timer to the next event; call on the service's thread."""
        if self._stopping.is_set():
            return
        if self._busy:
            self._again = True  # one more pass once this one ends: it sees every edit made meanwhile
            return
        self._busy, self._again = True, False
        now = self._clock()
        self._anchor = (now, self._monotonic())
        prefs = self._prefs()
        stopped = self._stopping.is_set
        work = lambda: claim_due(self._db, now=now, prefs=prefs, stopped=stopped)  # noqa: E731
        self._background(work, self._claimed, self._failed)

    def _claimed(self, claim: Claim) -> None:
        if not claim.due:
            self._finish(claim.next_wake, claim.now)
            return
        notes = notifications(claim, self._remember)
        sent: list[Sent] = [(keys, self._notifier.notify(note)) for note, keys in notes]
        record = lambda: record_sent(self._db, claim, sent)  # noqa: E731
        self._background(record, lambda _none: self._recorded(claim, sent), self._failed)

    def _remember(self, keys: tuple[str, ...]) -> Callable[[int], None]:
        """Note a shown notification's id off this thread, at once (see `delivery.remember_shown`)."""
        note = remember_shown(self._db)(keys)

        def failed(error: BaseException) -> None:
            log.warning("notification id not noted: %s", error)

        return lambda number: self._background(lambda: note(number), lambda _none: None, failed)

    def _recorded(self, claim: Claim, sent: list[Sent]) -> None:
        result = result_of(claim, sent)
        log.info("delivered %d reminder(s) via %s", len(result.delivered), result.channel or "nothing")
        for event in result.delivered:
            log.info("reminder delivered: %s", event.key)
        self.delivered.emit(list(result.delivered))
        self._finish(claim.next_wake, claim.now)

    def _failed(self, _error: BaseException) -> None:
        log.error("reminder pass failed; trying again in a minute", exc_info=_error)
        now = self._clock()
        self._finish(now + timedelta(minutes=1), now)

    def _finish(self, wake: datetime | None, now: datetime) -> None:
        self._busy = False
        if self._again:
            self.replan()
        else:
            self._arm(wake, now)

    def _arm(self, wake: datetime | None, now: datetime) -> None:
        self.next_wake = wake
        self._timer.stop()
        if wake is not None:
            delay_ms = max(0, int((wake - self._clock()).total_seconds() * 1000) + 50)
            self._timer.start(min(delay_ms, MAX_TIMER_MS))
            log.info("next reminder check at %s", wake.isoformat(timespec="seconds"))
        else:
            log.info("no reminder planned")
        self.planned.emit(wake)

    def _check_clocks(self) -> None:
        """A jump of the wall clock against the monotonic one means suspend/resume or a clock change."""
        wall, mono = self._clock(), self._monotonic()
        expected = self._anchor[0] + timedelta(seconds=mono - self._anchor[1])
        if abs((wall - expected).total_seconds()) > JUMP_TOLERANCE_S:
            log.info("clock jumped by %s; re-planning", wall - expected)
            self.replan()
        else:
            self._anchor = (wall, mono)
