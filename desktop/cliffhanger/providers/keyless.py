"""The shared shape of a catalogue that needs no key: it owns a rate-limited HTTP client and a clock.

A keyless provider module subclasses `KeylessProvider`, names its documented rate and default address, and
writes only what its catalogue does differently (search, details, the change feed).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .ratelimit import Clock, RateLimiter, Sleep

if TYPE_CHECKING:  # the HTTP client loads only when a provider is first asked something
    from .lazy_client import JsonClient


def utcnow() -> datetime:
    return datetime.now(UTC)


class KeylessProvider:
    """A client of one keyless catalogue, limited to `calls` per `period` seconds; a context manager."""

    name: str  # set by each subclass, read as the catalogue's display name
    key: str
    default_url: ClassVar[str]
    calls: ClassVar[int]
    period: ClassVar[float]

    def __init__(self, client: JsonClient, *, now: Callable[[], datetime] = utcnow) -> None:
        self.client = client
        self._now = now

    @classmethod
    def create(
        cls,
        base_url: str | None = None,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        now: Callable[[], datetime] = utcnow,
        **client_options: Any,
    ) -> Self:
        """A provider with its own client, limited to the catalogue's documented rate on `clock`."""
        from .lazy_client import LazyClient

        limiter = RateLimiter(cls.calls, cls.period, clock=clock, sleep=sleep)
        url = base_url or cls.default_url
        return cls(LazyClient(cls.name, url, limiter=limiter, sleep=sleep, **client_options), now=now)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
