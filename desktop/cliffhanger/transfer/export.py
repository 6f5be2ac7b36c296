"""Exporting the watchlist, the one way the app and the command line both use: a JSON backup, a CSV table or
an iCalendar file, streamed to a file (through a temporary one, replaced in one step: never left
half-written) or to any text stream.

The JSON backup and the CSV table are written a chunk at a time, so memory stays bounded whatever the
watchlist's size; the iCalendar file is one document built whole (its events are planned together, and
the calendar ledger is kept in step with them).
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import TransferStore

from .backup import stream_backup
from .calendar_feed import calendar_text
from .csv_export import COLUMNS, csv_row
from .progress import CHUNK, Progress, silent

FORMATS = ("json", "csv", "ics")


def stream_export(fmt: str, db: Database, stream: TextIO, today: date, progress: Progress = silent) -> None:
    """Write the watchlist to `stream` as a JSON backup, a CSV table or an iCalendar file; `progress`
    hears the rows (JSON) or titles (CSV) written, or the one document (iCalendar)."""
    if fmt == "json":
        stream_backup(db, stream, progress)
    elif fmt == "csv":
        _stream_csv(db, stream, today, progress)
    elif fmt == "ics":
        stream.write(calendar_text(db, today))
        progress(1, 1)
    else:
        raise ValueError(f"there is no {fmt!r} export; choose one of {', '.join(FORMATS)}")


def _stream_csv(db: Database, stream: TextIO, today: date, progress: Progress) -> None:
    store = TransferStore(db)
    total = store.count_titles()
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    done = 0
    for titles in store.title_chunks(CHUNK):
        writer.writerows(csv_row(title, today) for title in titles)
        done += len(titles)
        progress(done, total)
    progress(total, total)


def write_export(
    fmt: str, db: Database, target: Path, today: date | None = None, progress: Progress = silent
) -> Path:
    """Stream the export into a temporary file beside `target`, then put it in `target`'s place."""
    temporary = target.with_name(target.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            stream_export(fmt, db, stream, today or date.today(), progress)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
