"""Exporting the watchlist, the one way the app and the command line both use: a JSON backup, a CSV table or
an iCalendar file, rendered as text and written atomically (never left half-written)."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import TransferStore

from .backup import make_backup
from .calendar_feed import calendar_text
from .csv_export import export_csv

FORMATS = ("json", "csv", "ics")


def render(fmt: str, db: Database, today: date) -> str:
    """The watchlist as a JSON backup, a CSV table or an iCalendar file."""
    if fmt == "json":
        return json.dumps(make_backup(db), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return export_csv(TransferStore(db).titles(), today)
    if fmt == "ics":
        return calendar_text(db, today)
    raise ValueError(f"there is no {fmt!r} export; choose one of {', '.join(FORMATS)}")


def write_export(fmt: str, db: Database, target: Path, today: date | None = None) -> Path:
    """Render and write `target` through a temporary file beside it, replaced in one step."""
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(render(fmt, db, today or date.today()).encode("utf-8"))
    os.replace(temporary, target)
    return target
