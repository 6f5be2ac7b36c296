"""Bringing a database file up to the current schema, after copying it aside.

Every start calls `upgrade`: a new file gets the whole schema; an older one is first copied to
`backups/` through SQLite's online backup, then upgraded in one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_copy(source: Path, backups: Path, label: str) -> Path:
    """A consistent copy of the database file, made with SQLite's backup API (safe under WAL)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{source.stem}-before-{label}-{stamp}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Migrate to head; return the backup made first, if the file held an older schema."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return None
    backup = None
    if current is not None:
        backup = backup_copy(db_path, backups, f"upgrade-from-{current}")
        log.info("database copied to %s before upgrading from %s to %s", backup, current, head)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
