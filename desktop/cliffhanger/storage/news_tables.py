"""The tables of the news desk: the feeds the user follows and the items that wait for review."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


class NewsFeedRow(SQLModel, table=True):
    """An RSS or Atom feed, what its server said last (for conditional requests), how many items to read."""

    __tablename__ = "news_feed"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    name: str = ""
    item_limit: int = 30
    etag: str = ""
    last_modified: str = ""
    checked_at: datetime | None = None
    last_error: str = ""


class NewsItemRow(SQLModel, table=True):
    """A feed item that names a title on the watchlist: waiting, applied or dismissed."""

    __tablename__ = "news_item"
    __table_args__ = (UniqueConstraint("feed_id", "guid", name="uq_news_item_guid"),)
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(
        sa_column=Column(Integer, ForeignKey("news_feed.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    guid: str
    link: str = ""
    headline: str = ""
    text: str = ""
    published: date | None = None
    title_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("title.id", ondelete="SET NULL"), nullable=True)
    )
    state: str = "waiting"  # waiting, applied or dismissed
    found_at: datetime
