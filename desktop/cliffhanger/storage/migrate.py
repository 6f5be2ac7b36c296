"""Bringing a database file up to the current schema, after copying it aside.

Every start calls `upgrade`: a new file gets the whole schema; an older one is first copied to
`backups/` through SQLite's online backup, then upgraded in one transaction. When the file is already
current (the usual case) Alembic is not even imported, which keeps start-up quick.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from .guard import DatabaseProblem
from .revisions import MIGRATIONS, head_revision, known_revisions

__all__ = [
    "MIGRATIONS",
    "NewerSchemaError",
    "backup_copy",
    "current_revision",
    "head_revision",
    "known_revisions",
    "upgrade",
]

log = logging.getLogger(__name__)


KEEP_UPGRADE_COPIES = 3


class NewerSchemaError(DatabaseProblem):
    """The database was made by a newer Cliffhanger; it is left as it is, and no copy is made."""

    def __init__(self, path: Path, found: str, known: str) -> None:
        super().__init__(
            f"{path} was made by a newer Cliffhanger (revision {found}; this one knows {known}). "
            "Update Cliffhanger to open it; it was left untouched."
        )


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as error:
        if "no such table" in str(error):
            return None
        raise


def backup_copy(source: Path, backups: Path, label: str) -> Path:
    """A consistent copy of the database file, made with SQLite's backup API (safe under WAL)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{source.stem}-before-{label}-{stamp}.sqlite3"
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    _prune(backups, f"{source.stem}-before-upgrade-", KEEP_UPGRADE_COPIES)
    return target


def _prune(folder: Path, prefix: str, keep: int) -> None:
    """Keep only the newest `keep` copies whose names start with `prefix`."""
    copies = sorted(folder.glob(f"{prefix}*.sqlite3"), key=lambda p: (p.stat().st_mtime, p.name))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)


def upgrade(engine: Engine, db_path: Path, backups: Path, target: str = "head") -> Path | None:
    """Migrate to `target`; return the backup made first, if the file held an older schema."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(db_path, current, head_revision())
    backup = None
    if current is not None:
        backup = backup_copy(db_path, backups, f"upgrade-from-{current}")
        log.info("database copied to %s before upgrading from %s to %s", backup, current, wanted)
    _run_alembic(engine, wanted)
    return backup


def _run_alembic(engine: Engine, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
