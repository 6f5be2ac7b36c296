"""TV Time's GDPR export.

`user_tv_show_data.csv` lists followed shows by TheTVDB series id (`tv_show_id`), some exports with
`tv_show_name`; without a name a show is added under its TheTVDB id until a catalogue names it.
`seen_episode.csv` and `rewatched_episode.csv` name TheTVDB episodes only, with no show: their rows are
read and reported as skipped.
"""

from __future__ import annotations

from cliffhanger.domain.models import ExternalIds, Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState

from .common import split_year, whole
from .model import Candidate, ParseContext, Parsed
from .text import Row, csv_rows

SHOWS = "tvtime"
EPISODES = "tvtime-episodes"


def placeholder_name(tvdb: int) -> str:
    return f"TheTVDB series {tvdb}"


def matches_shows(header: list[str]) -> bool:
    return "tv_show_id" in header and "nb_episodes_seen" in header


def matches_episodes(header: list[str]) -> bool:
    return "episode_id" in header and "user_id" in header and "created_at" in header


def _watch(row: Row) -> WatchState:
    followed, seen = row.get("is_followed") == "1", whole(row.get("nb_episodes_seen")) or 0
    if not seen:
        return WatchState.PLAN
    return WatchState.WATCHING if followed else WatchState.DROPPED


def parse_shows(text: str, ctx: ParseContext) -> Parsed:
    parsed = Parsed(SHOWS)
    for row in csv_rows(text, parsed):
        tvdb = whole(row.get("tv_show_id"))
        if tvdb is None:
            parsed.bad(row.place, f"tv_show_id {row.get('tv_show_id')!r} is not a TheTVDB id")
            continue
        name, year = split_year(row.get("tv_show_name")) if row.get("tv_show_name") else ("", None)
        title = Title(
            name=name or placeholder_name(tvdb),
            kind=Kind.SERIES,
            year=year,
            ids=ExternalIds(tvdb=tvdb),
            watch=_watch(row),
            seasons=(Season(1),),
        )
        parsed.candidates.append(Candidate(row.place, title))
    return parsed


def parse_episodes(text: str, ctx: ParseContext) -> Parsed:
    parsed = Parsed(EPISODES)
    for row in csv_rows(text, parsed):
        if whole(row.get("episode_id")) is None:
            parsed.bad(row.place, f"episode_id {row.get('episode_id')!r} is not a TheTVDB id")
        else:
            parsed.skip(
                row.place,
                f"TheTVDB episode {row.get('episode_id')}: episodes carry no show; "
                "import user_tv_show_data.csv for the shows",
            )
    return parsed
