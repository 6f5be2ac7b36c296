"""A calendar file in the data folder that calendar apps can subscribe to, rewritten after each change."""

from __future__ import annotations

import logging
import os
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from cliffhanger.calsync import plan, render
from cliffhanger.storage.engine import Database

log = logging.getLogger(__name__)
FEED_NAME = "calendar.ics"


def calendar_text(db: Database, today: date, now: datetime | None = None) -> str:
    """The whole watchlist's calendar, reminders included, with the same UIDs and SEQUENCE as CalDAV."""
    try:
        snapshot = plan.take(db, today=today, now=now or datetime.now(UTC))
    except OperationalError as error:  # read-only or locked: export what is known, record nothing
        log.warning("calendar built without updating its ledger: %s", error.orig)
        snapshot = plan.peek(db, today=today)
    return render.document(snapshot.specs, snapshot.ledger)


def refresh_feed(db: Database, folder: Path, today: date) -> Path:
    """Rewrite `folder/calendar.ics` atomically; call it after changes (cheap: one read, one write)."""
    target = folder / FEED_NAME
    temporary = target.with_name(FEED_NAME + ".tmp")
    temporary.write_bytes(calendar_text(db, today).encode("utf-8"))
    os.replace(temporary, target)
    return target
