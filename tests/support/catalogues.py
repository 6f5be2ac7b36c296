"""Shared pieces of the catalogue tests: a fixed "now", sample keys, a fake clock and provider builders.

The clock is the one fake: limiter and backoff waits advance it instead of sleeping, because real waits
would only make the tests slow, not more real. Network, HTTP and JSON stay real (see `replay.py`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cliffhanger.providers import AnilistProvider, TmdbProvider, TvmazeProvider

from .replay import ReplayServer

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
TMDB_KEY = "0123456789abcdef0123456789abcdef"
TMDB_TOKEN = (
    "eyJhbGciOiJIUzI1NiJ9."
    "eyJhdWQiOiIwMTIzNDU2Nzg5YWJjZGVmIiwic3ViIjoiNjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIn0."
    "c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU"
)


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it; `sleeps` lists every wait."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def options(clock: FakeClock, **overrides: Any) -> dict[str, Any]:
    """Provider options on the fake clock, with a fixed jitter and a short timeout."""
    return {
        "clock": clock,
        "sleep": clock.sleep,
        "now": lambda: NOW,
        "timeout": 2.0,
        "jitter": lambda: 0.5,
        **overrides,
    }


def tvmaze_on(server: ReplayServer, clock: FakeClock, **overrides: Any) -> TvmazeProvider:
    return TvmazeProvider.create(server.url, **options(clock, **overrides))


def tmdb_on(server: ReplayServer, clock: FakeClock, key: str = TMDB_KEY, **overrides: Any) -> TmdbProvider:
    return TmdbProvider.create(key, f"{server.url}/3", **options(clock, **overrides))


def anilist_on(server: ReplayServer, clock: FakeClock, **overrides: Any) -> AnilistProvider:
    return AnilistProvider.create(server.url, **options(clock, **overrides))
