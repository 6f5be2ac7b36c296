"""Restoring a backup: into an empty watchlist as it was, over the current one (replace), or merged in."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cliffhanger.storage.dump import DumpError
from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import TransferStore

from .backup import tables_of
from .model import ImportFormatError


class Mode(StrEnum):
    """How a backup meets a watchlist that is not empty."""

    EMPTY_ONLY = "empty-only"
    REPLACE = "replace"
    MERGE = "merge"


class NotEmptyError(ValueError):
    """The watchlist holds titles and the caller said neither replace nor merge."""


@dataclass
class RestoreResult:
    """Rows written per table (replace or empty), or the merge's counts."""

    mode: Mode
    rows: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def restore(db: Database, data: Any, mode: Mode = Mode.EMPTY_ONLY) -> RestoreResult:
    """Restore in one transaction; on any error the watchlist is left as it was."""
    tables = tables_of(data)
    if mode is Mode.MERGE:
        from .merge_backup import merge_backup

        return RestoreResult(mode, counts=merge_backup(db, tables))
    try:
        held, rows = TransferStore(db).replace(tables, clear=mode is Mode.REPLACE)
    except DumpError as error:
        raise ImportFormatError(f"the backup's rows don't fit this database: {error}") from None
    if any(held.values()) and mode is Mode.EMPTY_ONLY:
        raise NotEmptyError(
            f"the watchlist is not empty ({held.get('title', 0)} titles). Restore with --replace to "
            "replace everything with the backup, or with --merge to add what the backup has and "
            "the watchlist lacks"
        )
    return RestoreResult(mode, rows=rows)
