"""The news desk from a terminal: read an article, print the facts it proposes, record them with --apply."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cliffhanger.domain.dates import DayError, parse_day
from cliffhanger.news import Extraction, extract
from cliffhanger.news.text import page_details

from . import text
from .common import Context, UserError, print_json

if TYPE_CHECKING:
    from cliffhanger.sync.news import Applied

MAX_BYTES = 5_000_000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    news = subparsers.add_parser(
        "news", help="read a news article and propose (or record) the facts it states"
    )
    news.add_argument(
        "file", metavar="FILE", help="the article as .html or .txt, or - to read standard input"
    )
    news.add_argument("--date", help="when it was published (default: the page's date, else today)")
    news.add_argument("--source", default=None, help="who published it (default: the page's site name)")
    news.add_argument("--title", help="the title it is about, when the article's words don't say")
    news.add_argument("--json", action="store_true", help="print the proposals as JSON")
    news.add_argument("--apply", action="store_true", help="record them on the watchlist (adding the title)")
    news.set_defaults(handler=read_news)


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(name)
        if not path.is_file():
            raise UserError(f"no file {name!r}")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UserError(f"{name} is larger than {MAX_BYTES // 1_000_000} MB; that is not an article")
    if b"\x00" in data[:4096]:
        raise UserError(f"{name} is not text")
    return data.decode("utf-8", errors="replace")


def _published(args: argparse.Namespace, page_date: str, today: date) -> date:
    if args.date:
        try:
            return parse_day(args.date, today=today)
        except DayError as error:
            raise UserError(str(error)) from None
    try:
        return date.fromisoformat(page_date[:10]) if page_date else today
    except ValueError:
        return today


def read_news(args: argparse.Namespace, ctx: Context) -> int:
    article = _read(args.file)
    page_date, site = page_details(article)
    published = _published(args, page_date, ctx.today)
    source = (args.source if args.source is not None else site).strip()
    names = []
    if args.apply or args.title is None:
        from cliffhanger.sync.news import watchlist_names

        names = watchlist_names(ctx.watchlist)
    found = extract(article, published=published, source=source, watchlist=names, title=args.title)
    if found.title is None or not found.title.name:
        raise UserError("the article names no title; give one with --title")
    if args.apply:
        return _apply(found, ctx, as_json=args.json)
    print_json(found.as_dict()) if args.json else print(describe(found))
    return 0


def _apply(found: Extraction, ctx: Context, *, as_json: bool) -> int:
    from cliffhanger.sync.news import apply

    applied = apply(ctx.watchlist, found)
    if as_json:
        print_json({**found.as_dict(), "applied": _counts(applied)})
        return 0
    print(describe(found))
    added = "added to the watchlist; " if applied.added_title else ""
    print(f"\nRecorded on {text.heading(applied.title)}: {added}{_summary(applied)}.")
    return 0


def _counts(applied: Applied) -> dict[str, object]:
    keys = ("added_title", "network", "statuses", "claims", "cast", "skipped")
    return {key: getattr(applied, key) for key in keys}


def _summary(applied: Applied) -> str:
    words = {
        "statuses": ("status", "statuses"),
        "claims": ("claim", "claims"),
        "cast": ("cast member", "cast"),
    }
    parts = [f"{getattr(applied, k)} {words[k][getattr(applied, k) != 1]}" for k in words]
    skipped = len(applied.skipped)
    return ", ".join(parts) + (f" ({skipped} already known)" if skipped else "")


def describe(found: Extraction) -> str:
    """The proposals as a reader sees them, each with its source."""
    match = found.title
    assert match is not None
    known = "" if match.title_id is not None else " (not on the watchlist)"
    season = f", season {found.season}" if found.season is not None else ""
    lines = [f"{match.name}{season}{known}"]
    if match.candidates and match.title_id is None:
        lines.append("  or perhaps: " + "; ".join(match.candidates))
    if found.network:
        lines.append(f"  network: {found.network}")
    for s in found.statuses:
        lines.append(f"  status  {s.status.label.lower()} since {text.day(s.since)} ({s.confidence.value})")
        lines.append(f"          {s.evidence.source}")
    for c in found.claims:
        doubt = f", {c.standing}: {c.reason}" if c.standing else ""
        lines.append(f"  expect  {c.window.text} ({c.confidence.value}{doubt})")
        lines.append(f"          {c.evidence.source}")
    for a in found.cast:
        lines.append(f"  cast    {a.actor}" + (f" as {a.character}" if a.character else ""))
    if len(lines) == 1 + bool(found.network):
        lines.append("  no facts found")
    return "\n".join(lines)
