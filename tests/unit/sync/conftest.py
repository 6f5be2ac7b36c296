"""Catalogue sync over a real loopback server and a real SQLite file; only the clock is moved by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cliffhanger.providers import TvmazeProvider
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.sync.refresh import Refresher
from support.catalogues import FakeClock, options
from support.replay import ReplayServer


class Moment:
    """The wall clock the sync code reads; tests move it forward."""

    def __init__(self) -> None:
        self.value = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **delta: float) -> None:
        self.value += timedelta(**delta)


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture
def moment() -> Moment:
    return Moment()


@pytest.fixture
def watchlist(tmp_path: Path) -> Iterator[Watchlist]:
    opened = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def catalogues(server: ReplayServer, watchlist: Watchlist, moment: Moment) -> Iterator[Catalogues]:
    tvmaze = TvmazeProvider.create(server.url, **options(FakeClock(), now=moment))
    yield Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze}, now=moment)
    tvmaze.close()


@pytest.fixture
def refresher(catalogues: Catalogues) -> Refresher:
    return Refresher(catalogues)
