"""Removing a season added by mistake, with everything that hangs on it; a title always keeps one season.

The season's status changes, release claims and episodes go with its row (their foreign keys cascade); its
reminders, snoozed alerts and season-only credits, which name the season by number, are deleted here in the
same transaction. Delivered alerts stay in the inbox: they were said, and the history of what was said
outlives what it was about. The title's planned events are marked stale by the triggers of `plan_store`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Table, delete, func, select
from sqlmodel import Session, col

from .episode_tables import EpisodeRow
from .reminder_tables import ReminderRuleRow, SnoozeRow
from .tables import CreditRow, ReleaseClaimRow, SeasonRow, StatusChangeRow


class SeasonRemovalError(ValueError):
    """The season can't be removed: it is not there, or it is the title's only one (`numbers` lists them)."""

    def __init__(self, message: str, numbers: tuple[int | None, ...]) -> None:
        super().__init__(message)
        self.numbers = numbers


@dataclass(frozen=True)
class SeasonRemoval:
    """How many entries went with the removed season."""

    statuses: int = 0
    claims: int = 0
    episodes: int = 0
    reminders: int = 0
    credits: int = 0
    snoozes: int = 0


def remove_season(*, session: Session, title_id: int, number: int) -> SeasonRemoval:
    """Delete season `number` of a title and what hangs on it; `SeasonRemovalError` when it can't be."""
    query = select(col(SeasonRow.id), col(SeasonRow.number)).where(col(SeasonRow.title_id) == title_id)
    rows = session.execute(query).all()
    numbers = tuple(sorted((n for _, n in rows), key=lambda n: -1 if n is None else n))
    season_id = next((sid for sid, n in rows if n == number), None)
    if season_id is None:
        raise SeasonRemovalError(f"there is no season {number}", numbers)
    if len(rows) == 1:
        raise SeasonRemovalError(f"season {number} is the only season", numbers)
    removal = SeasonRemoval(
        statuses=_count(session, StatusChangeRow, col(StatusChangeRow.season_id) == season_id),
        claims=_count(session, ReleaseClaimRow, col(ReleaseClaimRow.season_id) == season_id),
        episodes=_count(session, EpisodeRow, col(EpisodeRow.season_id) == season_id),
        reminders=_delete(session, ReminderRuleRow, title_id, number),
        credits=_delete(session, CreditRow, title_id, number),
        snoozes=_delete(session, SnoozeRow, title_id, number),
    )
    session.execute(delete(SeasonRow).where(col(SeasonRow.id) == season_id))
    return removal


def _count(session: Session, model: type, where: ColumnElement[bool]) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(where)).scalar_one())


def _delete(session: Session, model: type, title_id: int, number: int) -> int:
    """Delete the rows of `model` (which has `title_id` and `season_number`) naming this season."""
    table: Table = getattr(model, "__table__")  # noqa: B009 (SQLModel declares no type for it)
    where = (table.c.title_id == title_id) & (table.c.season_number == number)
    return cast("CursorResult[Any]", session.execute(delete(table).where(where))).rowcount
