"""Seasons by name: `cliffhanger season TITLE N` adds one, `--remove` takes one added by mistake away (with
its statuses, claims, episodes and reminders; a title keeps at least one season, and removing cannot be
undone, like `correct`); `--season N` elsewhere must name one that exists.

A mistyped `--season 9` on a series with two seasons used to create season 9 silently and make it the
title's focus; now it is refused (exit 2) with the seasons there are and the command that adds one.
"""

from __future__ import annotations

import argparse
import shlex
from typing import TYPE_CHECKING

from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Kind

from . import text
from .common import Context, UserError, season_number

if TYPE_CHECKING:
    from cliffhanger.storage.season_removal import SeasonRemoval


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    season = subparsers.add_parser("season", help="add a season to a series, or remove one (--remove)")
    season.add_argument("title")
    season.add_argument("number", type=season_number)
    season.add_argument(
        "--remove", action="store_true", help="remove this season and everything recorded for it"
    )
    season.set_defaults(handler=add_season)


def existing_season(title: Title, number: int | None) -> int | None:
    """`number` when the title has that season (None stays None); otherwise a UserError that says which
    seasons there are and how to add one."""
    if number is None:
        return None
    if title.kind is Kind.FILM:
        raise UserError(f"{title.name} is a film; it has no seasons (leave out --season)")
    numbers = sorted(s.number for s in title.seasons if s.number is not None)
    if number in numbers:
        return number
    have = ", ".join(str(n) for n in numbers) or "none yet"
    raise UserError(
        f"{title.name} has no season {number} (its seasons: {have}); "
        f"to add it: cliffhanger season {shlex.quote(title.name)} {number}"
    )


def add_season(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    if title.kind is Kind.FILM:
        raise UserError(f"{title.name} is a film; it has no seasons")
    if args.remove:
        return _remove(title, args.number, ctx)
    if title.season(args.number) is not None:
        print(f"{title.name} already has season {args.number}.")
        return 0
    updated = ctx.watchlist.add_season(title.id, args.number)
    print(f"{text.heading(updated)}: season {args.number} added.")
    return 0


def _remove(title: Title, number: int, ctx: Context) -> int:
    assert title.id is not None
    existing_season(title, number)
    if len(title.seasons) == 1:
        raise UserError(
            f"season {number} is the only season of {title.name}; a series keeps one "
            f"(add the right one first, or take the title off: cliffhanger remove {shlex.quote(title.name)})"
        )
    updated, removal = ctx.watchlist.remove_season(title.id, number)
    gone = _counted(removal)
    print(f"{text.heading(updated)}: season {number} removed{', with ' + gone if gone else ''}.")
    return 0


def _counted(removal: SeasonRemoval) -> str:
    words = [
        (removal.statuses, "status change"), (removal.claims, "claim"), (removal.episodes, "episode"),
        (removal.reminders, "reminder"), (removal.credits, "credit"), (removal.snoozes, "snoozed alert"),
    ]  # fmt: skip
    return ", ".join(f"{n} {word}{'s' if n != 1 else ''}" for n, word in words if n)
