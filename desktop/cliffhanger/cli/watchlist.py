"""Watchlist commands: add, edit, status, expect, cast, list, show, remove."""

from __future__ import annotations

import argparse
import dataclasses

from cliffhanger.domain.credits import parse_credit
from cliffhanger.domain.dates import check_not_future, parse_day
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.views import episode_facts_view, summary_view, title_view
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window

from . import catalogue, text
from .common import Context, UserError, parse_enum, print_json, season_number, year_number
from .seasons import existing_season


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_parser(subparsers)
    _edit_parser(subparsers)
    _status_parser(subparsers)
    _expect_parser(subparsers)
    _cast_parser(subparsers)
    listing = subparsers.add_parser("list", help="the watchlist, a line per title")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_titles)
    show = subparsers.add_parser("show", help="everything known about one title")
    show.add_argument("title")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_title)
    remove = subparsers.add_parser("remove", help="take a title off the watchlist")
    remove.add_argument("title")
    remove.set_defaults(handler=remove_title)


def _add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = subparsers.add_parser("add", help="add a series or film, by hand or from a catalogue")
    add.add_argument("title", nargs="?", help="the name (leave out with a catalogue option)")
    add.add_argument("--film", action="store_true", help="a film rather than a series")
    add.add_argument("--year", type=year_number)
    add.add_argument("--season", type=season_number, help="the season you are waiting for")
    add.add_argument("--network", default="", help="network or streaming service")
    add.add_argument("--watch", default="plan", help="plan, watching, waiting, completed or dropped")
    add.add_argument("--cast", action="append", default=[], metavar='"ACTOR as CHARACTER"')
    catalogue.add_ref_options(add)
    add.set_defaults(handler=add_title)


def _edit_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    edit = subparsers.add_parser("edit", help="change a title's name, year, network, watch state or notes")
    edit.add_argument("title")
    edit.add_argument("--name")
    edit.add_argument("--original-name")
    edit.add_argument("--year", type=year_number)
    edit.add_argument("--network")
    edit.add_argument("--watch")
    edit.add_argument("--notes")
    edit.set_defaults(handler=edit_title)


def _status_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = subparsers.add_parser("status", help="record a production or release status")
    status.add_argument("title")
    status.add_argument("status", help=", ".join(s.value for s in Status))
    status.add_argument("--season", type=season_number)
    status.add_argument("--since", default="today", help="the day it took effect (default today)")
    status.add_argument("--source", default="", help="who says so")
    status.add_argument("--confidence", default="official", help=", ".join(c.value for c in Confidence))
    _announce_option(status)
    status.set_defaults(handler=record_status)


def _expect_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    expect = subparsers.add_parser("expect", help="record a claim of when a season or film comes out")
    expect.add_argument("title")
    expect.add_argument(
        "window", help='a date or window: "2027-01-15", "December 2026", "Q1 2027", "early 2027"'
    )
    expect.add_argument("--season", type=season_number)
    expect.add_argument("--confidence", default="reported", help=", ".join(c.value for c in Confidence))
    expect.add_argument("--source", default="", help="who says so")
    _announce_option(expect)
    expect.set_defaults(handler=record_claim)


def _announce_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--announce",
        action="store_true",
        help="treat it as news: the app notifies as it would for a catalogue refresh (by default what "
        "you type is not echoed back)",
    )


def _origin(args: argparse.Namespace) -> Origin:
    return Origin.ANNOUNCED if getattr(args, "announce", False) else Origin.TYPED


def _cast_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cast = subparsers.add_parser("cast", help="add cast members")
    cast.add_argument("title")
    cast.add_argument("credits", nargs="+", metavar='"ACTOR as CHARACTER"')
    cast.add_argument("--season", type=season_number, help="credit for one season only")
    cast.set_defaults(handler=add_cast)


def add_title(args: argparse.Namespace, ctx: Context) -> int:
    ref = catalogue.ref_from(args)
    if ref is not None:
        if args.title:
            raise UserError("give either a title or a catalogue entry, not both")
        return catalogue.add_from_catalogue(ref, ctx)
    if args.title is None:
        raise UserError(f"say what to add: a title, or {catalogue.ref_options_text()}")
    kind = Kind.FILM if args.film else Kind.SERIES
    if args.film and args.season is not None:
        raise UserError("a film has no seasons; leave out --season")
    credits = tuple(parse_credit(c, order=i) for i, c in enumerate(args.cast))
    season = Season(number=None if args.film else (args.season or 1))
    title = Title(
        name=args.title.strip(),
        kind=kind,
        year=args.year,
        network=args.network.strip(),
        watch=parse_enum(WatchState, args.watch),
        seasons=(season,),
        cast=credits,
    )
    if not title.name:
        raise UserError("a title needs a name")
    added = ctx.watchlist.add(title)
    print(f"Added {text.heading(added)}.")
    return 0


def edit_title(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    changes = {
        "name": args.name,
        "original_name": args.original_name,
        "year": args.year,
        "network": args.network,
        "watch": parse_enum(WatchState, args.watch),
        "notes": args.notes,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise UserError(
            "nothing to change; give --name, --year, --network, --watch, --notes or --original-name"
        )
    assert title.id is not None
    updated = ctx.watchlist.update(title.id, dataclasses.replace(title, **changes))
    print(f"Updated {text.heading(updated)}.")
    return 0


def record_status(args: argparse.Namespace, ctx: Context) -> int:
    status = parse_enum(Status, args.status)
    since = check_not_future(parse_day(args.since, today=ctx.today), today=ctx.today, what="a status")
    confidence = parse_enum(Confidence, args.confidence)
    change = StatusChange(status, since, args.source.strip(), confidence, origin=_origin(args))
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    updated = ctx.watchlist.record_status(title.id, existing_season(title, args.season), change)
    print(f"{text.heading(updated)}: {status.label.lower()} since {text.day(since)}.")
    return 0


def record_claim(args: argparse.Namespace, ctx: Context) -> int:
    window = parse_window(args.window)
    confidence = parse_enum(Confidence, args.confidence)
    claim = ReleaseClaim(window, confidence, args.source.strip(), origin=_origin(args))
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    updated = ctx.watchlist.add_claim(title.id, existing_season(title, args.season), claim)
    print(f"{text.heading(updated)}: expected {window.text} ({claim.confidence.value}).")
    return 0


def add_cast(args: argparse.Namespace, ctx: Context) -> int:
    credits = [parse_credit(c, order=i, season=args.season) for i, c in enumerate(args.credits)]
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    existing_season(title, args.season)
    offset = len(title.cast)
    credits = [dataclasses.replace(c, order=offset + c.order) for c in credits]
    ctx.watchlist.add_cast(title.id, credits)
    print(f"{title.name}: {len(credits)} cast {'entry' if len(credits) == 1 else 'entries'} added.")
    return 0


def list_titles(args: argparse.Namespace, ctx: Context) -> int:
    titles = ctx.reader.summaries()
    episodes = ctx.reader.episode_facts(ctx.today)
    if args.json:
        print_json([{**summary_view(t, ctx.today), **episode_facts_view(episodes.get(t.id))} for t in titles])
    else:
        print(text.table(titles, ctx.today, episodes))
    return 0


def show_title(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.reader.find(args.title)
    if args.json:
        print_json(title_view(title, ctx.today))
    else:
        print(text.details(title, ctx.today))
    return 0


def remove_title(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    ctx.watchlist.remove(title.id)
    print(f"Removed {title.name} from the watchlist.")
    return 0
