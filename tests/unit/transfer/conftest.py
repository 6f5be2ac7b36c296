"""A real watchlist file per transfer test."""

from __future__ import annotations

from pathlib import Path

import pytest

from cliffhanger.storage.engine import Database
from cliffhanger.storage.watchlist import Watchlist
from support.transfer import open_watchlist


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = open_watchlist(tmp_path / "main")
    yield opened
    opened.close()


@pytest.fixture
def db(watchlist: Watchlist) -> Database:
    return watchlist.db
