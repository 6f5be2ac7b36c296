"""A calendar file in the data folder that calendar apps can subscribe to, rewritten after each change."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from cliffhanger.storage import reminders_repo, repository
from cliffhanger.storage.engine import Database

from .ics import calendar

FEED_NAME = "calendar.ics"


def calendar_text(db: Database, today: date) -> str:
    """The whole watchlist's calendar, reminders included."""
    with db.transaction() as session:
        titles = repository.load_titles(session=session)
        rules = reminders_repo.rules(session=session)
    return calendar(titles, rules, today=today)


def refresh_feed(db: Database, folder: Path, today: date) -> Path:
    """Rewrite `folder/calendar.ics` atomically; call it after changes (cheap: one read, one write)."""
    target = folder / FEED_NAME
    temporary = target.with_name(FEED_NAME + ".tmp")
    temporary.write_bytes(calendar_text(db, today).encode("utf-8"))
    os.replace(temporary, target)
    return target
