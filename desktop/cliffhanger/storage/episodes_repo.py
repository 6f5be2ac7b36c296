"""Repository functions for episodes: read per title, merged from a catalogue's list, marked watched.

Episodes are read only for the titles asked for (the one on screen, the titles with alerts), never for the
whole watchlist at once; the list reads its progress and next episode from one aggregate query instead.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, and_, or_, select
from sqlmodel import Session, SQLModel
from sqlmodel import select as select_model

from cliffhanger.domain import cleantext
from cliffhanger.domain.episodes import Episode, Progress

from . import plain
from .convert import episode_from_row
from .engine import connection_of
from .episode_tables import EpisodeRow
from .tables import SeasonRow, TitleRow, table_of

_FACTS = ("title", "airdate", "airstamp", "runtime", "tvdb_id")


def _table(model: type[SQLModel]) -> Table:
    return table_of(model)


def by_season(
    *, session: Session, season_ids: Collection[int] | None, numbers: Mapping[int, int | None] | None = None
) -> dict[int, list[Episode]]:
    """The episodes of the given seasons (None: of every season, read without a long IN list), keyed by
    season id, in episode order; `numbers` (season id to number, when the caller has read the seasons)
    saves reading them again."""
    if season_ids is not None and not season_ids:
        return {}
    season, episode = _table(SeasonRow), _table(EpisodeRow)
    if numbers is None:
        places = select(season.c.id, season.c.number)
        if season_ids is not None:
            places = places.where(season.c.id.in_(list(season_ids)))
        numbers = {season_id: number for season_id, number in session.execute(places)}
    query = select(episode)
    if season_ids is not None:
        query = query.where(episode.c.season_id.in_(list(season_ids)))
    grouped: dict[int, list[Episode]] = defaultdict(list)
    for row in session.execute(query.order_by(episode.c.season_id, episode.c.number)):
        grouped[row.season_id].append(episode_from_row(row, numbers.get(row.season_id) or 0))
    return grouped


def merge_episodes(*, session: Session, season_id: int, episodes: Iterable[Episode], now: datetime) -> int:
    """Write a catalogue's episodes of one season, keeping what was watched; return how many rows changed.

    A new air date (or a first one) is noted when the catalogue was asked (the episode's `date_noted_at`,
    else `now`) with the date it replaces, which is what the "episode date announced or moved" alert reads.
    """
    held = session.exec(select_model(EpisodeRow).where(EpisodeRow.season_id == season_id))
    rows = {r.number: r for r in held}
    changed = 0
    for fetched in episodes:
        fetched = dataclasses.replace(fetched, title=cleantext.name(fetched.title))
        row = rows.get(fetched.number)
        noted = fetched.date_noted_at or now
        if row is None:
            row = EpisodeRow(season_id=season_id, number=fetched.number)
            row.date_noted_at = noted if fetched.airdate else None
        elif all(getattr(row, name) == getattr(fetched, name) for name in _FACTS):
            continue
        elif fetched.airdate != row.airdate and fetched.airdate is not None:
            row.previous_airdate, row.date_noted_at = row.airdate, noted
        for name in _FACTS:
            setattr(row, name, getattr(fetched, name))
        row.source = fetched.source
        if row.watched_at is None and fetched.watched_at is not None:
            row.watched_at = fetched.watched_at
        session.add(row)
        changed += 1
    session.flush()
    return changed


def add_watched(*, session: Session, season_id: int, episodes: Iterable[Episode]) -> int:
    """Watched marks from an import: set where an episode is not yet marked, and an episode not yet listed
    is kept by its number alone (a catalogue fills its facts later). Returns how many marks were set."""
    held = session.exec(select_model(EpisodeRow).where(EpisodeRow.season_id == season_id))
    rows = {r.number: r for r in held}
    marked = 0
    for episode in episodes:
        if episode.watched_at is None:
            continue
        row = rows.get(episode.number) or EpisodeRow(season_id=season_id, number=episode.number)
        if row.watched_at is None:
            row.watched_at = episode.watched_at
            row.source = row.source or episode.source
            rows[episode.number] = row
            session.add(row)
            marked += 1
    session.flush()
    return marked


def set_watched(
    *, session: Session, title_id: int, targets: Sequence[tuple[int, int]], watched_at: datetime | None
) -> int:
    """Mark (or, with `watched_at=None`, unmark) episodes given as (season, number); return how many moved."""
    if not targets:
        return 0
    episode, season = _table(EpisodeRow), _table(SeasonRow)
    wanted = or_(*(and_(season.c.number == s, episode.c.number == n) for s, n in targets))
    ids = session.execute(
        select(episode.c.id)
        .join(season, season.c.id == episode.c.season_id)
        .where(season.c.title_id == title_id, wanted)
    ).scalars()
    moved = 0
    for episode_id in list(ids):
        row = session.get(EpisodeRow, episode_id)
        if row is not None and (row.watched_at is None) != (watched_at is None):
            row.watched_at = watched_at
            session.add(row)
            moved += 1
    session.flush()
    return moved


def watched_by_tvdb(*, session: Session, tvdb_ids: Collection[int]) -> dict[int, tuple[int, int, int]]:
    """For TheTVDB episode ids, the (title id, season, number) of the episode holding each."""
    if not tvdb_ids:
        return {}
    episode, season = _table(EpisodeRow), _table(SeasonRow)
    query = (
        select(episode.c.tvdb_id, season.c.title_id, season.c.number, episode.c.number.label("episode"))
        .join(season, season.c.id == episode.c.season_id)
        .where(episode.c.tvdb_id.in_(list(tvdb_ids)))
    )
    return {row.tvdb_id: (row.title_id, row.number, row.episode) for row in session.execute(query)}


def _joined() -> Any:
    episode, season, title = _table(EpisodeRow), _table(SeasonRow), _table(TitleRow)
    return episode.join(season, season.c.id == episode.c.season_id).join(
        title, title.c.id == season.c.title_id
    )


def progress_by_title(*, session: Session, ids: Sequence[int] | None = None) -> dict[int, Progress]:
    """Per title with episodes, the season in progress (see `plain.progress_by_title`)."""
    return plain.progress_by_title(connection_of(session), ids)


def list_facts(*, session: Session, today: date) -> dict[int, dict[str, Any]]:
    """Per title with episodes: the season in progress and the next episode (see `plain.list_facts`)."""
    return plain.list_facts(connection_of(session), today)


def upcoming(*, session: Session, today: date) -> list[tuple[int, Episode]]:
    """The next episode to air of each season (title id, episode) from `today` on, soonest first."""
    episode, season, title = _table(EpisodeRow), _table(SeasonRow), _table(TitleRow)
    query = (
        select(episode, season.c.title_id, season.c.number.label("season_number"))
        .select_from(_joined())
        .where(episode.c.airdate >= today, title.c.removed_at.is_(None))
        .order_by(episode.c.airdate, episode.c.airstamp, season.c.title_id, episode.c.number)
    )
    found: dict[tuple[int, int], tuple[int, Episode]] = {}
    for row in session.execute(query):
        key = (row.title_id, row.season_number or 0)
        if key not in found:
            found[key] = (row.title_id, episode_from_row(row, row.season_number or 0))
    return list(found.values())
