"""News feeds from a terminal: follow RSS or Atom feeds, check them, and review the news they brought."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import Context, UserError, print_json

if TYPE_CHECKING:
    from cliffhanger.storage.news_store import NewsStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feeds = subparsers.add_parser(
        "feeds", help="follow news feeds; their news about your titles waits for review"
    )
    commands = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="follow an RSS or Atom feed")
    add.add_argument("url")
    add.add_argument("--limit", type=int, default=30, help="read at most this many newest items (default 30)")
    add.set_defaults(handler=add_feed)
    listing = commands.add_parser("list", help="the feeds followed")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_feeds)
    remove = commands.add_parser("remove", help="stop following a feed (by number or address)")
    remove.add_argument("feed")
    remove.set_defaults(handler=remove_feed)
    check = commands.add_parser("check", help="ask every feed now")
    check.set_defaults(handler=check_feeds)
    inbox = commands.add_parser("inbox", help="news waiting for review")
    inbox.add_argument("--json", action="store_true")
    inbox.set_defaults(handler=show_inbox)
    review = commands.add_parser("review", help="the facts one news item proposes; --apply records them")
    review.add_argument("item", type=int)
    action = review.add_mutually_exclusive_group()
    action.add_argument("--apply", action="store_true", help="record the proposals on the watchlist")
    action.add_argument(
        "--dismiss", action="store_true", help="set the item aside without recording anything"
    )
    review.add_argument("--json", action="store_true")
    review.set_defaults(handler=review_item)


def _store(ctx: Context) -> NewsStore:
    from cliffhanger.storage.news_store import NewsStore

    return NewsStore(ctx.watchlist.db)


def _feed_errors() -> tuple[type[Exception], ...]:
    from cliffhanger.storage.news_store import FeedError

    return (FeedError,)


def add_feed(args: argparse.Namespace, ctx: Context) -> int:
    url = args.url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise UserError(f"{url!r} is not a web address; feeds start with http:// or https://")
    if not 1 <= args.limit <= 500:
        raise UserError("--limit must be between 1 and 500")
    try:
        feed = _store(ctx).add_feed(url, limit=args.limit)
    except _feed_errors() as error:
        raise UserError(str(error)) from None
    print(f"Following feed {feed.id}: {feed.url} (the newest {feed.item_limit} items are read).")
    return 0


def list_feeds(args: argparse.Namespace, ctx: Context) -> int:
    feeds = _store(ctx).feeds()
    if args.json:
        print_json(
            [{**vars(f), "checked_at": f.checked_at.isoformat() if f.checked_at else None} for f in feeds]
        )
        return 0
    if not feeds:
        print("No feeds followed. Add one with: cliffhanger feeds add URL")
    for f in feeds:
        checked = f.checked_at.strftime("%Y-%m-%d %H:%M") if f.checked_at else "never checked"
        problem = f" — {f.last_error}" if f.last_error else ""
        print(f"{f.id:>3}  {f.name or f.url}  ({checked}, newest {f.item_limit}){problem}")
    return 0


def remove_feed(args: argparse.Namespace, ctx: Context) -> int:
    store = _store(ctx)
    try:
        feed = store.find_feed(args.feed)
        store.remove_feed(feed.id)
    except _feed_errors() as error:
        raise UserError(str(error)) from None
    print(f"No longer following {feed.name or feed.url}.")
    return 0


def check_feeds(args: argparse.Namespace, ctx: Context) -> int:
    from cliffhanger.sync.feeds import check_all
    from cliffhanger.sync.news import watchlist_names

    results = check_all(_store(ctx), watchlist_names(ctx.watchlist))
    for r in results:
        what = r.error or ("unchanged" if r.unchanged else f"{len(r.new)} new item(s) about your titles")
        print(f"{r.feed.name or r.feed.url}: {what}")
    return 1 if results and all(r.error for r in results) else 0


def show_inbox(args: argparse.Namespace, ctx: Context) -> int:
    items = _store(ctx).items("waiting")
    if args.json:
        print_json(
            [{**vars(i), "published": i.published.isoformat() if i.published else None} for i in items]
        )
        return 0
    if not items:
        print("No news waiting.")
    for i in items:
        day = i.published.isoformat() if i.published else "undated"
        print(f"{i.id:>4}  {day}  {i.headline}")
    return 0


def review_item(args: argparse.Namespace, ctx: Context) -> int:
    from datetime import date

    from cliffhanger.news import extract
    from cliffhanger.sync.news import apply, watchlist_names

    from .news import describe

    store = _store(ctx)
    try:
        item = store.item(args.item)
    except _feed_errors() as error:
        raise UserError(str(error)) from None
    if args.dismiss:
        store.mark(item.id or 0, "dismissed")
        print(f"Set aside: {item.headline}")
        return 0
    feed = next((f for f in store.feeds() if f.id == item.feed_id), None)
    source = feed.name if feed and feed.name else ""
    found = extract(
        item.text,
        published=item.published or date.today(),
        source=source,
        watchlist=watchlist_names(ctx.watchlist),
    )
    if args.json and not args.apply:
        print_json(found.as_dict())
        return 0
    print(describe(found) if found.title else f"{item.headline}\n  no facts found")
    if args.apply:
        if found.title is None:
            raise UserError("the item names no title to record facts on")
        applied = apply(ctx.watchlist, found)
        store.mark(item.id or 0, "applied")
        print(f"Recorded {applied.total} facts on {applied.title.name}.")
    return 0
