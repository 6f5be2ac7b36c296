"""The user's database, only read, and the migrations, run on a copy of it in a temporary directory."""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from cliffhanger import paths

from .checks import Check, describe, guarded


def check_database() -> list[Check]:
    """Two checks: "database <revision> (head)" and "migrations ok"."""
    from cliffhanger.storage import migrate

    source = paths.database_path()
    with tempfile.TemporaryDirectory(prefix="cliffhanger-self-test-") as scratch:
        copy = Path(scratch) / source.name
        try:
            head = migrate.head_revision()
            revision = copy_database(source, copy) if source.exists() else None
        except Exception as error:
            broken = Check("database", False, f"broken ({describe(error)})")
            return [broken, Check("migrations", False, "skipped")]
        migrations = guarded("migrations", lambda: migrate_copy(copy, Path(scratch) / "backups"))
    return [Check("database", True, revision_label(source.exists(), revision, head)), migrations]


def revision_label(exists: bool, revision: str | None, head: str) -> str:
    if not exists:
        return "new"
    if revision == head:
        return f"{revision} (head)"
    return f"{revision or 'unversioned'} (head is {head})"


def copy_database(source: Path, copy: Path) -> str | None:
    """Check the file's integrity without writing to it, copy it, and return its schema revision."""
    with closing(sqlite3.connect(source.as_uri() + "?mode=ro", uri=True)) as connection:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"integrity check says {verdict}")
        versioned = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if versioned else None
        with closing(sqlite3.connect(copy)) as target:
            connection.backup(target)
    return row[0] if row else None


def migrate_copy(copy: Path, backups: Path) -> str:
    """Bring the copy (or a new file) to head, then read the watchlist back through the storage layer."""
    from cliffhanger.storage.watchlist import Watchlist

    watchlist = Watchlist.open(copy, backups=backups)
    try:
        watchlist.titles()
    finally:
        watchlist.close()
    return "ok"
