"""Carrying out an import: the plan is made again and applied inside one write transaction, in chunks.

Either every added and merged title is written, or (on any error) nothing is: the chunks bound what each
statement holds and let progress be told, but commit only together. Importing the same file twice
adds nothing the second time, since every row then matches what the first import wrote.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from cliffhanger.domain.models import season_with_origin
from cliffhanger.domain.origins import Origin
from cliffhanger.storage.engine import Database
from cliffhanger.storage.transfer_store import ImportBatch, TransferStore

from .gcpause import collector_paused
from .merging import Merge
from .model import Parsed
from .plan import Action, ImportPlan, make_plan
from .progress import CHUNK, Progress, silent


def preview(parsed: Parsed, db: Database, progress: Progress = silent) -> ImportPlan:
    """The plan, with nothing written (a dry run); `progress` hears every row matched, N of N."""
    with collector_paused(), TransferStore(db).reading() as batch:
        return make_plan(parsed, batch, progress)


def run_import(
    parsed: Parsed, db: Database, *, stamp: datetime | None = None, progress: Progress = silent
) -> ImportPlan:
    """Plan and apply in one transaction; return the plan that was carried out. `progress` hears each
    step, counting every row matched and every title written (2N for N titles)."""
    stamp = stamp or datetime.now(UTC)
    with collector_paused(), TransferStore(db).writing() as batch:
        plan = make_plan(parsed, batch, _matching(parsed, progress))
        apply_plan(plan, batch, stamp=stamp, progress=_writing(parsed, progress))
    return plan


def _matching(parsed: Parsed, progress: Progress) -> Progress:
    total = 2 * len(parsed.candidates)
    return lambda done, _rows: progress(done, total)


def _writing(parsed: Parsed, progress: Progress) -> Progress:
    rows = len(parsed.candidates)
    return lambda done, _titles: progress(rows + done, 2 * rows)


def apply_plan(
    plan: ImportPlan,
    batch: ImportBatch,
    *,
    stamp: datetime,
    origin: Origin = Origin.IMPORT,
    progress: Progress = silent,
) -> list[int]:
    """Write the plan's additions in bulk, `CHUNK` titles at a time, and its merges title by title; return
    the added ids. `progress` hears how many of the titles to write are written.

    Every fact written is marked with `origin` (an import or a restore): the baseline, never news.
    """
    added = [item.candidate.written for item in plan.of(Action.ADD) if item.candidate is not None]
    merges = [item for item in plan.of(Action.MERGE) if item.merge is not None and item.target is not None]
    total = len(added) + len(merges)
    ids: list[int] = []
    for start in range(0, len(added), CHUNK):
        ids.extend(batch.insert_titles(added[start : start + CHUNK], stamp, origin))
        progress(len(ids), total)
    for done, item in enumerate(merges, len(added) + 1):
        assert item.merge is not None and item.target is not None
        _merge_into(batch, item.target, item.merge, stamp, origin)
        if done % CHUNK == 0 or done == total:
            progress(done, total)
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
