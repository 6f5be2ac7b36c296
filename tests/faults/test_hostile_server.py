"""A catalogue server that misbehaves on purpose, on loopback: every case ends in one typed, readable
error within the request's deadline, and a refresh skips the title that failed and goes on."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cliffhanger.providers import (
    BadResponseError,
    ProviderError,
    ProviderRef,
    RateLimitedError,
    TimedOutError,
)
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.sync.refresh import Refresher
from support.catalogues import FakeClock, tvmaze_on
from support.replay import FIXTURES, ReplayServer, Reply

SHOW = (FIXTURES / "tvmaze/shows_13_embed-seasons.2020.json").read_bytes()
REF = ProviderRef("tvmaze", 13)
DEEP = b"[" * 200_000 + b"]" * 200_000


def _gzip_bomb() -> Reply:
    """About 100 KB on the wire that inflate to 100 MB."""
    return Reply(200, gzip.compress(b"0" * (100 * 1024 * 1024), 9), headers={"Content-Encoding": "gzip"})


def _elsewhere(server: ReplayServer) -> Reply:
    port = server.url.rsplit(":", 1)[1]
    return Reply(302, headers={"Location": f"http://localhost:{port}/shows/13"})


HOSTILE: dict[str, tuple[Callable[[ReplayServer], Reply], type[ProviderError], str]] = {
    "trickle": (lambda s: Reply(200, SHOW, trickle=0.05), TimedOutError, "did not answer within 0.5"),
    "depth": (lambda s: Reply(200, DEEP), BadResponseError, "nested too deeply"),
    "size": (lambda s: Reply(stream_bytes=6 * 1024 * 1024), BadResponseError, "more than 5 MB"),
    "gzip bomb": (lambda s: _gzip_bomb(), BadResponseError, "more than 5 MB"),
    "invalid utf-8": (
        lambda s: Reply(200, b'{"id": 13, "name": "\xff\xfe\xc0"}'), BadResponseError, "not valid JSON"
    ),
    "other host": (_elsewhere, BadResponseError, "another host (localhost); not followed"),
    "redirect loop": (
        lambda s: Reply(301, headers={"Location": "/shows/13"}),
        BadResponseError,
        "too many times",
    ),
    "retry-after huge": (
        lambda s: Reply(429, headers={"Retry-After": "999999999"}), RateLimitedError, "more than a year"
    ),
    "html": (
        lambda s: Reply(200, b"<html><body>Down</body></html>", headers={"Content-Type": "text/html"}),
        BadResponseError,
        "not valid JSON",
    ),
}  # fmt: skip


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_each_hostile_answer_is_one_clear_error_in_time(server: ReplayServer, case: str) -> None:
    make, kind, words = HOSTILE[case]
    server.add("/shows/13", make(server))
    clock = FakeClock()
    with tvmaze_on(server, clock, timeout=0.5, max_attempts=2) as tvmaze, pytest.raises(kind) as failure:
        tvmaze.details(REF)
    assert words in str(failure.value) and str(failure.value).startswith("TVmaze ")
    # no clock is read here: a trickled answer takes minutes, so without the deadline no error would come
    assert clock.sleeps == [] or case == "trickle"  # a wait of years is refused, not slept


def test_a_redirect_within_the_host_is_followed(server: ReplayServer) -> None:
    server.add("/shows/13", Reply(301, headers={"Location": "/shows/13b"}))
    server.add("/shows/13b", Reply(200, SHOW))
    with tvmaze_on(server, FakeClock()) as tvmaze:
        assert tvmaze.details(REF).name == "The Flash"
    assert [c.path for c in server.calls()] == ["/shows/13", "/shows/13b"]


def test_a_foreign_redirect_never_reaches_the_other_host(server: ReplayServer) -> None:
    with ReplayServer() as other:
        other.add("/steal", Reply(200, SHOW))
        server.add(
            "/shows/13",
            Reply(302, headers={"Location": f"{other.url.replace('127.0.0.1', 'localhost')}/steal"}),
        )
        with tvmaze_on(server, FakeClock(), max_attempts=1) as tvmaze, pytest.raises(BadResponseError):
            tvmaze.details(REF)
        assert other.calls() == []


def _show(number: int, name: str) -> bytes:
    data = json.loads(SHOW)
    data.update(id=number, name=name, externals={"tvrage": None, "thetvdb": None, "imdb": None})
    return json.dumps(data).encode()


def test_a_refresh_skips_the_title_that_failed_says_so_and_goes_on(
    server: ReplayServer, tmp_path: Path
) -> None:
    watchlist = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "backups")
    tvmaze = tvmaze_on(server, FakeClock(), timeout=0.5, max_attempts=1)
    catalogues = Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze})
    try:
        for number in (1, 2, 3):
            server.add(f"/shows/{number}", Reply(200, _show(number, f"Show {number}")))
            catalogues.add(f"tvmaze:{number}")
        server.add("/shows/1", Reply(200, DEEP))
        server.add("/shows/2", Reply(200, _show(2, "Show 2"), trickle=0.05))
        server.add("/shows/3", Reply(200, _show(3, "Show 3 renamed")))
        report = Refresher(catalogues).refresh([t.id for t in watchlist.titles()])
    finally:
        tvmaze.close()
        watchlist.close()
    assert sorted(report.problems) == ["tvmaze:1", "tvmaze:2"]
    assert "nested too deeply" in report.problems["tvmaze:1"]
    assert "did not answer" in report.problems["tvmaze:2"]
    assert report.fetched == 1 and not report.offline
    assert "2 could not be refreshed" in report.summary()


def test_script_bidi_nul_and_huge_names_from_a_catalogue_are_stored_clean(
    server: ReplayServer, tmp_path: Path
):
    data = json.loads(SHOW)
    data.update(
        name="<script>alert(1)</script>\u202eevil\x00\x1b[2J" + "x" * 100_000,
        summary="<p>Line one</p>\x00\u2066" + "y" * 50_000,
        network={"id": 1, "name": "Net\u202e\x07work", "country": None},
    )
    server.add("/shows/13", Reply.json(data))
    watchlist = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "backups")
    tvmaze = tvmaze_on(server, FakeClock())
    try:
        added = Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze}).add("tvmaze:13")
        stored = watchlist.title(added.id)
    finally:
        tvmaze.close()
        watchlist.close()
    assert stored.name.startswith("<script>alert(1)</script>evil[2Jxxx") and len(stored.name) == 300
    for text in (stored.name, stored.overview, stored.network):
        assert not any(ch in text for ch in "\x00\x1b\x07\u202e\u2066")
    assert len(stored.overview) <= 10_000 and stored.network == "Network"
