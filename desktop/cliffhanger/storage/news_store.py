"""The news desk's feeds and waiting items, behind whole operations (one transaction each) giving values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select

from .engine import Database
from .news_tables import NewsFeedRow, NewsItemRow
from .repository import now


class FeedError(ValueError):
    """A feed that is not there, or one that is already followed."""


@dataclass(frozen=True)
class Feed:
    """A followed feed and what its server said when it was last asked."""

    id: int
    url: str
    name: str
    item_limit: int
    etag: str
    last_modified: str
    checked_at: datetime | None
    last_error: str


@dataclass(frozen=True)
class FeedItem:
    """One item a feed gave: a news story naming a watchlist title."""

    guid: str
    headline: str
    text: str
    link: str = ""
    published: date | None = None
    title_id: int | None = None
    id: int | None = None
    feed_id: int | None = None
    state: str = "waiting"


def _feed(row: NewsFeedRow) -> Feed:
    assert row.id is not None
    return Feed(
        row.id, row.url, row.name, row.item_limit, row.etag, row.last_modified, row.checked_at, row.last_error
    )


def _item(row: NewsItemRow) -> FeedItem:
    return FeedItem(
        row.guid,
        row.headline,
        row.text,
        row.link,
        row.published,
        row.title_id,
        row.id,
        row.feed_id,
        row.state,
    )


class NewsStore:
    """Feeds to follow and the items they brought, in the watchlist's database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_feed(self, url: str, *, limit: int = 30) -> Feed:
        with self.db.immediate() as session:
            if session.exec(select(NewsFeedRow).where(NewsFeedRow.url == url)).first():
                raise FeedError(f"{url} is already followed")
            row = NewsFeedRow(url=url, item_limit=limit)
            session.add(row)
            session.flush()
            return _feed(row)

    def feeds(self) -> list[Feed]:
        with self.db.transaction() as session:
            return [_feed(r) for r in session.exec(select(NewsFeedRow).order_by(col(NewsFeedRow.id)))]

    def find_feed(self, key: str) -> Feed:
        """The feed with this id or address."""
        for feed in self.feeds():
            if key in (str(feed.id), feed.url):
                return feed
        raise FeedError(f"no followed feed is {key!r}; see cliffhanger feeds list")

    def remove_feed(self, feed_id: int) -> None:
        with self.db.immediate() as session:
            row = session.get(NewsFeedRow, feed_id)
            if row is None:
                raise FeedError(f"no feed {feed_id}")
            for item in session.exec(select(NewsItemRow).where(NewsItemRow.feed_id == feed_id)):
                session.delete(item)
            session.delete(row)

    def checked(
        self, feed_id: int, *, name: str = "", etag: str = "", last_modified: str = "", error: str = ""
    ) -> None:
        """Note a check: the validators for the next conditional request (kept when the server sent none)."""
        with self.db.immediate() as session:
            row = session.get(NewsFeedRow, feed_id)
            if row is None:
                return
            row.checked_at, row.last_error = now(), error[:500]
            row.name = name or row.name
            row.etag = etag or row.etag
            row.last_modified = last_modified or row.last_modified
            session.add(row)

    def add_items(self, feed_id: int, items: Sequence[FeedItem]) -> list[FeedItem]:
        """Keep the items not seen before (by feed and guid); returns those."""
        added = []
        with self.db.immediate() as session:
            known = set(session.exec(select(NewsItemRow.guid).where(NewsItemRow.feed_id == feed_id)))
            for item in items:
                if item.guid in known:
                    continue
                known.add(item.guid)
                row = NewsItemRow(
                    feed_id=feed_id, guid=item.guid, link=item.link, headline=item.headline[:500],
                    text=item.text[:200_000], published=item.published, title_id=item.title_id,
                    found_at=now(),
                )  # fmt: skip
                session.add(row)
                session.flush()
                added.append(_item(row))
        return added

    def items(self, state: str | None = "waiting") -> list[FeedItem]:
        with self.db.transaction() as session:
            query = select(NewsItemRow).order_by(col(NewsItemRow.id))
            if state is not None:
                query = query.where(NewsItemRow.state == state)
            return [_item(r) for r in session.exec(query)]

    def item(self, item_id: int) -> FeedItem:
        with self.db.transaction() as session:
            row = session.get(NewsItemRow, item_id)
            if row is None:
                raise FeedError(f"no news item {item_id}; see cliffhanger feeds inbox")
            return _item(row)

    def mark(self, item_id: int, state: str) -> None:
        with self.db.immediate() as session:
            row = session.get(NewsItemRow, item_id)
            if row is not None:
                row.state = state
                session.add(row)
