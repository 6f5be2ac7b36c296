"""Bulk reads and writes for imports: every title's matching keys in one query, and many titles in one go.

`insert_titles` writes thousands of titles with their seasons, history, claims and cast in a few
multi-row statements; call it inside `Database.immediate()` so the ids it hands out stay its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel, col

from cliffhanger.domain import cleantext
from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import ExternalIds, Title

from .convert import ref_rows, title_fields
from .episode_tables import EpisodeRow
from .tables import (
    CreditRow,
    PersonRow,
    ReleaseClaimRow,
    SeasonRow,
    StatusChangeRow,
    TitleRefRow,
    TitleRow,
    table_of,
)
from .title_refs import refs_of


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


def _next_id(session: Session, model: type[SQLModel]) -> int:
    return int(session.execute(select(func.max(table_of(model).c.id))).scalar() or 0) + 1


class _Batch:
    """Rows for each table, with ids handed out in advance."""

    def __init__(self, session: Session, stamp: datetime) -> None:
        self.session, self.stamp = session, stamp
        self.rows: dict[type[SQLModel], list[dict[str, Any]]] = {}
        self.ids: dict[type[SQLModel], int] = {
            t: _next_id(session, t)
            for t in (TitleRow, SeasonRow, StatusChangeRow, ReleaseClaimRow, EpisodeRow)
        }
        found = session.execute(select(col(PersonRow.name), col(PersonRow.id))).all()
        self.people: dict[str, int] = {name: person_id for name, person_id in found if person_id is not None}
        self.next_person = _next_id(session, PersonRow)

    def add(self, table: type[SQLModel], **values: Any) -> int:
        row_id = self.ids[table]
        self.ids[table] += 1
        self.rows.setdefault(table, []).append({"id": row_id, **values})
        return row_id

    def person(self, name: str) -> int:
        if name not in self.people:
            self.people[name] = self.next_person
            self.rows.setdefault(PersonRow, []).append({"id": self.next_person, "name": name})
            self.next_person += 1
        return self.people[name]

    def write(self) -> None:
        for table in (
            TitleRow,
            TitleRefRow,
            PersonRow,
            SeasonRow,
            EpisodeRow,
            StatusChangeRow,
            ReleaseClaimRow,
            CreditRow,
        ):
            if self.rows.get(table):
                self.session.execute(insert(table_of(table)), self.rows[table])


def _episode_values(episode: Episode) -> dict[str, Any]:
    return {
        "number": episode.number, "title": cleantext.name(episode.title), "airdate": episode.airdate,
        "airstamp": episode.airstamp, "runtime": episode.runtime, "watched_at": episode.watched_at,
        "source": episode.source, "date_noted_at": episode.date_noted_at,
        "previous_airdate": episode.previous_airdate, "tvdb_id": episode.tvdb_id,
    }  # fmt: skip


def _add_title(batch: _Batch, title: Title) -> int:
    stamp = batch.stamp
    title_id = batch.add(TitleRow, **title_fields(title), created_at=stamp, updated_at=stamp, removed_at=None)
    batch.rows.setdefault(TitleRefRow, []).extend(ref_rows(title_id, title.ids))
    for season in title.seasons:
        season_id = batch.add(SeasonRow, title_id=title_id, number=season.number)
        for change in season.history:
            batch.add(
                StatusChangeRow, season_id=season_id, status=change.status.value, since=change.since,
                source=cleantext.name(change.source), confidence=change.confidence.value,
                recorded_at=change.recorded_at or stamp, origin=change.origin.value,
            )  # fmt: skip
        for episode in season.episodes:
            batch.add(EpisodeRow, season_id=season_id, **_episode_values(episode))
        for claim in season.claims:
            window = claim.window
            batch.add(
                ReleaseClaimRow, season_id=season_id, earliest=window.earliest, latest=window.latest,
                precision=window.precision.value, confidence=claim.confidence.value,
                source=cleantext.name(claim.source),
                noted_at=claim.noted_at or stamp, origin=claim.origin.value, standing=claim.standing.value,
                reason=claim.reason,
            )  # fmt: skip
    for credit in title.cast:
        batch.rows.setdefault(CreditRow, []).append(
            {
                "title_id": title_id, "person_id": batch.person(cleantext.name(credit.actor)),
                "character": cleantext.name(credit.character), "billing_order": credit.order,
                "season_number": credit.season,
            }
        )  # fmt: skip
    return title_id


def insert_titles(*, session: Session, titles: Sequence[Title], stamp: datetime) -> list[int]:
    """Insert new titles with everything hanging on them; return their ids in order."""
    if not titles:
        return []
    batch = _Batch(session, stamp)
    ids = [_add_title(batch, title) for title in titles]
    batch.write()
    return ids
