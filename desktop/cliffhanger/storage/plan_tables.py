"""The tables of incremental planning: the events planned per title, and which titles need planning again.

`reminder_planned` holds every event planned and not yet claimed, so a delivery pass reads only what is due
(an index on the due time) instead of planning every title. `reminder_plan_mark` is written by triggers in
the same transaction as every write that can change a title's events (see `plan_store.TRIGGERED`), whatever
process made it; a mark's `stamp` tells the planner whether the title changed again while it was planned.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class PlannedEventRow(SQLModel, table=True):
    """One event planned from a title and not yet claimed (the domain's `Event`)."""

    __tablename__ = "reminder_planned"
    key: str = Field(primary_key=True)
    title_id: int = Field(index=True)  # no foreign key: the planner removes a removed title's events
    season_number: int | None = None
    kind: str
    value: str
    due_at: datetime = Field(index=True)
    summary: str
    body: str
    why: str = ""


class PlanMarkRow(SQLModel, table=True):
    """A title whose planned events may be out of date; `stamp` grows with every write that marks it."""

    __tablename__ = "reminder_plan_mark"
    title_id: int = Field(primary_key=True)
    stamp: int = Field(index=True)


class PlanMetaRow(SQLModel, table=True):
    """What the planned events were planned with (the preferences that shape events)."""

    __tablename__ = "reminder_plan_meta"
    name: str = Field(primary_key=True)
    value: str
