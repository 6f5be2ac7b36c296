"""The watchlist's read model: one summary per title, read without building whole titles.

Four plain queries whatever the number of titles (titles, seasons, and the status history and claims of the
focus seasons only); each title's line is then made by `domain.summary.summarise_focus`, the same rule a
full `Title` is summarised by.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Table, select
from sqlmodel import Session, SQLModel

from cliffhanger.domain.models import ReleaseClaim, StatusChange
from cliffhanger.domain.standing import parse_standing
from cliffhanger.domain.summary import TitleFacts, TitleSummary, summarise_focus
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow

from . import episodes_repo
from .tables import ReleaseClaimRow, SeasonRow, StatusChangeRow, TitleRow, table_of


def _table(model: type[SQLModel]) -> Table:
    return table_of(model)


def _facts(session: Session, ids: Sequence[int] | None) -> list[TitleFacts]:
    t = _table(TitleRow)
    query = select(t.c.id, t.c.name, t.c.kind, t.c.year, t.c.original_name, t.c.network, t.c.watch)
    query = query.where(t.c.removed_at.is_(None))
    if ids is not None:
        query = query.where(t.c.id.in_(ids))
    kinds, watches = {k.value: k for k in Kind}, {w.value: w for w in WatchState}
    return [
        TitleFacts(i, name, kinds[kind], year, original, network, watches[watch])
        for i, name, kind, year, original, network, watch in session.execute(query.order_by(t.c.name))
    ]


def _focus_seasons(session: Session, ids: Sequence[int] | None) -> dict[int, tuple[int, int | None]]:
    """title id -> (season id, number) of its focus: the highest number, a film's own entry below any."""
    s = _table(SeasonRow)
    query = select(s.c.id, s.c.title_id, s.c.number).order_by(s.c.id)
    if ids is not None:
        query = query.where(s.c.title_id.in_(ids))
    focus: dict[int, tuple[int, int | None]] = {}
    for season_id, title_id, number in session.execute(query):
        held = focus.get(title_id)
        if held is None or (-1 if number is None else number) > (-1 if held[1] is None else held[1]):
            focus[title_id] = (season_id, number)
    return focus


def _history(session: Session, season_ids: set[int], every: bool) -> dict[int, list[StatusChange]]:
    c = _table(StatusChangeRow)
    query = select(c.c.season_id, c.c.status, c.c.since, c.c.source, c.c.confidence, c.c.recorded_at, c.c.id)
    if not every:
        query = query.where(c.c.season_id.in_(season_ids))
    statuses, confidences = {s.value: s for s in Status}, {c.value: c for c in Confidence}
    found: dict[int, list[StatusChange]] = defaultdict(list)
    for season_id, status, since, source, confidence, recorded, row_id in session.execute(query):
        if season_id in season_ids:
            change = StatusChange(statuses[status], since, source, confidences[confidence], recorded, row_id)
            found[season_id].append(change)
    return found


def _claims(session: Session, season_ids: set[int], every: bool) -> dict[int, list[ReleaseClaim]]:
    c = _table(ReleaseClaimRow)
    columns = (c.c.season_id, c.c.earliest, c.c.latest, c.c.precision, c.c.confidence, c.c.source)
    query = select(*columns, c.c.noted_at, c.c.id, c.c.standing)
    if not every:
        query = query.where(c.c.season_id.in_(season_ids))
    precisions, confidences = {p.value: p for p in Precision}, {c.value: c for c in Confidence}
    found: dict[int, list[ReleaseClaim]] = defaultdict(list)
    for (
        season_id,
        earliest,
        latest,
        precision,
        confidence,
        source,
        noted,
        row_id,
        standing,
    ) in session.execute(query):
        if season_id in season_ids:
            window = ReleaseWindow(earliest, latest, precisions[precision])
            claim = ReleaseClaim(window, confidences[confidence], source, noted, row_id)
            found[season_id].append(dataclasses.replace(claim, standing=parse_standing(standing)))
    return found


def load_summaries(*, session: Session, ids: Sequence[int] | None = None) -> list[TitleSummary]:
    """The summaries of every title on the watchlist (or of `ids`), sorted by name."""
    facts = _facts(session, ids)
    focus = _focus_seasons(session, ids)
    season_ids = {season_id for season_id, _number in focus.values()}
    every = ids is None  # reading whole tables beats a long IN list
    history = _history(session, season_ids, every)
    claims = _claims(session, season_ids, every)
    progress = episodes_repo.progress_by_title(session=session, ids=ids)
    summaries = []
    for fact in facts:
        held, done = focus.get(fact.id), progress.get(fact.id)
        if held is None:
            summaries.append(summarise_focus(fact, None, None, (), done))
        else:
            season_id, number = held
            summaries.append(summarise_focus(fact, number, history[season_id], claims[season_id], done))
    return summaries
