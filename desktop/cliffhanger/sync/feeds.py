"""Following news feeds: each followed RSS or Atom feed is asked with a conditional GET (ETag, Last-Modified);
its newest items, up to the feed's limit, that name a title on the watchlist wait as news to review. Nothing
is recorded on the watchlist unasked.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser
import httpx

from cliffhanger import __version__
from cliffhanger.domain.matching import Named
from cliffhanger.news.text import plain_text
from cliffhanger.news.titles import name_positions, named_in
from cliffhanger.storage.news_store import Feed, FeedItem, NewsStore

log = logging.getLogger(__name__)
MAX_BYTES = 5_000_000
TIMEOUT = httpx.Timeout(20.0, connect=10.0)


@dataclass(frozen=True)
class CheckResult:
    """What one feed gave: new items naming a watchlist title, whether it was unchanged, and any error."""

    feed: Feed
    new: tuple[FeedItem, ...] = ()
    unchanged: bool = False
    error: str = ""


def _headers(feed: Feed) -> dict[str, str]:
    headers = {"User-Agent": f"Cliffhanger/{__version__} (news desk)", "Accept": "application/rss+xml, */*"}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers


def _download(client: httpx.Client, feed: Feed) -> tuple[httpx.Headers, bytes] | None:
    """The feed's headers and body (at most MAX_BYTES); None when it has not changed since the last check."""
    with client.stream("GET", feed.url, headers=_headers(feed)) as response:
        if response.status_code == 304:
            return None
        response.raise_for_status()
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MAX_BYTES:
                raise ValueError(f"the feed is larger than {MAX_BYTES // 1_000_000} MB")
        return response.headers, bytes(body)


def _entry_day(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _entry_text(entry: Any) -> str:
    parts = [entry.get("title", "")]
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    parts.append(plain_text(body) if "<" in body else body)
    return "\n".join(p.strip() for p in parts if p and p.strip())


def items_naming(parsed: Any, titles: list[Named], limit: int) -> list[FeedItem]:
    """The newest `limit` entries of a parsed feed that name one of `titles` (as a title is written)."""
    found = []
    for entry in list(parsed.entries)[: max(0, limit)]:
        text = _entry_text(entry)
        named = [
            t
            for t in named_in(titles, text)
            if any(name_positions(t.name, line) for line in text.split("\n"))
        ]
        if not named:
            continue
        best = max(named, key=lambda t: len(t.name))
        guid = entry.get("id") or entry.get("link") or re.sub(r"\s+", " ", entry.get("title", ""))[:200]
        headline = entry.get("title", "").strip()
        found.append(FeedItem(guid, headline, text, entry.get("link", ""), _entry_day(entry), best.id))
    return found


def check_feed(store: NewsStore, feed: Feed, titles: list[Named], client: httpx.Client) -> CheckResult:
    """Ask one feed and keep its new items that name a watchlist title; a failure is noted, never raised."""
    try:
        answer = _download(client, feed)
    except (httpx.HTTPError, ValueError) as error:
        text = f"{type(error).__name__}: {error}" if not str(error).startswith("the feed") else str(error)
        store.checked(feed.id, error=text)
        log.info("feed %s: %s", feed.url, text)
        return CheckResult(feed, error=text)
    if answer is None:
        store.checked(feed.id)
        return CheckResult(feed, unchanged=True)
    headers, body = answer
    parsed = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.entries:
        store.checked(feed.id, error="not an RSS or Atom feed")
        return CheckResult(feed, error="not an RSS or Atom feed")
    name = parsed.feed.get("title", "").strip()
    etag, modified = headers.get("ETag", ""), headers.get("Last-Modified", "")
    new = store.add_items(feed.id, items_naming(parsed, titles, feed.item_limit))
    store.checked(feed.id, name=name, etag=etag, last_modified=modified)
    return CheckResult(feed, tuple(new))


def check_all(
    store: NewsStore, titles: list[Named], *, client: httpx.Client | None = None
) -> list[CheckResult]:
    """Check every followed feed once."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=5)
    try:
        return [check_feed(store, feed, titles, client) for feed in store.feeds()]
    finally:
        if own:
            client.close()
