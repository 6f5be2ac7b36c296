"""What a delivery pass reads of the plan in its claim's write transaction: index lookups, never a plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, exists, select
from sqlmodel import Session, SQLModel

from cliffhanger.domain.reminders import Event, EventKind

from .plan_tables import PlanMarkRow, PlanMetaRow, PlannedEventRow
from .reminder_tables import OutboxRow
from .tables import table_of


def _t(model: type[SQLModel]) -> Table:
    return table_of(model)


PLANNED, MARKS, META, OUTBOX = _t(PlannedEventRow), _t(PlanMarkRow), _t(PlanMetaRow), _t(OutboxRow)


def _event(row: Any) -> Event:
    kind = EventKind(row.kind)
    return Event(row.title_id, row.season_number, kind, row.value, row.due_at, row.summary, row.body, row.why)


class ClaimReads:
    """The plan as one claim's write transaction sees it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _pending(self) -> Any:
        claimed = exists().where(OUTBOX.c.key == PLANNED.c.key)
        return select(PLANNED).where(~claimed)

    def due(self, now: datetime) -> list[Event]:
        """Planned events due at `now`, but none of a title marked since it was planned."""
        query = self._pending().where(PLANNED.c.due_at <= now)
        query = query.where(PLANNED.c.title_id.not_in(select(MARKS.c.title_id)))
        return [_event(row) for row in self._session.execute(query)]

    def first_after(self, now: datetime) -> Event | None:
        query = self._pending().where(PLANNED.c.due_at > now)
        row = self._session.execute(query.order_by(PLANNED.c.due_at, PLANNED.c.key).limit(1)).first()
        return _event(row) if row is not None else None

    def any_marked(self) -> bool:
        return self._session.execute(select(MARKS.c.title_id).limit(1)).first() is not None

    def forget(self, keys: Sequence[str]) -> None:
        """Claimed events leave the plan (the outbox holds them now)."""
        for start in range(0, len(keys), 500):
            self._session.execute(delete(PLANNED).where(PLANNED.c.key.in_(keys[start : start + 500])))
