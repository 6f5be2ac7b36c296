"""A backup read as an import source: its titles merge like any other file's, and its reminders follow them.

Titles are matched by catalogue id, else by name, year and kind. Reminder rules, alert settings, snoozes and
delivered events are carried over for the titles they belong to, with title ids renumbered; a row the
watchlist already holds (apart from its id) is not added again.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cliffhanger.domain.origins import Origin
from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import TransferStore

from .apply import apply_plan
from .backup import scratch_database, tables_of
from .model import Candidate, ParseContext, Parsed, Place
from .plan import Action, ImportPlan, make_plan

NAME = "cliffhanger"
TITLE_TABLES = ("title", "title_ref", "season", "status_change", "release_claim", "person", "credit")
MACHINE_TABLES = ("calendar_event", "calendar_account")  # this watchlist's own calendar account and ledger


def _parsed(tables: dict[str, list[dict[str, Any]]]) -> tuple[Parsed, list[int]]:
    """Candidates for the backup's titles (in id order) and the backup ids they came from."""
    parsed, origins = Parsed(NAME), []
    with tempfile.TemporaryDirectory(prefix="cliffhanger-merge-") as scratch:
        db = scratch_database(Path(scratch))
        try:
            store = TransferStore(db)
            store.load(tables)
            titles = sorted(store.titles(), key=lambda t: t.id or 0)
        finally:
            db.close()
    for number, title in enumerate(titles, start=1):
        parsed.candidates.append(Candidate(Place(number, "title"), title))
        origins.append(title.id or 0)
    removed = [row for row in tables.get("title", []) if row.get("removed_at")]
    for offset, row in enumerate(removed, start=len(titles) + 1):
        parsed.skip(Place(offset, "title"), f"{row.get('name')}: removed from the watchlist in the backup")
    return parsed, origins


def parse_backup(data: Any, ctx: ParseContext) -> Parsed:
    return _parsed(tables_of(data))[0]


def _id_map(plan: ImportPlan, added: list[int], origins: list[int]) -> dict[int, int]:
    mapping, fresh = {}, iter(added)
    for item in plan.items:
        if item.place.unit != "title" or item.place.number > len(origins):
            continue
        origin = origins[item.place.number - 1]
        if item.action is Action.ADD:
            mapping[origin] = next(fresh)
        elif item.target is not None:
            mapping[origin] = item.target
    return mapping


def merge_backup(db: Database, tables: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Merge the backup into the watchlist in one transaction; return the plan's counts and rows carried."""
    parsed, origins = _parsed(tables)
    with TransferStore(db).writing() as batch:
        plan = make_plan(parsed, batch)
        added = apply_plan(plan, batch, stamp=datetime.now(UTC), origin=Origin.RESTORE)
        skip = TITLE_TABLES + MACHINE_TABLES
        carried = batch.carry_rows(tables, _id_map(plan, added, origins), skip=skip)
    return {**plan.counts(), "reminder_rows": carried}
