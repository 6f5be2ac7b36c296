"""Reading TVmaze show objects (from search, details and lookups) into catalogue values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain.models import ExternalIds
from ..domain.vocabulary import Kind
from .base import CastMember, CatalogueSeason, CatalogueTitle, NextEpisode, ProviderRef, SearchHit
from .episode_parse import tvmaze_episodes
from .fields import Fields
from .mapping import TVMAZE_STATUS, map_status
from .text import html_to_text

NAME = "TVmaze"
SNIPPET_CHARS = 300


def parse_hit(show: Fields, score: float | None) -> SearchHit:
    """One search row from a show object."""
    status_text = show.text("status")
    premiered = show.day("premiered")
    return SearchHit(
        ref=ProviderRef("tvmaze", show.required_int("id")),
        name=show.required_text("name"),
        kind=Kind.SERIES,
        year=premiered.year if premiered else None,
        network=_channel(show),
        status_text=status_text,
        status=map_status(TVMAZE_STATUS, status_text),
        poster_url=_image(show),
        overview=html_to_text(show.data.get("summary"), max_chars=SNIPPET_CHARS),
        score=score,
    )


def parse_show(data: Any, *, fetched_at: datetime) -> CatalogueTitle:
    """A full show, with whatever of seasons, cast, episodes and next episode was embedded."""
    show = Fields(data, NAME, "show")
    show_id = show.required_int("id")
    embedded = show.child("_embedded")
    status_text = show.text("status")
    return CatalogueTitle(
        ref=ProviderRef("tvmaze", show_id),
        source=NAME,
        name=show.required_text("name"),
        kind=Kind.SERIES,
        fetched_at=fetched_at,
        status_text=status_text,
        status=map_status(TVMAZE_STATUS, status_text),
        premiered=show.day("premiered"),
        network=_channel(show),
        language=show.text("language"),
        overview=html_to_text(show.data.get("summary")),
        ids=_ids(show, show_id),
        poster_url=_image(show),
        updated=show.integer("updated"),
        seasons=tuple(_seasons(embedded)) if embedded else (),
        cast=tuple(_cast(embedded)) if embedded else (),
        next_episode=_next_episode(embedded.child("nextepisode")) if embedded else None,
        episodes=tuple(tvmaze_episodes(embedded.children("episodes"), NAME, _zone(show))) if embedded else (),
    )


def _zone(show: Fields) -> str:
    """The IANA zone of the network's country, which TVmaze's local air times are in."""
    for key in ("network", "webChannel"):
        channel = show.child(key)
        country = channel.child("country") if channel else None
        if country and country.text("timezone"):
            return country.text("timezone")
    return ""


def _channel(show: Fields) -> str:
    """The broadcast network, or else the streaming service ("web channel")."""
    for key in ("network", "webChannel"):
        channel = show.child(key)
        if channel and channel.text("name"):
            return channel.text("name")
    return ""


def _image(show: Fields) -> str | None:
    image = show.child("image")
    if image is None:
        return None
    url = image.text("medium") or image.text("original")
    return url if url.startswith(("https://", "http://")) else None


def _ids(show: Fields, show_id: int) -> ExternalIds:
    externals = show.child("externals")
    imdb = externals.text("imdb") if externals else ""
    return ExternalIds(
        tvmaze=show_id,
        imdb=imdb if imdb.startswith("tt") else None,
        tvdb=externals.integer("thetvdb") if externals else None,
    )


def _seasons(embedded: Fields) -> list[CatalogueSeason]:
    seasons = []
    for season in embedded.children("seasons"):
        number = season.integer("number")
        if number is not None and number >= 0:
            seasons.append(
                CatalogueSeason(
                    number=number,
                    premiere=season.day("premiereDate"),
                    end=season.day("endDate"),
                    episode_count=season.integer("episodeOrder"),
                    name=season.text("name"),
                )
            )
    return seasons


def _cast(embedded: Fields) -> list[CastMember]:
    cast = []
    for order, credit in enumerate(embedded.children("cast")):
        person, character = credit.child("person"), credit.child("character")
        actor = person.text("name") if person else ""
        if actor:
            cast.append(CastMember(actor, character.text("name") if character else "", order))
    return cast


def _next_episode(episode: Fields | None) -> NextEpisode | None:
    if episode is None:
        return None
    return NextEpisode(
        season=episode.integer("season"),
        number=episode.integer("number"),
        name=episode.text("name"),
        airdate=episode.day("airdate"),
        airstamp=_stamp(episode.text("airstamp")),
    )


def _stamp(text: str) -> datetime | None:
    """An ISO-8601 moment with its offset; one without an offset is not trusted."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
