"""Reading the watchlist with the standard library's sqlite3 alone, for commands that only read.

`open_reader` gives a `PlainReader` only when the file needs nothing done first: it exists, it is ours and
whole, it is at this version's schema and no removed title is due to be deleted for good. Otherwise it
gives None and the caller opens the `Watchlist` as usual, which migrates, marks or purges. Either answers
the `WatchlistReader` calls with the same values (both run `storage.plain`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from cliffhanger.domain.matching import match_title
from cliffhanger.domain.models import Title
from cliffhanger.domain.summary import TitleSummary
from cliffhanger.domain.summary_line import SummaryLine, summary_of

from . import plain, summary_store
from .guard import APPLICATION_ID, check_file
from .revisions import head_revision

BUSY_TIMEOUT_S = 10.0


class WatchlistReader(Protocol):
    """The reads `list` and `show` make; the `Watchlist` itself is one."""

    def summaries(self) -> list[TitleSummary]: ...
    def lines(self) -> list[SummaryLine]: ...
    def episode_facts(self, today: date) -> dict[int, dict[str, object]]: ...
    def find(self, query: str) -> Title: ...
    def close(self) -> None: ...


class PlainReader:
    """The watchlist's reads over one sqlite3 connection, each in a read transaction of its own."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        self._connection.execute("BEGIN")
        try:
            yield self._connection
        finally:
            self._connection.execute("COMMIT")

    def summaries(self) -> list[TitleSummary]:
        """Every title's summary, sorted by name."""
        return [summary_of(line) for line in summary_store.by_name(self.lines())]

    def lines(self) -> list[SummaryLine]:
        """Every title's summary line, in no set order."""
        with self._snapshot() as connection:
            return summary_store.lines(connection)

    def episode_facts(self, today: date) -> dict[int, dict[str, object]]:
        with self._snapshot() as connection:
            return plain.list_facts(connection, today)

    def find(self, query: str) -> Title:
        """The one title `query` names; raises `TitleLookupError` listing candidates otherwise."""
        with self._snapshot() as connection:
            found = plain.title(connection, match_title(query, plain.names(connection)).id)
        assert found is not None  # matched among the live titles in the same transaction
        return found

    def close(self) -> None:
        self._connection.close()


def _ready(connection: sqlite3.Connection, purge_before: datetime) -> bool:
    def scalar(sql: str, *parameters: Any) -> Any:
        row = connection.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    if scalar("PRAGMA application_id") != APPLICATION_ID:
        return False
    if scalar("SELECT version_num FROM alembic_version") != head_revision():
        return False
    due = "SELECT 1 FROM title WHERE removed_at < ? LIMIT 1"
    return scalar(due, plain.stored_moment(purge_before)) is None


def open_reader(path: Path, *, backups: Path, purge_before: datetime) -> PlainReader | None:
    """A reader on `path` when the file can be read as it is (see the module's text), else None.

    A file that is not ours raises `DatabaseProblem`, as opening the watchlist would."""
    if not path.exists():
        return None
    check_file(path, backups)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only=ON")
        if _ready(connection, purge_before):
            return PlainReader(connection)
    except sqlite3.DatabaseError:
        pass  # whatever it is, the full open says it plainly
    connection.close()
    return None
