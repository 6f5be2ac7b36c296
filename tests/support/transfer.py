"""Helpers for the import, export and backup tests: the samples, a fixed day, a whole-database snapshot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cliffhanger.storage import dump
from cliffhanger.storage.engine import Database
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.transfer.model import ParseContext

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 23)
CTX = ParseContext(TODAY)


def open_watchlist(folder: Path) -> Watchlist:
    return Watchlist.open(folder / "cliffhanger.sqlite3", backups=folder / "backups")


def snapshot(db: Database) -> dict:
    """Every row of every table, to compare a database before and after."""
    with db.transaction() as session:
        return dump.dump(session=session)
