"""How `bulk` rows reach SQLite: the columns of each kind of row, and statements of many rows each.

Rows are tuples in `COLUMNS` order, grouped by key (a table, or "new_title": title rows of titles read from
a file). Each statement inserts `PER_STATEMENT` rows: SQLite steps once per statement, and a row's own work
is then mostly binding its values, about half of what one `executemany` step per row costs.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

# fmt: off
COLUMNS = {
    "title": ("id", "name", "kind", "original_name", "year", "network", "overview", "watch", "notes",
              "created_at", "updated_at"),
    "new_title": ("id", "name", "kind", "original_name", "year", "watch", "created_at", "updated_at"),
    "title_ref": ("title_id", "provider", "ref"),
    "person": ("id", "name"),
    "season": ("id", "title_id", "number"),
    "episode": ("id", "season_id", "number", "title", "airdate", "airstamp", "runtime", "watched_at",
                "source", "date_noted_at", "previous_airdate", "tvdb_id"),
    "status_change": ("id", "season_id", "status", "since", "source", "confidence", "recorded_at", "origin"),
    "release_claim": ("id", "season_id", "earliest", "latest", "precision", "confidence", "source",
                      "noted_at", "origin", "standing", "reason"),
    "credit": ("title_id", "person_id", "character", "billing_order", "season_number"),
}
# fmt: on
# Columns every row of a batch fills alike are written as constants: binding them costs as much as the
# rest of the row (None and booleans go through sqlite3's adapter lookup). New titles have no text yet.
_SAME = {"title": {"removed_at": "NULL", "watch_pinned": "0"}}
_SAME["new_title"] = {**_SAME["title"], "network": "''", "overview": "''", "notes": "''"}
_TABLE = {"new_title": "title"}
PER_STATEMENT = 50  # 13 columns * 50 rows stays below the oldest SQLite limit of 999 variables


def _insert(key: str, columns: tuple[str, ...], rows: int) -> str:
    same = _SAME.get(key, {})
    names = ", ".join((*columns, *same))
    row = "(" + ", ".join(("?",) * len(columns) + tuple(same.values())) + ")"
    return f"INSERT INTO {_TABLE.get(key, key)} ({names}) VALUES {', '.join([row] * rows)}"


def write_rows(connection: Any, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Insert every row, parents before children (the order of `COLUMNS`), in file order within each."""
    for key, columns in COLUMNS.items():
        listed = rows.get(key)
        if not listed:
            continue
        whole = len(listed) - len(listed) % PER_STATEMENT
        if whole:
            groups = (listed[start : start + PER_STATEMENT] for start in range(0, whole, PER_STATEMENT))
            values = [tuple(chain.from_iterable(group)) for group in groups]
            connection.executemany(_insert(key, columns, PER_STATEMENT), values)
        if whole < len(listed):
            connection.executemany(_insert(key, columns, 1), listed[whole:])
