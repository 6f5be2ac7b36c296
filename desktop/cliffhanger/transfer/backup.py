"""Cliffhanger's own backup: a versioned JSON file holding every row of every table, restorable as it was.

Titles, seasons, status history, release claims, cast, reminder rules, alert settings, snoozes and the
outbox all travel, with their ids and timestamps. A backup from an older schema is brought up to date
through the migrations before it is restored.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from cliffhanger import __version__
from cliffhanger.storage.engine import Database
from cliffhanger.storage.migrate import current_revision, head_revision, upgrade
from cliffhanger.storage.transfer_store import TransferStore

from .model import ImportFormatError
from .progress import CHUNK, Progress, silent

FORMAT = "cliffhanger-backup"
VERSION = 1


def is_backup(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def _header(db: Database) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": current_revision(db.engine),
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def make_backup(db: Database) -> dict[str, Any]:
    """The whole database as a backup document, in memory (see `stream_backup` for one of any size)."""
    tables = TransferStore(db).dump()
    return {**_header(db), "counts": {name: len(rows) for name, rows in tables.items()}, "tables": tables}


def stream_backup(db: Database, stream: TextIO, progress: Progress = silent) -> int:
    """Write the backup document to `stream` a chunk of rows at a time, so memory stays bounded whatever
    the watchlist's size; the same document `make_backup` gives, read back. Returns the rows written."""
    with TransferStore(db).streaming() as tables:
        counts = tables.counts()
        total, done = sum(counts.values()), 0
        head = {**_header(db), "counts": counts}
        stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "tables": {')
        for number, name in enumerate(counts):
            stream.write(f"{',' if number else ''}\n{json.dumps(name)}: [")
            for part, chunk in enumerate(tables.chunks(name, CHUNK)):
                rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in chunk)
                stream.write(f"{',' if part else ''}\n{rows}")
                done += len(chunk)
                progress(done, total)
            stream.write("\n]")
        stream.write("\n}}\n")
    progress(total, total)
    return total


def write_backup(db: Database, path: Path, progress: Progress = silent) -> Path:
    """Stream the backup into `path` atomically: a crash leaves the previous file, never half a backup."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        stream_backup(db, stream, progress)
    os.replace(temporary, path)
    return path


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write atomically: a crash leaves the previous file, never half a backup."""
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
