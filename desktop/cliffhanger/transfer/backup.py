"""Cliffhanger's own backup: a versioned JSON file holding every row of every table, restorable as it was.

Titles, seasons, status history, release claims, cast, reminder rules, alert settings, snoozes and the
outbox all travel, with their ids and timestamps. A backup from an older schema is brought up to date
through the migrations before it is restored.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cliffhanger import __version__
from cliffhanger.storage.engine import Database
from cliffhanger.storage.migrate import current_revision, head_revision, upgrade
from cliffhanger.storage.transfer_store import TransferStore

from .model import ImportFormatError

FORMAT = "cliffhanger-backup"
VERSION = 1


def is_backup(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def make_backup(db: Database) -> dict[str, Any]:
    """The whole database as a backup document."""
    tables = TransferStore(db).dump()
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": current_revision(db.engine),
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "counts": {name: len(rows) for name, rows in tables.items()},
        "tables": tables,
    }


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write atomically: a crash leaves the previous file, never half a backup."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def tables_of(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The backup's tables, checked for shape and brought to the current schema."""
    if not is_backup(data):
        raise ImportFormatError("not a Cliffhanger backup")
    version, tables = data.get("version"), data.get("tables")
    if not isinstance(version, int) or version > VERSION:
        raise ImportFormatError(
            f"backup version {version!r} is newer than this Cliffhanger reads ({VERSION})"
        )
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(r, dict) for r in rows) for rows in tables.values()
    ):
        raise ImportFormatError("the backup's tables are damaged (expected lists of rows)")
    schema = data.get("schema")
    if schema and schema != head_revision():
        return _upgraded(tables, str(schema))
    return tables


def _upgraded(tables: dict[str, list[dict[str, Any]]], schema: str) -> dict[str, list[dict[str, Any]]]:
    """Load the rows into a scratch database at their schema, migrate it, and read them back."""
    with tempfile.TemporaryDirectory(prefix="cliffhanger-restore-") as scratch:
        db = scratch_database(Path(scratch), schema)
        try:
            TransferStore(db).load(tables)
            upgrade(db.engine, db.path, Path(scratch), "head")
            return TransferStore(db).dump()
        except Exception as error:
            raise ImportFormatError(
                f"the backup (schema {schema}) can't be brought up to date: {error}"
            ) from None
        finally:
            db.close()


def scratch_database(folder: Path, schema: str = "head") -> Database:
    db = Database(folder / "scratch.sqlite3")
    try:
        upgrade(db.engine, db.path, folder, schema)
    except Exception as error:
        db.close()
        raise ImportFormatError(f"the backup's schema {schema!r} is unknown to this Cliffhanger") from error
    return db
