"""Carrying out an import: the plan is made again and applied inside one write transaction.

Either every added and merged title is written, or (on any error) nothing is. Importing the same file twice
adds nothing the second time, since every row then matches what the first import wrote.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from cliffhanger.domain.models import season_with_origin, with_origin
from cliffhanger.domain.origins import Origin
from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import ImportBatch, TransferStore

from .merging import Merge
from .model import Parsed
from .plan import Action, ImportPlan, make_plan


def preview(parsed: Parsed, db: Database) -> ImportPlan:
    """The plan, with nothing written (a dry run)."""
    with TransferStore(db).reading() as batch:
        return make_plan(parsed, batch)


def run_import(parsed: Parsed, db: Database, *, stamp: datetime | None = None) -> ImportPlan:
    """Plan and apply in one transaction; return the plan that was carried out."""
    stamp = stamp or datetime.now(UTC)
    with TransferStore(db).writing() as batch:
        plan = make_plan(parsed, batch)
        apply_plan(plan, batch, stamp=stamp)
    return plan


def apply_plan(
    plan: ImportPlan, batch: ImportBatch, *, stamp: datetime, origin: Origin = Origin.IMPORT
) -> list[int]:
    """Write the plan's additions in bulk and its merges title by title; return the added ids.

    Every fact written is marked with `origin` (an import or a restore): the baseline, never news.
    """
    added = [with_origin(item.title, origin) for item in plan.of(Action.ADD) if item.title is not None]
    ids = batch.insert_titles(added, stamp)
    for item in plan.of(Action.MERGE):
        if item.merge is None or item.target is None:
            continue
        _merge_into(batch, item.target, item.merge, stamp, origin)
    return ids


def _merge_into(batch: ImportBatch, title_id: int, merge: Merge, stamp: datetime, origin: Origin) -> None:
    batch.update_title(title_id, merge.title)
    for season in (season_with_origin(s, origin) for s in merge.seasons):
        season_id = batch.ensure_season(title_id, season.number)
        for change in season.history:
            batch.add_status(season_id, change if change.recorded_at else replace(change, recorded_at=stamp))
        for claim in season.claims:
            batch.add_claim(season_id, claim if claim.noted_at else replace(claim, noted_at=stamp))
        batch.add_watched(season_id, season.episodes)
    if merge.cast:
        batch.add_credits(title_id, merge.cast)
