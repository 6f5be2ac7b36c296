"""A per-host request limiter: at most `calls` requests in any window of `period` seconds.

It is a bucket of `calls` tokens in which each spent token comes back exactly `period` seconds after it
was spent, so unlike a smoothly refilling bucket it never allows a burst beyond the documented limit.
The clock and the sleep are injectable so tests can run on a fake clock.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class RateLimiter:
    """Hands out request slots; `acquire()` blocks (through `sleep`) until the next slot is due."""

    def __init__(
        self,
        calls: int,
        period: float,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        if calls < 1 or period <= 0:
            raise ValueError("a rate limit needs at least one call per positive period")
        self.calls = calls
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._slots: deque[float] = deque()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book the next free slot and return how many seconds to wait for it."""
        with self._lock:
            now = self._clock()
            while self._slots and self._slots[0] <= now - self.period:
                self._slots.popleft()
            slot = now
            if len(self._slots) >= self.calls:
                slot = max(now, self._slots[-self.calls] + self.period)
            self._slots.append(slot)
            return slot - now

    def acquire(self) -> float:
        """Wait until a request may be sent; returns the seconds waited."""
        wait = self.reserve()
        if wait > 0:
            self._sleep(wait)
        return wait
