"""The fault matrix: every bad answer ends in one typed error with a readable sentence and no key in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cliffhanger.providers import (
    AuthFailedError,
    BadResponseError,
    NotFoundError,
    OfflineError,
    ProviderError,
    ProviderRef,
    RateLimitedError,
    ServerError,
    TimedOutError,
)
from cliffhanger.providers.http import MEGABYTE
from support.catalogues import TMDB_KEY, TMDB_TOKEN, FakeClock, tmdb_on, tvmaze_on
from support.replay import FIXTURES, ReplayServer, Reply

SHOW = FIXTURES / "tvmaze/shows_13_embed-seasons.2020.json"
TARGETS = {
    "tvmaze": ("/shows/13", ProviderRef("tvmaze", 13)),
    "tmdb": ("/3/tv/1399", ProviderRef("tmdb", 1399)),
}
FAULTS: dict[str, tuple[Callable[[], Reply | list[Reply]], type[ProviderError], str]] = {
    "malformed json": (lambda: Reply(200, b"{'id': 13, name: }"), BadResponseError, "not valid JSON"),
    "truncated json": (lambda: Reply(200, SHOW.read_bytes()[:700]), BadResponseError, "not valid JSON"),
    "cut connection": (
        lambda: Reply(200, SHOW.read_bytes(), cut_at=300),
        BadResponseError,
        "incomplete answer",
    ),
    "not an object": (lambda: Reply.json([1, 2, 3]), BadResponseError, "unexpected shape"),
    "wrong types": (lambda: Reply.json({"id": "13", "name": ["x"]}), BadResponseError, "usable 'id'"),
    "missing name": (lambda: Reply.json({"id": 13}), BadResponseError, "usable 'name'"),
    "huge declared": (lambda: Reply(200, b" " * (6 * MEGABYTE)), BadResponseError, "more than 5 MB"),
    "huge streamed": (lambda: Reply(stream_bytes=6 * MEGABYTE), BadResponseError, "more than 5 MB"),
    "removed": (
        lambda: Reply.file("tmdb/error_404_resource_not_found.from-radarr-log.json", 404),
        NotFoundError,
        "may have been removed",
    ),
    "bad key": (
        lambda: Reply.file("tmdb/error_401_invalid_api_key.json", 401),
        AuthFailedError,
        "refused the key: Invalid API key: You must be granted a valid key.",
    ),
    "server down": (lambda: Reply(503), ServerError, "server problem (HTTP 503)"),
    "limited long": (
        lambda: Reply.file(
            "tmdb/error_429_request_count_over_limit.handmade.json", 429, headers={"Retry-After": "3600"}
        ),
        RateLimitedError,
        "try again in 3600",
    ),
    "timeout": (
        lambda: Reply.file("tvmaze/shows_13_embed-seasons.2020.json", delay=1.0),
        TimedOutError,
        "did not answer within 0.2 seconds",
    ),
    "unexpected status": (
        lambda: Reply.json({"errors": ["query must be provided"]}, 422),
        ProviderError,
        "HTTP 422",
    ),
}


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_ends_in_its_typed_error(
    replay_server: ReplayServer, clock: FakeClock, provider: str, fault: str
) -> None:
    path, ref = TARGETS[provider]
    make_reply, kind, words = FAULTS[fault]
    replay_server.add(path, make_reply())
    build = tvmaze_on if provider == "tvmaze" else tmdb_on
    with (
        build(replay_server, clock, timeout=0.2, max_attempts=2) as catalogue,
        pytest.raises(kind) as failure,
    ):
        catalogue.details(ref)
    message = str(failure.value)
    assert type(failure.value) is kind
    assert message.startswith(("TVmaze ", "TMDB ")) and message.endswith(".")
    assert words in message
    assert TMDB_KEY not in message and TMDB_KEY not in repr(failure.value.args)


def test_429_then_success_waits_as_asked(replay_server: ReplayServer, clock: FakeClock) -> None:
    limited = Reply.file(
        "tmdb/error_429_request_count_over_limit.handmade.json", 429, headers={"Retry-After": "7"}
    )
    replay_server.add("/3/tv/1399", [limited, Reply.file("tmdb/tv_1399_details.json")])
    with tmdb_on(replay_server, clock) as tmdb:
        show = tmdb.details(ProviderRef("tmdb", 1399))
    assert show.name == "Game of Thrones"
    assert clock.sleeps == [7.0] and len(replay_server.calls()) == 3  # 429, details, episodes


def test_5xx_is_retried_with_growing_backoff_then_gives_up(
    replay_server: ReplayServer, clock: FakeClock
) -> None:
    replay_server.add("/shows/13", Reply(502, b"<html>Bad Gateway</html>"))
    with tvmaze_on(replay_server, clock) as tvmaze, pytest.raises(ServerError):
        tvmaze.details(ProviderRef("tvmaze", 13))
    assert len(replay_server.calls()) == 4
    assert clock.sleeps == [0.375, 0.75, 1.5]  # half of each step plus a fixed half of the jitter range


def test_5xx_then_success_recovers(replay_server: ReplayServer, clock: FakeClock) -> None:
    replay_server.add(
        "/shows/13", [Reply(500), Reply(503), Reply.file("tvmaze/shows_13_embed-seasons.2020.json")]
    )
    with tvmaze_on(replay_server, clock) as tvmaze:
        assert tvmaze.details(ProviderRef("tvmaze", 13)).name == "The Flash"
    assert len(replay_server.calls()) == 3


def test_a_timeout_is_retried_before_it_is_reported(replay_server: ReplayServer, clock: FakeClock) -> None:
    slow = Reply.file("tvmaze/shows_13_embed-seasons.2020.json", delay=1.0)
    replay_server.add("/shows/13", [slow, Reply.file("tvmaze/shows_13_embed-seasons.2020.json")])
    with tvmaze_on(replay_server, clock, timeout=0.2) as tvmaze:
        assert tvmaze.details(ProviderRef("tvmaze", 13)).name == "The Flash"
    assert len(replay_server.calls("/shows/13")) == 2


def test_nobody_listening_is_offline(clock: FakeClock) -> None:
    from cliffhanger.providers import TvmazeProvider

    tvmaze = TvmazeProvider.create("http://127.0.0.1:9", clock=clock, sleep=clock.sleep)
    with tvmaze, pytest.raises(OfflineError) as failure:
        tvmaze.search("anything")
    assert str(failure.value) == "TVmaze can't be reached at 127.0.0.1; check the connection."
    assert not isinstance(failure.value, TimedOutError)


@pytest.mark.parametrize("key", [TMDB_KEY, TMDB_TOKEN])
def test_a_key_echoed_by_the_server_is_masked(
    replay_server: ReplayServer, clock: FakeClock, key: str
) -> None:
    echo = {"success": False, "status_code": 7, "status_message": f"Invalid API key: {key} api_key={key}"}
    replay_server.add("/3/search/tv", Reply.json(echo, 401))
    with tmdb_on(replay_server, clock, key=key) as tmdb, pytest.raises(AuthFailedError) as failure:
        tmdb.search("x")
    assert key not in str(failure.value) and "***" in str(failure.value)


def test_search_skips_broken_rows_and_keeps_the_rest(replay_server: ReplayServer, clock: FakeClock) -> None:
    rows = [
        {"score": 1, "show": {"id": "x"}},
        "junk",
        {"score": 2, "show": {"id": 7, "name": "Kept", "status": 3}},
    ]
    replay_server.add("/search/shows", Reply.json(rows))
    with tvmaze_on(replay_server, clock) as tvmaze:
        hits = tvmaze.search("k")
    assert [(hit.name, hit.status_text, hit.status) for hit in hits] == [("Kept", "", None)]
