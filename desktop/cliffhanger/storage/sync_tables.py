"""Tables that remember which catalogue entry each title is linked to, and when each catalogue was asked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


class CatalogueLinkRow(SQLModel, table=True):
    """A title's entry at one catalogue, what that catalogue said last, and when it was fetched."""

    __tablename__ = "catalogue_link"
    __table_args__ = (
        UniqueConstraint("title_id", "provider", name="uq_link_title_provider"),
        UniqueConstraint("provider", "ref", name="uq_link_ref"),
    )
    id: int | None = Field(default=None, primary_key=True)
    title_id: int = Field(
        sa_column=Column(Integer, ForeignKey("title.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    provider: str
    ref: str
    status_text: str = ""
    remote_updated: int | None = None
    poster_url: str | None = None
    poster_file: str | None = None
    fetched_at: datetime | None = None
    linked_at: datetime | None = None
    last_error: str = ""


class ProviderStateRow(SQLModel, table=True):
    """When a catalogue's change feed was last read, and how the last refresh went."""

    __tablename__ = "provider_state"
    provider: str = Field(primary_key=True)
    feed_checked_at: datetime | None = None
    refreshed_at: datetime | None = None
    last_error: str = ""
