"""Trakt watchlist, history and watched lists, as its API and backup tools emit them.

Watchlist items are `{rank, id, listed_at, type, movie|show|season|episode}`; history items
`{id, watched_at, action, type, movie|episode+show}`; watched items `{plays, last_watched_at, show|movie,
seasons}`, whose seasons list the episodes seen (`{number, plays, last_watched_at}`): those become watched
marks, matched to the watchlist's episodes by season and number. Every object carries
`ids {trakt, slug, tvdb, imdb, tmdb, tvrage}`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import ExternalIds, Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState

from .common import imdb_id, instant, whole, year
from .model import Candidate, ParseContext, Parsed, Place

NAME = "trakt"
_KEYS = ("listed_at", "watched_at", "last_watched_at", "plays")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # seen, but the list does not say when


def matches(data: Any) -> bool:
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        return False
    first = data[0]
    return any(k in first for k in _KEYS) and any(k in first for k in ("movie", "show"))


def _ids(raw: Any, kind: Kind) -> ExternalIds:
    ids = raw if isinstance(raw, dict) else {}
    tmdb = whole(ids.get("tmdb"))
    return ExternalIds(
        imdb=imdb_id(ids.get("imdb")),
        tvdb=whole(ids.get("tvdb")),
        tmdb=f"{'movie' if kind is Kind.FILM else 'tv'}:{tmdb}" if tmdb else None,
    )


def _watch(item: dict[str, Any], kind: Kind) -> WatchState:
    if "listed_at" in item:
        return WatchState.PLAN
    return WatchState.COMPLETED if kind is Kind.FILM else WatchState.WATCHING


def _watched(season: dict[str, Any], number: int) -> tuple[Episode, ...]:
    """The episodes a watched list says were seen, with when last (none for a watchlist's season)."""
    seen = []
    for raw in season.get("episodes") or ():
        episode = whole(raw.get("number")) if isinstance(raw, dict) else None
        if episode and episode > 0 and (whole(raw.get("plays")) or 0) > 0:
            moment = instant(str(raw.get("last_watched_at") or "")) or _EPOCH
            seen.append(Episode(number, episode, watched_at=moment, source="Trakt"))
    return tuple(seen)


def _seasons(item: dict[str, Any]) -> tuple[Season, ...]:
    listed = [s for s in item.get("seasons") or () if isinstance(s, dict)]
    watched = {n: _watched(s, n) for s in listed if (n := whole(s.get("number")))}
    numbers = {whole(s.get("number")) for s in listed}
    for key in ("season", "episode"):
        part = item.get(key)
        if isinstance(part, dict):
            numbers.add(whole(part.get("season") if key == "episode" else part.get("number")))
    chosen = sorted(n for n in numbers if n)
    return tuple(Season(n, episodes=watched.get(n, ())) for n in chosen) or (Season(1),)


def read_item(item: Any, place: Place, parsed: Parsed) -> None:
    if not isinstance(item, dict):
        parsed.bad(place, "not an object")
        return
    kind = Kind.FILM if isinstance(item.get("movie"), dict) else Kind.SERIES
    body = item.get("movie") if kind is Kind.FILM else item.get("show")
    if not isinstance(body, dict) or not str(body.get("title") or "").strip():
        parsed.bad(place, "no movie or show with a title")
        return
    title = Title(
        name=str(body["title"]).strip(),
        kind=kind,
        year=year(body.get("year")),
        ids=_ids(body.get("ids"), kind),
        watch=_watch(item, kind),
        seasons=(Season(None),) if kind is Kind.FILM else _seasons(item),
    )
    parsed.candidates.append(Candidate(place, title))


def parse(data: Any, ctx: ParseContext) -> Parsed:
    parsed = Parsed(NAME)
    for index, item in enumerate(data, start=1):
        read_item(item, Place(index, "item"), parsed)
    return parsed
