"""The SQLModel tables of the watchlist. Only storage/ sees these; everything else sees domain values."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, UniqueConstraint, inspect
from sqlmodel import Field, SQLModel


def table_of(model: type[SQLModel]) -> Table:
    """The table behind a table model (SQLModel sets `__table__` at run time, so checkers cannot see it)."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


def _parent(table: str) -> Column[int]:
    return Column(Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=False, index=True)


class TitleBase(SQLModel):
    """The facts of a title a user can type in."""

    name: str
    kind: str = "series"
    original_name: str = ""
    year: int | None = None
    network: str = ""
    overview: str = ""
    watch: str = "plan"
    notes: str = ""


class TitleRow(TitleBase, table=True):
    """A series or film on the watchlist; `removed_at` marks one deleted but still undoable."""

    __tablename__ = "title"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    updated_at: datetime
    removed_at: datetime | None = Field(default=None, index=True)
    watch_pinned: bool = False  # the user set the watch state, so watched marks do not move it


class TitleRefRow(SQLModel, table=True):
    """A title's reference at one catalogue or id scheme: ("tvmaze", "82"), ("tmdb", "tv:1399")."""

    __tablename__ = "title_ref"
    __table_args__ = (Index("ix_title_ref_provider_ref", "provider", "ref"),)
    title_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("title.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    provider: str = Field(primary_key=True)
    ref: str


class SeasonRow(SQLModel, table=True):
    """A season, or (number NULL) the film itself."""

    __tablename__ = "season"
    __table_args__ = (UniqueConstraint("title_id", "number", name="uq_season_title_number"),)
    id: int | None = Field(default=None, primary_key=True)
    title_id: int = Field(sa_column=_parent("title"))
    number: int | None = None


class StatusChangeRow(SQLModel, table=True):
    """One entry of a season's status history."""

    __tablename__ = "status_change"
    id: int | None = Field(default=None, primary_key=True)
    season_id: int = Field(sa_column=_parent("season"))
    status: str
    since: date
    source: str = ""
    confidence: str = "official"
    recorded_at: datetime
    origin: str = Field(default="typed", sa_column_kwargs={"server_default": "legacy"})


class ReleaseClaimRow(SQLModel, table=True):
    """A statement of when a season comes out."""

    __tablename__ = "release_claim"
    id: int | None = Field(default=None, primary_key=True)
    season_id: int = Field(sa_column=_parent("season"))
    earliest: date
    latest: date
    precision: str
    confidence: str
    source: str = ""
    noted_at: datetime
    origin: str = Field(default="typed", sa_column_kwargs={"server_default": "legacy"})
    standing: str = Field(default="open", sa_column_kwargs={"server_default": "open"})
    reason: str = Field(default="", sa_column_kwargs={"server_default": ""})


class PersonRow(SQLModel, table=True):
    """An actor."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_name", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str


class CreditRow(SQLModel, table=True):
    """A person playing a character in a title, for all seasons (NULL) or one."""

    __tablename__ = "credit"
    id: int | None = Field(default=None, primary_key=True)
    title_id: int = Field(sa_column=_parent("title"))
    person_id: int = Field(sa_column=_parent("person"))
    character: str = ""
    billing_order: int = 0
    season_number: int | None = None
