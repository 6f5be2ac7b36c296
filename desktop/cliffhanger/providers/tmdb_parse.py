"""Reading TMDB v3 series and film objects (search results and details) into catalogue values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain.models import ExternalIds
from ..domain.vocabulary import Kind
from .base import CastMember, CatalogueSeason, CatalogueTitle, NextEpisode, ProviderRef, SearchHit
from .fields import Fields
from .mapping import TMDB_FILM_STATUS, TMDB_TV_STATUS, map_status
from .text import html_to_text

NAME = "TMDB"
DEFAULT_IMAGE_BASE = "https://image.tmdb.org/t/p/w185"
SNIPPET_CHARS = 300
_NAMES = {
    Kind.SERIES: ("name", "original_name", "first_air_date"),
    Kind.FILM: ("title", "original_title", "release_date"),
}


def poster_url(item: Fields, image_base: str) -> str | None:
    path = item.text("poster_path")
    return f"{image_base.rstrip('/')}{path}" if path.startswith("/") else None


def parse_hit(item: Fields, kind: Kind, image_base: str) -> SearchHit:
    """One search row from a `/search/tv` or `/search/movie` result."""
    name_key, _, date_key = _NAMES[kind]
    released = item.day(date_key)
    return SearchHit(
        ref=ProviderRef("tmdb", item.required_int("id"), kind),
        name=item.required_text(name_key),
        kind=kind,
        year=released.year if released else None,
        poster_url=poster_url(item, image_base),
        overview=html_to_text(item.data.get("overview"), max_chars=SNIPPET_CHARS),
        score=item.number("popularity"),
    )


def parse_details(data: Any, kind: Kind, *, fetched_at: datetime, image_base: str) -> CatalogueTitle:
    """A series from `/tv/{id}` (with aggregate credits) or a film from `/movie/{id}` (with credits)."""
    item = Fields(data, NAME, "series" if kind is Kind.SERIES else "film")
    item_id = item.required_int("id")
    name_key, original_key, date_key = _NAMES[kind]
    status_text = item.text("status")
    table = TMDB_TV_STATUS if kind is Kind.SERIES else TMDB_FILM_STATUS
    series = kind is Kind.SERIES
    return CatalogueTitle(
        ref=ProviderRef("tmdb", item_id, kind),
        source=NAME,
        name=item.required_text(name_key),
        kind=kind,
        fetched_at=fetched_at,
        status_text=status_text,
        status=map_status(table, status_text),
        original_name=item.text(original_key),
        premiered=item.day(date_key),
        network=_network(item) if series else "",
        language=item.text("original_language"),
        overview=html_to_text(item.data.get("overview")),
        ids=_ids(item, ProviderRef("tmdb", item_id, kind)),
        poster_url=poster_url(item, image_base),
        seasons=tuple(_seasons(item)) if series else (),
        cast=tuple(_cast(item)),
        next_episode=_next_episode(item.child("next_episode_to_air")) if series else None,
    )


def _network(item: Fields) -> str:
    """The first network; TMDB lists streaming services such as Netflix as networks too."""
    return next((n.text("name") for n in item.children("networks") if n.text("name")), "")


def _ids(item: Fields, ref: ProviderRef) -> ExternalIds:
    external = item.child("external_ids")
    imdb = (external.text("imdb_id") if external else "") or item.text("imdb_id")
    return ExternalIds(
        tmdb=ref.path,
        imdb=imdb if imdb.startswith("tt") else None,
        tvdb=external.integer("tvdb_id") if external else None,
    )


def _seasons(item: Fields) -> list[CatalogueSeason]:
    seasons = []
    for season in item.children("seasons"):
        number = season.integer("season_number")
        if number is not None and number >= 0:
            seasons.append(
                CatalogueSeason(
                    number=number,
                    premiere=season.day("air_date"),
                    episode_count=season.integer("episode_count"),
                    name=season.text("name"),
                )
            )
    return seasons


def _cast(item: Fields) -> list[CastMember]:
    """The series-wide cast from aggregate credits, else the plain credits (films, older answers)."""
    for key in ("aggregate_credits", "credits"):
        credits = item.child(key)
        if credits and credits.children("cast"):
            members = [_member(entry, index) for index, entry in enumerate(credits.children("cast"))]
            return sorted((m for m in members if m.actor), key=lambda m: m.order)
    return []


def _member(entry: Fields, index: int) -> CastMember:
    roles = [r.text("character") for r in entry.children("roles") if r.text("character")]
    character = " / ".join(dict.fromkeys(roles)) if roles else entry.text("character")
    order = entry.integer("order")
    return CastMember(entry.text("name"), character, order if order is not None else index)


def _next_episode(episode: Fields | None) -> NextEpisode | None:
    if episode is None:
        return None
    return NextEpisode(
        season=episode.integer("season_number"),
        number=episode.integer("episode_number"),
        name=episode.text("name"),
        airdate=episode.day("air_date"),
    )
