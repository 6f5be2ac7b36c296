"""Bulk reads and writes for imports: every title's matching keys in one query, and many titles in one go.

`insert_titles` writes thousands of titles with their seasons, history, claims and cast in a few
statements per table (see `bulk_sql`); call it inside `Database.immediate()` so the ids it hands out stay
its own. A title comes as a domain `Title` or, from a reader that built none, as a `NewTitle`: both give
the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from cliffhanger.domain import cleantext
from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import ExternalIds, Season, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.standing import Standing

from .bulk_sql import COLUMNS, write_rows
from .convert import title_fields
from .engine import connection_of
from .new_title import NewTitle
from .plain import instant_text, stored_moment
from .tables import TitleRow
from .title_refs import refs_of
from .trigger_pause import write_new_titles


@dataclass(frozen=True)
class TitleKey:
    """What a title is matched by: its catalogue ids, then its name, year and kind."""

    id: int
    name: str
    kind: str
    year: int | None
    ids: ExternalIds


def title_keys(*, session: Session) -> list[TitleKey]:
    """The keys of every title on the watchlist (removed ones left out), in two queries."""
    query = select(col(TitleRow.id), col(TitleRow.name), col(TitleRow.kind), col(TitleRow.year)).where(
        col(TitleRow.removed_at).is_(None)
    )
    held = refs_of(session=session)
    return [TitleKey(i, n, k, y, ExternalIds(held.get(i))) for i, n, k, y in session.execute(query)]


_OPEN = Standing.OPEN.value
_COUNTED = ("title", "season", "status_change", "release_claim", "episode", "person")


def _next_ids(connection: Any) -> dict[str, int]:
    found = {}
    for table in _COUNTED:
        (highest,) = connection.execute(f"SELECT max(id) FROM {table}").fetchone()
        found[table] = int(highest or 0) + 1
    return found


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class _Batch:
    """Rows for each table as tuples in `COLUMNS` order, with ids handed out in advance, written by
    `bulk_sql.write_rows` on the session's own connection (no ORM objects, no per-row SQL compiling)."""

    def __init__(self, session: Session, stamp: datetime, origin: Origin | None) -> None:
        self.connection = connection_of(session)
        self.stamp, self.origin = stored_moment(stamp), origin
        self.typed = self.origin_of(Origin.TYPED)  # what a fact that names no origin is written with
        self.rows: dict[str, list[tuple[Any, ...]]] = {key: [] for key in COLUMNS}
        self.ids = _next_ids(self.connection)
        found = self.connection.execute("SELECT name, id FROM person")
        self.people: dict[str, int] = dict(found.fetchall())

    def add(self, table: str, *values: Any) -> int:
        row_id = self.ids[table]
        self.ids[table] += 1
        self.rows[table].append((row_id, *values))
        return row_id

    def person(self, name: str) -> int:
        if name not in self.people:
            self.people[name] = self.add("person", name)
        return self.people[name]

    def origin_of(self, stated: Origin) -> str:
        return (self.origin or stated).value

    def write(self) -> None:
        write_rows(self.connection, self.rows)


def _add_episode(batch: _Batch, season_id: int, episode: Episode) -> None:
    batch.add(
        "episode", season_id, episode.number, cleantext.name(episode.title), _day(episode.airdate),
        instant_text(episode.airstamp), episode.runtime, instant_text(episode.watched_at), episode.source,
        instant_text(episode.date_noted_at), _day(episode.previous_airdate), episode.tvdb_id,
    )  # fmt: skip


def _add_season(batch: _Batch, title_id: int, season: Season) -> None:
    season_id = batch.add("season", title_id, season.number)
    stamp = batch.stamp
    for change in season.history:
        recorded = stamp if change.recorded_at is None else stored_moment(change.recorded_at)
        batch.add(
            "status_change", season_id, change.status.value, change.since.isoformat(),
            cleantext.name(change.source), change.confidence.value, recorded, batch.origin_of(change.origin),
        )  # fmt: skip
    for episode in season.episodes:
        _add_episode(batch, season_id, episode)
    for claim in season.claims:
        window = claim.window
        noted = stamp if claim.noted_at is None else stored_moment(claim.noted_at)
        batch.add(
            "release_claim", season_id, window.earliest.isoformat(), window.latest.isoformat(),
            window.precision.value, claim.confidence.value, cleantext.name(claim.source), noted,
            batch.origin_of(claim.origin), claim.standing.value, claim.reason,
        )  # fmt: skip


def _add_title(batch: _Batch, title: Title) -> int:
    fields = title_fields(title)
    title_id = batch.add(
        "title", fields["name"], fields["kind"], fields["original_name"], fields["year"], fields["network"],
        fields["overview"], fields["watch"], fields["notes"], batch.stamp, batch.stamp,
    )  # fmt: skip
    batch.rows["title_ref"].extend((title_id, key, ref) for key, ref in title.ids.items())
    for season in title.seasons:
        _add_season(batch, title_id, season)
    for credit in title.cast:
        batch.rows["credit"].append(
            (
                title_id, batch.person(cleantext.name(credit.actor)), cleantext.name(credit.character),
                credit.order, credit.season,
            )
        )  # fmt: skip
    return title_id


def _add_new(batch: _Batch, new: NewTitle) -> int:
    """The rows `_add_title` writes for the same title as a `Title` (a `NewTitle` has no cast or episodes)."""
    clean, ids, rows, stamp = cleantext.name, batch.ids, batch.rows, batch.stamp
    title_id = ids["title"]
    ids["title"] = title_id + 1
    row = (title_id, clean(new.name), new.kind, clean(new.original_name), new.year, new.watch, stamp, stamp)
    rows["new_title"].append(row)
    rows["title_ref"].extend((title_id, key, ref) for key, ref in new.refs)
    origin = batch.typed
    for season in new.seasons:
        season_id = ids["season"]
        ids["season"] = season_id + 1
        rows["season"].append((season_id, title_id, season.number))
        for status, since, source, confidence in season.history:
            row_id = ids["status_change"]
            ids["status_change"] = row_id + 1
            change = (row_id, season_id, status, since, clean(source), confidence, stamp, origin)
            rows["status_change"].append(change)
        for earliest, latest, precision, confidence, source in season.claims:
            row_id = ids["release_claim"]
            ids["release_claim"] = row_id + 1
            claim = (row_id, season_id, earliest, latest, precision, confidence, clean(source), stamp, origin)
            rows["release_claim"].append((*claim, _OPEN, ""))
    return title_id


def insert_titles(
    *, session: Session, titles: Sequence[Title | NewTitle], stamp: datetime, origin: Origin | None = None
) -> list[int]:
    """Insert new titles with everything hanging on them; return their ids in order. With `origin`, every
    status change and claim is written as coming from it (an import, a restore), whatever it says."""
    if not titles:
        return []
    batch = _Batch(session, stamp, origin)
    ids = [_add_new(batch, t) if isinstance(t, NewTitle) else _add_title(batch, t) for t in titles]
    write_new_titles(batch.connection, batch.write)
    return ids
