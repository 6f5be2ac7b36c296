"""Carrying out an import: the plan is made again and applied inside one write transaction.

Either every added and merged title is written, or (on any error) nothing is. Importing the same file twice
adds nothing the second time, since every row then matches what the first import wrote.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from sqlmodel import Session

from cliffhanger.domain.models import season_with_origin, with_origin
from cliffhanger.domain.origins import Origin
from cliffhanger.storage import bulk, episodes_repo
from cliffhanger.storage import repository as repo
from cliffhanger.storage.engine import Database

from .model import Parsed
from .plan import Action, ImportPlan, make_plan


def preview(parsed: Parsed, db: Database) -> ImportPlan:
    """The plan, with nothing written (a dry run)."""
    with db.transaction() as session:
        return make_plan(parsed, session=session)


def run_import(parsed: Parsed, db: Database, *, stamp: datetime | None = None) -> ImportPlan:
    """Plan and apply in one transaction; return the plan that was carried out."""
    stamp = stamp or datetime.now(UTC)
    with db.immediate() as session:
        plan = make_plan(parsed, session=session)
        apply_plan(plan, session=session, stamp=stamp)
    return plan


def apply_plan(
    plan: ImportPlan, *, session: Session, stamp: datetime, origin: Origin = Origin.IMPORT
) -> list[int]:
    """Write the plan's additions in bulk and its merges title by title; return the added ids.

    Every fact written is marked with `origin` (an import or a restore): the baseline, never news.
    """
    added = [with_origin(item.title, origin) for item in plan.of(Action.ADD) if item.title is not None]
    ids = bulk.insert_titles(session=session, titles=added, stamp=stamp)
    for item in plan.of(Action.MERGE):
        if item.merge is None or item.target is None:
            continue
        _merge_into(session, item.target, item.merge, stamp, origin)
    return ids


def _merge_into(session: Session, title_id: int, merge, stamp: datetime, origin: Origin) -> None:  # type: ignore[no-untyped-def]
    repo.update_title(session=session, title_id=title_id, title=merge.title)
    for season in (season_with_origin(s, origin) for s in merge.seasons):
        season_id = repo.ensure_season(session=session, title_id=title_id, number=season.number)
        for change in season.history:
            repo.add_status(
                session=session, season_id=season_id, change=_stamped(change, "recorded_at", stamp)
            )
        for claim in season.claims:
            repo.add_claim(session=session, season_id=season_id, claim=_stamped(claim, "noted_at", stamp))
        episodes_repo.add_watched(session=session, season_id=season_id, episodes=season.episodes)
    if merge.cast:
        repo.add_credits(session=session, title_id=title_id, credits=merge.cast)


def _stamped(entry, field: str, stamp: datetime):  # type: ignore[no-untyped-def]
    return entry if getattr(entry, field) else dataclasses.replace(entry, **{field: stamp})
