"""`cliffhanger correct TITLE [--season N] (--status DAY | --claim WINDOW | --credit ACTOR)`: remove what was
recorded by mistake, as the app's "Correct…" dialog does: a season's status change from a day, its claims of
a window, or an actor's credit. Removing cannot be undone; nothing matching is refused with exit 2."""

from __future__ import annotations

import argparse

from cliffhanger.domain.dates import parse_day
from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import EntryKind
from cliffhanger.domain.windows import parse_window
from cliffhanger.storage.watchlist import resolve_season

from .common import Context, UserError, season_number
from .seasons import existing_season

Found = tuple[EntryKind, list[int], str]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    correct = subparsers.add_parser("correct", help="remove an entry recorded by mistake")
    correct.add_argument("title")
    correct.add_argument("--season", type=season_number)
    what = correct.add_mutually_exclusive_group(required=True)
    what.add_argument("--status", metavar="DAY", help="the status change recorded since this day")
    what.add_argument("--claim", metavar="WINDOW", help="the release claim of this window")
    what.add_argument("--credit", metavar="ACTOR", help="this actor's credit (series-wide or the season's)")
    correct.set_defaults(handler=correct_entries)


def _where(title: Title, number: int | None) -> str:
    return title.name if number is None else f"{title.name}, season {number}"


def _matching(args: argparse.Namespace, ctx: Context, title: Title, number: int | None) -> Found:
    """The kind, ids and words of what the arguments name; a UserError listing what is there if none."""
    season = title.season(number)
    if args.status is not None:
        day = parse_day(args.status, today=ctx.today)
        history = season.history if season else ()
        ids = [c.id for c in history if c.since == day and c.id is not None]
        known = ", ".join(c.since.isoformat() for c in history)
        return _found(EntryKind.STATUS, ids, f"status change since {day.isoformat()}", known)
    if args.claim is not None:
        window = parse_window(args.claim)
        claims = season.claims if season else ()
        ids = [c.id for c in claims if c.window == window and c.id is not None]
        known = "; ".join(sorted({c.window.text for c in claims}))
        return _found(EntryKind.CLAIM, ids, f"claim of {window.text}", known)
    actor = args.credit.strip()
    credits = title.credits_for(number)
    ids = [c.id for c in credits if c.actor.casefold() == actor.casefold() and c.id is not None]
    known = ", ".join(c.actor for c in credits)
    return _found(EntryKind.CREDIT, ids, f"credit of {actor}", known)


def _found(kind: EntryKind, ids: list[int], words: str, known: str) -> Found:
    if not ids:
        raise UserError(f"there is no {words} (there are: {known or 'none'})")
    return kind, ids, words


def correct_entries(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    number = resolve_season(title, existing_season(title, args.season))
    try:
        kind, ids, words = _matching(args, ctx, title, number)
    except UserError as error:
        raise UserError(f"{_where(title, number)}: {error}") from None
    ctx.watchlist.delete_entries(title.id, kind, ids)
    removed = f"{len(ids)} entries" if len(ids) > 1 else "1 entry"
    print(f"{_where(title, number)}: removed the {words} ({removed}).")
    return 0
