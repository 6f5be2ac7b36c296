"""Fixtures for the catalogue tests: a real HTTP server on 127.0.0.1 and providers pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cliffhanger.providers import TmdbProvider, TvmazeProvider
from support.catalogues import FakeClock, tmdb_on, tvmaze_on
from support.replay import ReplayServer


@pytest.fixture
def replay_server() -> Iterator[ReplayServer]:
    """A started replay server with no routes; add them in the test."""
    with ReplayServer() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tvmaze(replay_server: ReplayServer, clock: FakeClock) -> Iterator[TvmazeProvider]:
    provider = tvmaze_on(replay_server, clock)
    yield provider
    provider.close()


@pytest.fixture
def tmdb(replay_server: ReplayServer, clock: FakeClock) -> Iterator[TmdbProvider]:
    provider = tmdb_on(replay_server, clock)
    yield provider
    provider.close()
