"""Episode commands: `watched` (mark or unmark episodes) and `episodes` (a season's list with dates)."""

from __future__ import annotations

import argparse

from cliffhanger.domain.episodes import Episode, progress, release_pattern
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.watching import EpisodeChoiceError, chosen_episodes, keys

from . import text
from .common import Context, UserError, counting_number, season_number

episode_number = counting_number("episode")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    watched = subparsers.add_parser(
        "watched", help="mark episodes watched: one, up to one, a season or the whole show"
    )
    watched.add_argument("title")
    watched.add_argument("--season", type=season_number, help="only this season")
    watched.add_argument("--episode", type=episode_number, help="only this episode (needs --season)")
    watched.add_argument("--up-to", action="store_true", help="this episode and every one before it")
    watched.add_argument("--undo", action="store_true", help="mark them not watched")
    watched.set_defaults(handler=mark_watched)
    listing = subparsers.add_parser("episodes", help="a title's episodes with air dates and watched marks")
    listing.add_argument("title")
    listing.add_argument("--season", type=season_number, help="only this season")
    listing.set_defaults(handler=list_episodes)


def mark_watched(args: argparse.Namespace, ctx: Context) -> int:
    if args.up_to and args.episode is None:
        raise UserError("--up-to needs --season and --episode")
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    try:
        chosen = chosen_episodes(title, season=args.season, episode=args.episode, up_to=args.up_to)
    except EpisodeChoiceError as error:
        raise UserError(str(error)) from None
    updated = ctx.watchlist.mark_watched(title.id, keys(chosen), watched=not args.undo)
    verb = "not watched" if args.undo else "watched"
    print(f"{updated.name}: {_what(chosen)} marked {verb}{_standing(updated)}.")
    return 0


def _what(chosen: list[Episode]) -> str:
    if len(chosen) == 1:
        return chosen[0].code
    return f"{len(chosen)} episodes ({chosen[0].code}-{chosen[-1].code})"


def _standing(title: Title) -> str:
    done = progress(title.episodes)
    return f"; {done.text}, watch state {title.watch.value}" if done else ""


def list_episodes(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    seasons = [s for s in title.seasons if s.episodes and args.season in (None, s.number)]
    if args.season is not None and not seasons:
        raise UserError(f"{title.name} has no season {args.season} with episodes")
    if not seasons:
        print(f"No episodes of {title.name} are known yet; follow it from a catalogue to list them.")
        return 0
    for season in seasons:
        print("\n".join(season_lines(season)))
    return 0


def season_lines(season: Season) -> list[str]:
    ordered = sorted(season.episodes, key=lambda e: e.number)
    pattern = release_pattern(ordered)
    seen = sum(e.watched for e in ordered)
    how = f", {pattern.label}" if pattern else ""
    lines = [f"{season.label}: {len(ordered)} episodes{how}, {seen} watched"]
    for episode in ordered:
        mark = "x" if episode.watched else " "
        when = text.day(episode.airdate) if episode.airdate else "no date yet"
        if episode.airstamp is not None:
            when += f" {episode.airstamp.astimezone():%H:%M %Z}"  # in the computer's own zone
        lines.append(f"  [{mark}] {episode.code}  {when:<26} {episode.title}".rstrip())
    return lines
