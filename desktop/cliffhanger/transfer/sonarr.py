"""Sonarr's `/api/v3/series` (and `/series/lookup`) JSON: a list of series with TheTVDB, IMDb and TVmaze ids.

`status` is lowercase ("continuing", "ended", "upcoming"); `firstAired` becomes season 1's release,
`lastAired` (Sonarr v4) or `previousAiring` dates the latest status, and `nextAiring`, when present, is an
official date for the latest season.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cliffhanger.domain.models import ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow

from .common import imdb_id, instant, release_season, whole, year
from .model import Candidate, ParseContext, Parsed, Place

NAME = "sonarr"
SOURCE = "Sonarr"
_STATUS = {"continuing": Status.AIRING, "ended": Status.ENDED, "upcoming": Status.ANNOUNCED}


def matches(data: Any) -> bool:
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        return False
    return "tvdbId" in data[0] and "title" in data[0]


def _day(raw: Any) -> date | None:
    moment = instant(str(raw)) if raw else None
    return moment.date() if moment else None


def _numbers(series: dict[str, Any]) -> list[int]:
    numbers = {whole(s.get("seasonNumber")) for s in series.get("seasons") or () if isinstance(s, dict)}
    return sorted(n for n in numbers if n) or [1]


def _since(series: dict[str, Any], status: Status | None, first: date | None, today: date) -> date:
    """When the status began: the last airing for an ended series (never its first airing: that is when
    it began, not when it ended; with no last airing known, the day of the import), else the last or
    first airing."""
    last = _day(series.get("lastAired")) or _day(series.get("previousAiring"))
    if status is Status.ENDED:
        return last or today
    return last or first or today


def _seasons(series: dict[str, Any], ctx: ParseContext) -> tuple[Season, ...]:
    numbers = _numbers(series)
    first = _day(series.get("firstAired"))
    window = ReleaseWindow.on(first) if first else None
    seasons = {n: Season(n) for n in numbers}
    seasons[numbers[0]] = release_season(window, Kind.SERIES, ctx.today, SOURCE, numbers[0])
    last = seasons[numbers[-1]]
    status = _STATUS.get(str(series.get("status") or "").lower())
    since = _since(series, status, first, ctx.today)
    if status is not None and not (status is Status.ANNOUNCED and since > ctx.today):
        change = StatusChange(status, min(since, ctx.today), SOURCE, Confidence.OFFICIAL)
        last = Season(last.number, history=(*last.history, change), claims=last.claims)
    upcoming = _day(series.get("nextAiring"))
    if upcoming and upcoming >= ctx.today:
        claim = ReleaseClaim(ReleaseWindow.on(upcoming), Confidence.OFFICIAL, SOURCE)
        last = Season(last.number, history=last.history, claims=(*last.claims, claim))
    seasons[numbers[-1]] = last
    return tuple(seasons.values())


def read_series(series: Any, place: Place, ctx: ParseContext, parsed: Parsed) -> None:
    if not isinstance(series, dict) or not str(series.get("title") or "").strip():
        parsed.bad(place, "not a series with a title")
        return
    title = Title(
        name=str(series["title"]).strip(),
        kind=Kind.SERIES,
        year=year(series.get("year")),
        network=str(series.get("network") or "").strip(),
        overview=str(series.get("overview") or "").strip(),
        ids=ExternalIds(
            tvmaze=whole(series.get("tvMazeId")),
            imdb=imdb_id(series.get("imdbId")),
            tvdb=whole(series.get("tvdbId")),
        ),
        watch=WatchState.WATCHING if series.get("monitored") else WatchState.PLAN,
        seasons=_seasons(series, ctx),
    )
    parsed.candidates.append(Candidate(place, title))


def parse(data: Any, ctx: ParseContext) -> Parsed:
    parsed = Parsed(NAME)
    for index, series in enumerate(data, start=1):
        read_series(series, Place(index, "item"), ctx, parsed)
    return parsed
