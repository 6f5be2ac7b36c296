"""Writing new titles in bulk without marking each title again for every row that hangs on it.

The summary lines and the reminder plan are kept in step by triggers that mark a title whenever a row of it
is written (see `summary_store` and `plan_store`). A title's own insert marks it; when only new titles and
their own rows are written, the marks from their seasons, statuses, claims and episodes repeat that mark,
a trigger run per row. Those insert triggers are dropped around such a write and made again from their own
stored text, inside the caller's write transaction, so no other connection ever sees them missing.
"""

from __future__ import annotations

from collections.abc import Callable

from . import plain, plan_store, summary_store

CHILDREN = ("season", "status_change", "release_claim", "episode")
PREFIXES = (summary_store.MARKING.prefix, plan_store.MARKING.prefix)
PAUSED = tuple(f"{prefix}{table}_insert" for prefix in PREFIXES for table in CHILDREN)


def write_new_titles(connection: plain.Connection, write: Callable[[], None]) -> None:
    """Run `write`, which inserts new titles and rows of those titles only, with the children's marking
    insert triggers paused (only those that exist; each is made again exactly as it was)."""
    among = ",".join("?" * len(PAUSED))
    found = plain.rows(
        connection,
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({among})",
        PAUSED,
    )
    cursor = connection.cursor()
    try:
        for name, _sql in found:
            cursor.execute(f"DROP TRIGGER {name}")
        try:
            write()
        finally:
            for _name, sql in found:
                cursor.execute(sql)
    finally:
        cursor.close()
