"""`cliffhanger doubt TITLE [--season N] WINDOW [--reason TEXT] [--debunked] [--undo]`: the user's judgement
of a release claim. A doubtful claim ranks below every claim not doubted; a debunked one stays in the
history and never counts; --undo makes it open again."""

from __future__ import annotations

import argparse

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.windows import ReleaseWindow, parse_window
from cliffhanger.storage.watchlist import resolve_season

from .common import Context, UserError, season_number
from .seasons import existing_season


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doubt = subparsers.add_parser("doubt", help="mark a release claim doubtful or debunked (or open again)")
    doubt.add_argument("title")
    doubt.add_argument("window", help="the claim's window as recorded: December 2026, 2027-01-15, ...")
    doubt.add_argument("--season", type=season_number)
    doubt.add_argument("--reason", default="", help="why (kept with the claim)")
    doubt.add_argument("--debunked", action="store_true", help="it is wrong: keep it, never count it")
    doubt.add_argument("--undo", action="store_true", help="take the judgement back")
    doubt.set_defaults(handler=judge_claim)


def _heading(name: str, number: int | None) -> str:
    return name if number is None else f"{name}, season {number}"


def _matching(title: Title, season: Season | None, number: int | None, window: ReleaseWindow) -> list[int]:
    claims = season.claims if season else ()
    ids = [c.id for c in claims if c.window == window and c.id is not None]
    if not ids:
        known = "; ".join(sorted({c.window.text for c in claims})) or "none"
        raise UserError(f"{_heading(title.name, number)} has no claim of {window.text} (its claims: {known})")
    return ids


def judge_claim(args: argparse.Namespace, ctx: Context) -> int:
    if args.undo and args.debunked:
        raise UserError("give --debunked or --undo, not both")
    window = parse_window(args.window)
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    number = resolve_season(title, existing_season(title, args.season))
    ids = _matching(title, title.season(number), number, window)
    standing = Standing.OPEN if args.undo else Standing.DEBUNKED if args.debunked else Standing.DOUBTFUL
    reason = "" if args.undo else args.reason.strip()
    updated = ctx.watchlist.judge_claims(title.id, ids, standing, reason)
    season = updated.season(number)
    best = season.expected if season else None
    after = f"best estimate now {best.window.text} ({best.confidence.value})" if best else "no estimate left"
    print(f"{_heading(title.name, number)}: {window.text} is {standing.value}; {after}.")
    return 0
