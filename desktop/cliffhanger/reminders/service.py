"""The reminder service inside the app: one single-shot timer to the next due event, and nothing else running.

It re-plans after every edit (`replan`, also called by the app when another process changed the database),
after a clock jump or resume from suspend (the wall clock moved differently from the monotonic one), and at a
cheap periodic resync that only compares the two clocks. Delivery goes through the outbox
(`delivery.run_pass`).

Signals:
    delivered(list): the events just delivered (`Event` values), for the window's lists.
    planned(object): the next wake-up (an aware datetime) or None.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cliffhanger.notify.base import FallbackNotifier
from cliffhanger.storage.engine import Database

from .clock import utc_now
from .delivery import Preferences, run_pass

log = logging.getLogger(__name__)
MAX_TIMER_MS = 2**31 - 1 - 1000  # Qt's timers take a signed 32-bit interval
RESYNC_MS = 15 * 60 * 1000
JUMP_TOLERANCE_S = 60.0


class ReminderService(QObject):
    """Delivers reminders while the app runs; see the module docstring."""

    delivered = Signal(list)
    planned = Signal(object)

    def __init__(
        self,
        db: Database,
        notifier: FallbackNotifier,
        prefs: Callable[[], Preferences],
        *,
        clock: Callable[[], datetime] = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._notifier, self._prefs = db, notifier, prefs
        self._clock, self._monotonic = clock, monotonic
        self.next_wake: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(
            Qt.TimerType.PreciseTimer
        )  # a coarse timer may fire 5% late: 3 min in an hour
        self._timer.timeout.connect(self.replan)
        self._resync = QTimer(self)
        self._resync.setInterval(RESYNC_MS)
        self._resync.timeout.connect(self._check_clocks)
        self._anchor = (self._clock(), self._monotonic())

    def start(self) -> None:
        """Deliver what came due while the app was closed, then sleep until the next event."""
        self._resync.start()
        self.replan()

    def stop(self) -> None:
        self._timer.stop()
        self._resync.stop()

    def replan(self, *_: object) -> None:
        """Deliver what is due now and set the timer to the next event (listener-compatible signature)."""
        now = self._clock()
        self._anchor = (now, self._monotonic())
        try:
            result = run_pass(self._db, self._notifier, now=now, prefs=self._prefs())
        except Exception:
            log.exception("reminder pass failed; trying again in a minute")
            self._arm(now + timedelta(minutes=1), now)
            return
        if result.delivered:
            log.info("delivered %d reminder(s) via %s", len(result.delivered), result.channel or "nothing")
            self.delivered.emit(list(result.delivered))
        self._arm(result.next_wake, now)

    def _arm(self, wake: datetime | None, now: datetime) -> None:
        self.next_wake = wake
        self._timer.stop()
        if wake is not None:
            delay_ms = max(0, int((wake - now).total_seconds() * 1000) + 50)
            self._timer.start(min(delay_ms, MAX_TIMER_MS))
            log.info("next reminder check at %s", wake.isoformat(timespec="seconds"))
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
