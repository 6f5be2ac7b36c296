"""Every table of the database as plain rows, and back: the storage side of a full backup.

Values are SQLite's own (text, integers, reals, NULL; blobs as base64), so a restore writes back exactly
what was read, field by field. Tables come in foreign-key order, so any table a migration adds is included.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import MetaData, Table
from sqlmodel import Session

Rows = list[dict[str, Any]]
SKIPPED_TABLES = (
    "alembic_version",
    "title_summary",
    "title_summary_mark",
)  # the summary lines are made again


class DumpError(ValueError):
    """Rows that don't fit this database (an unknown table or column, or a database not empty)."""


def tables(session: Session) -> list[Table]:
    """The database's tables, parents before children."""
    metadata = MetaData()
    metadata.reflect(bind=session.connection())
    return [
        t for t in metadata.sorted_tables if t.name not in SKIPPED_TABLES and not t.name.startswith("sqlite_")
    ]


def _plain(value: Any) -> Any:
    return {"base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _raw(value: Any) -> Any:
    return base64.b64decode(value["base64"]) if isinstance(value, dict) and "base64" in value else value


def dump(*, session: Session) -> dict[str, Rows]:
    """Every row of every table, in rowid order, as SQLite holds it."""
    result: dict[str, Rows] = {}
    connection = session.connection()
    for table in tables(session):
        cursor = connection.exec_driver_sql(f'SELECT * FROM "{table.name}" ORDER BY rowid')
        names = list(cursor.keys())
        result[table.name] = [dict(zip(names, map(_plain, row), strict=True)) for row in cursor]
    return result


def chunks(*, session: Session, table: str, size: int) -> Iterator[Rows]:
    """The rows of one table in rowid order, `size` at a time, as SQLite holds them (see `dump`)."""
    cursor = session.connection().exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY rowid')
    names = list(cursor.keys())
    while batch := cursor.fetchmany(size):
        yield [dict(zip(names, map(_plain, row), strict=True)) for row in batch]


def counts(*, session: Session) -> dict[str, int]:
    connection = session.connection()
    return {
        t.name: int(connection.exec_driver_sql(f'SELECT count(*) FROM "{t.name}"').scalar() or 0)
        for t in tables(session)
    }


def is_empty(*, session: Session) -> bool:
    return not any(counts(session=session).values())


def clear(*, session: Session) -> None:
    """Delete every row of every table (children first)."""
    connection = session.connection()
    for table in reversed(tables(session)):
        connection.exec_driver_sql(f'DELETE FROM "{table.name}"')


def load(*, session: Session, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, int]:
    """Insert the dumped rows as they are (ids included) into empty tables; return rows per table."""
    known = {t.name: t for t in tables(session)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise DumpError(
            f"this database has no table {', '.join(unknown)}; is the backup from a newer version?"
        )
    written = {}
    for name, table in known.items():
        written[name] = insert_rows(session=session, table=table, rows=data.get(name, ()))
    return written


def insert_rows(
    *, session: Session, table: Table, rows: Sequence[Mapping[str, Any]], ignore: bool = False
) -> int:
    """Insert rows into one table in one statement per column set; `ignore` skips unique conflicts."""
    if not rows:
        return 0
    columns = set(table.columns.keys())
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        extra = set(row) - columns
        if extra:
            raise DumpError(f"table {table.name} has no column {', '.join(sorted(extra))}")
        names = tuple(sorted(row))
        groups.setdefault(names, []).append(tuple(_raw(row[n]) for n in names))
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    connection = session.connection()
    for names, values in groups.items():
        quoted = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        connection.exec_driver_sql(f'{verb} INTO "{table.name}" ({quoted}) VALUES ({marks})', values)
    return len(rows)


def carry_rows(
    *,
    session: Session,
    data: Mapping[str, Sequence[Mapping[str, Any]]],
    title_ids: Mapping[int, int],
    skip: Sequence[str],
) -> int:
    """Copy the dumped rows of every table not in `skip`, their `title_id` renumbered by `title_ids`.

    Rows of titles not in the mapping are left out; a row already held (apart from its id) is not added
    again, and unique conflicts are skipped. Returns how many rows were offered.
    """
    carried = 0
    known = {t.name: t for t in tables(session)}
    held = dump(session=session)
    for name, rows in data.items():
        table = known.get(name)
        if name in skip or table is None:
            continue
        has_id = "id" in table.columns and table.columns["id"].primary_key
        present = [{k: v for k, v in r.items() if k != "id"} for r in held.get(name, [])] if has_id else []
        fresh = []
        for original in rows:
            row = {k: v for k, v in original.items() if not (has_id and k == "id")}
            if "title_id" in row:
                if row["title_id"] not in title_ids:
                    continue
                row["title_id"] = title_ids[row["title_id"]]
            if row not in present:
                fresh.append(row)
                present.append(row)
        carried += insert_rows(session=session, table=table, rows=fresh, ignore=True)
    return carried
