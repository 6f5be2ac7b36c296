"""News feeds in the app: checked on the refresh schedule in the background; their news waits for review.

Threads: the check (network and database) runs on its own task runner; `waiting(int)` is emitted on the main
thread with the number of items waiting, and nothing is recorded on the watchlist until the user accepts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cliffhanger.domain.matching import Named
from cliffhanger.tasks import TaskRunner

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 90_000  # with the first catalogue refresh, so start-up ends in one late burst


class FeedsControl(QObject):
    """Checks every followed feed now and then, and tells how much news waits.

    Signals:
        waiting(int): a check ended; this many items wait for review.
    """

    waiting = Signal(int)

    def __init__(
        self,
        store: Any,  # storage.news_store.NewsStore
        names: Callable[[], list[Named]],
        every: Callable[[], timedelta],
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self._names, self._every, self.tasks = store, names, every, tasks
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)
        self._running = False

    def start(self, first_delay_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start(first_delay_ms)

    def stop(self) -> None:
        """No more checks (the app is quitting); one under way ends on its own."""
        self.timer.stop()

    def check_now(self) -> None:
        if self._running:
            return
        self._running = True
        names = self._names()  # read on the main thread, handed over by value

        def work() -> int:
            from cliffhanger.sync.feeds import check_all

            if self.store.feeds():
                check_all(self.store, names)
            return len(self.store.items("waiting"))

        self.tasks.run(work, name="check news feeds", on_success=self._checked, on_failure=self._failed)

    def _checked(self, count: int) -> None:
        self._running = False
        self._schedule()
        self.waiting.emit(count)

    def _failed(self, error: BaseException) -> None:
        log.warning("news feeds could not be checked: %s", error)
        self._running = False
        self._schedule()

    def _schedule(self) -> None:
        """The next check one refresh interval from now (Qt timers hold at most 2**31-1 ms, about 24 days)."""
        interval_ms = int(self._every().total_seconds() * 1000)
        self.timer.start(max(60_000, min(interval_ms, 2**31 - 1)))
