"""Tables of the calendar: each title's stable key, the event ledger, and the CalDAV account (no password)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class TitleKeyRow(SQLModel, table=True):
    """The key a title's calendar UIDs are made from, fixed the first time it is needed."""

    __tablename__ = "title_key"
    title_id: int = Field(
        sa_column=Column(Integer, ForeignKey("title.id", ondelete="CASCADE"), primary_key=True)
    )
    key: str = Field(unique=True)


class CalendarEventRow(SQLModel, table=True):
    """One event UID: the content last built, its SEQUENCE, and what the CalDAV server holds."""

    __tablename__ = "calendar_event"
    uid: str = Field(primary_key=True)
    digest: str
    sequence: int = 0
    modified_at: datetime
    wanted: bool = True
    href: str | None = None
    etag: str | None = None
    synced_digest: str = ""


class CalendarAccountRow(SQLModel, table=True):
    """The one CalDAV account (id 1): server, user name, chosen calendar and how the last sync went."""

    __tablename__ = "calendar_account"
    id: int = Field(default=1, primary_key=True)
    server_url: str = ""
    username: str = ""
    calendar_url: str = ""
    calendar_name: str = ""
    synced_at: datetime | None = None
    attempted_at: datetime | None = None
    last_error: str = ""
