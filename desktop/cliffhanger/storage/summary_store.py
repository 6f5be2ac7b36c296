"""The stored read model: reading every title's summary line at once, and keeping the lines in step.

Triggers on every table a line is made from mark the title in the writing transaction (`trigger_ddl`).
They are created when the watchlist is opened for writing and found missing (a new or upgraded file, or a
batch migration that rebuilt a table and dropped them), which then marks every title, so nothing written
before they existed is missed. A read trusts the stored lines only while every trigger exists; it makes the
lines of marked or missing titles again from their rows (`plain.summaries`), so it is right even before the
marks are settled. `settle` stores those lines again and clears their marks, under the write lock.

Plain SQL over a DB-API connection, like `storage.plain`: a command that only reads runs it without the ORM.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cliffhanger.domain.summary import TitleSummary
from cliffhanger.domain.summary_line import SummaryLine, line_of

from . import plain
from .marking import Marking

# table -> the column naming its title, or None when the row names a season
TRIGGERED: Mapping[str, str | None] = {
    "title": "id",
    "season": "title_id",
    "status_change": None,
    "release_claim": None,
    "episode": None,
}
_PREFIX = "summary_mark_"
_FEW = 500  # more marked titles than this are made again by reading every title (no IN list that long)
MARKING = Marking(_PREFIX, TRIGGERED, "INSERT OR IGNORE INTO title_summary_mark (title_id)")


def trigger_ddl() -> list[str]:
    """CREATE TRIGGER statements: every insert, update and delete on `TRIGGERED` marks its title."""
    return MARKING.trigger_ddl()


def _scalar(connection: plain.Connection, sql: str) -> Any:
    rows = plain.rows(connection, sql)
    return rows[0][0] if rows else None


def triggers_ready(connection: plain.Connection) -> bool:
    """Whether every marking trigger exists (else the stored lines cannot be trusted)."""
    sql = f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{_PREFIX}%'"
    return bool(_scalar(connection, sql) == MARKING.count)


def prepare(connection: plain.Connection) -> bool:
    """Create missing triggers and mark every title; True when they were missing. Inside a write."""
    if triggers_ready(connection):
        return False
    cursor = connection.cursor()
    try:
        for ddl in trigger_ddl():
            cursor.execute(ddl)
        cursor.execute("INSERT OR IGNORE INTO title_summary_mark (title_id) SELECT id FROM title")
    finally:
        cursor.close()
    return True


_LINES = (
    "SELECT t.id, t.name, t.kind, t.year, t.original_name, t.network, t.watch, s.haystack, s.key, "
    "s.has_focus, s.season, s.status, s.earliest, s.latest, s.precision, s.confidence, s.source, "
    "s.progress_season, s.watched, s.total "
    "FROM title t LEFT JOIN title_summary s ON s.title_id = t.id WHERE t.removed_at IS NULL"
)  # in no order: the list sorts by its own keys, and a sort here would cost a sixth of the read


def lines(connection: plain.Connection) -> list[SummaryLine]:
    """Every live title's line, in no set order: stored lines where they are current, the lines of marked
    titles (and of titles with none stored) made again from their rows."""
    if not triggers_ready(connection):
        return [line_of(s) for s in plain.summaries(connection)]
    marked = {row[0] for row in plain.rows(connection, "SELECT title_id FROM title_summary_mark")}
    cursor = connection.cursor()
    try:  # each row becomes its line as it is fetched: no second list of every row
        found = list(map(SummaryLine._make, cursor.execute(_LINES)))
    finally:
        cursor.close()
    stale = {n: line.id for n, line in enumerate(found) if line.haystack is None or line.id in marked}
    if stale:
        ids = list(stale.values())
        made = plain.summaries(connection, ids if len(ids) <= _FEW else None)  # one IN list, or every title
        fresh = {s.id: line_of(s) for s in made}
        for position, title_id in stale.items():
            found[position] = fresh[title_id]
    return found


def by_name(found: list[SummaryLine]) -> list[SummaryLine]:
    """Lines in the order `plain.summaries` gives: by name (as SQLite compares text), then id."""
    return sorted(found, key=lambda line: (line.name, line.id))


_COLUMNS = (
    "title_id, haystack, key, has_focus, season, status, earliest, latest, precision, confidence, source, "
    "progress_season, watched, total"
)


def _stored(line: SummaryLine) -> tuple[Any, ...]:
    return (line.id, *line[7:])


def settle(connection: plain.Connection, limit: int = 2000) -> int:
    """Store again up to `limit` marked lines and clear their marks; return how many marks were settled.

    Call inside a write transaction (the write lock held), so no write can slip between reading a title's
    rows and storing its line."""
    ids = [
        row[0] for row in plain.rows(connection, "SELECT title_id FROM title_summary_mark LIMIT ?", [limit])
    ]
    if not ids:
        return 0
    made: Sequence[TitleSummary] = plain.summaries(connection, ids)
    among = ",".join("?" * len(ids))
    cursor = connection.cursor()
    try:
        cursor.execute(f"DELETE FROM title_summary WHERE title_id IN ({among})", ids)
        cursor.executemany(
            f"INSERT INTO title_summary ({_COLUMNS}) VALUES ({','.join('?' * 14)})",
            [_stored(line_of(s)) for s in made],
        )
        cursor.execute(f"DELETE FROM title_summary_mark WHERE title_id IN ({among})", ids)
    finally:
        cursor.close()
    return len(ids)


def marked(connection: plain.Connection) -> bool:
    return _scalar(connection, "SELECT 1 FROM title_summary_mark LIMIT 1") is not None
