"""The daily automatic backup: one JSON backup per day in the backups folder, keeping the newest N.

The app calls `daily_backup` at start (and may call it again later); `cliffhanger backup` calls it with
`force=True`. A day that already has its backup is left alone unless forced.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from cliffhanger.storage.engine import Database

from .backup import write_backup

log = logging.getLogger(__name__)
PREFIX = "cliffhanger-backup-"
_NAME = re.compile(rf"{PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})\.json")


def backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.fullmatch(p.name))


def daily_backup(db: Database, folder: Path, *, keep: int, today: date, force: bool = False) -> Path | None:
    """Write today's backup (unless it exists and not `force`), then prune to the newest `keep`."""
    target = folder / f"{PREFIX}{today.isoformat()}.json"
    written = None
    if force or not target.exists():
        write_backup(db, target)
        written = target
        log.info("backup written to %s", target)
    prune(folder, keep=max(1, keep))
    return written


def prune(folder: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; return what was deleted."""
    old = backups(folder)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old
