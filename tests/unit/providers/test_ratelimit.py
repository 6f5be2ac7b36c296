"""The per-host limiter keeps every 10-second window at or under the documented number of calls."""

from __future__ import annotations

import pytest

from cliffhanger.providers.ratelimit import RateLimiter
from support.catalogues import FakeClock, tvmaze_on
from support.replay import ReplayServer, Reply


def busiest_window(times: list[float], period: float) -> int:
    return max(sum(1 for t in times if start <= t < start + period) for start in times)


@pytest.mark.parametrize(("calls", "period"), [(20, 10.0), (40, 10.0), (1, 0.5)])
def test_no_window_holds_more_than_the_limit(clock: FakeClock, calls: int, period: float) -> None:
    limiter = RateLimiter(calls, period, clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(5 * calls + 3):
        limiter.acquire()
        sent.append(clock.now)
    assert busiest_window(sent, period) == calls
    assert sent[calls - 1] == 0.0 and sent[calls] == period  # a full burst first, then wait for the window


def test_waits_resume_from_the_oldest_call(clock: FakeClock) -> None:
    limiter = RateLimiter(2, 10.0, clock=clock, sleep=clock.sleep)
    limiter.acquire()
    clock.now = 4.0
    limiter.acquire()
    assert limiter.acquire() == 6.0 and clock.now == 10.0
    assert limiter.acquire() == 4.0 and clock.now == 14.0


def test_tvmaze_requests_over_loopback_stay_within_20_per_10_seconds(
    replay_server: ReplayServer, clock: FakeClock
) -> None:
    replay_server.add("/search/shows", Reply.json([]))
    seen: list[float] = []
    with tvmaze_on(replay_server, clock) as tvmaze:
        for _ in range(45):
            tvmaze.search("a")
            seen.append(clock.now)
        assert tvmaze.client.requests == 45
    assert len(replay_server.calls()) == 45
    assert busiest_window(seen, 10.0) == 20 and clock.now == 20.0


def test_a_limit_needs_a_call_and_a_period() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0, 10.0)
