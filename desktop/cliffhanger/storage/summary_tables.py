"""The tables of the stored read model: each title's summary line, and which lines are out of date.

`title_summary` holds what the list shows of a title's focus season (see `domain.summary_line`), so start-up
reads one row per title instead of every status change and claim. `title_summary_mark` is written by
triggers in the same transaction as every write that can change a line (see `summary_store`), whatever
process made it; a marked line is made again from the title's rows when read, and stored again by the next
writer that settles the marks.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class TitleSummaryRow(SQLModel, table=True):
    """A title's summary line, less the title's own columns (those are read from `title` itself)."""

    __tablename__ = "title_summary"
    title_id: int = Field(
        sa_column=Column(Integer, ForeignKey("title.id", ondelete="CASCADE"), primary_key=True)
    )
    haystack: str
    key: str
    has_focus: bool
    season: int | None = None
    status: str | None = None
    earliest: str | None = None
    latest: str | None = None
    precision: str | None = None
    confidence: str | None = None
    source: str | None = None
    progress_season: int | None = None
    watched: int | None = None
    total: int | None = None


class SummaryMarkRow(SQLModel, table=True):
    """A title whose stored line may be out of date (no foreign key: a deleted title's mark is settled)."""

    __tablename__ = "title_summary_mark"
    title_id: int = Field(primary_key=True)
