"""The tables of reminders: rules, per-title alert settings, snoozes and the delivery outbox."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def _title_fk() -> Column[int]:
    return Column(Integer, ForeignKey("title.id", ondelete="CASCADE"), nullable=False, index=True)


class ReminderRuleRow(SQLModel, table=True):
    """A reminder at a set local time (`at_local` in `zone`) or relative to the release estimate."""

    __tablename__ = "reminder_rule"
    id: int | None = Field(default=None, primary_key=True)
    title_id: int = Field(sa_column=_title_fk())
    season_number: int | None = None
    kind: str
    zone: str
    at_local: str | None = None  # naive local ISO date-time, "2026-12-01T09:00", meant in `zone`
    days_before: int | None = None
    on_day: bool = False
    at_time: time = time(9, 0)
    fire_on_window_start: bool = False
    note: str = ""
    created_at: datetime


class AlertSettingRow(SQLModel, table=True):
    """A title's status alerts when the user changed them (otherwise the watch state decides)."""

    __tablename__ = "reminder_alert"
    title_id: int = Field(
        sa_column=Column(Integer, ForeignKey("title.id", ondelete="CASCADE"), primary_key=True)
    )
    enabled: bool
    kinds: str = "status,claim,date,season,premiere,episode-date"
    baseline_at: datetime


class SnoozeRow(SQLModel, table=True):
    """A delivered event to be shown again later."""

    __tablename__ = "reminder_snooze"
    __table_args__ = (UniqueConstraint("event_key", "until", name="uq_snooze_key_until"),)
    id: int | None = Field(default=None, primary_key=True)
    event_key: str
    until: datetime
    title_id: int = Field(sa_column=_title_fk())
    season_number: int | None = None
    summary: str
    body: str
    created_at: datetime


class OutboxRow(SQLModel, table=True):
    """One event claimed for delivery; its key is unique, so no two processes ever deliver it both.

    state: "claimed" (being sent), "sent" (delivered_at and channel set) or "failed".
    """

    __tablename__ = "reminder_outbox"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    title_id: int = Field(index=True)  # no foreign key: delivered history outlives the title
    season_number: int | None = None
    kind: str
    summary: str
    body: str
    due_at: datetime
    claimed_at: datetime
    attempts: int = 1
    state: str = Field(default="claimed", index=True)
    delivered_at: datetime | None = None
    channel: str = ""
    digest: str = ""  # shared by the events sent together as one "While you were away" notification
    notification_id: int | None = None  # the server's id once shown: a re-send after a crash replaces it
    read_at: datetime | None = None  # the inbox: None while the delivered alert is unread
