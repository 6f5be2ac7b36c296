"""Reading AniList `Media` objects (GraphQL answers) into catalogue values.

An AniList entry is one season (or cour) of an anime, or a film: its start date is a "fuzzy date" whose
missing month or day says how precise it is, and becomes a release window of that precision.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ..domain.models import ExternalIds
from ..domain.vocabulary import Kind, Status
from ..domain.windows import ReleaseWindow
from .base import CastMember, CatalogueSeason, CatalogueTitle, NextEpisode, ProviderRef, SearchHit
from .errors import BadResponseError, NotFoundError
from .fields import Fields
from .text import html_to_text

NAME = "AniList"
SNIPPET_CHARS = 300
FILM_FORMATS = {"MOVIE"}
_STATUS = {
    "RELEASING": Status.AIRING,
    "NOT_YET_RELEASED": Status.ANNOUNCED,
    "CANCELLED": Status.CANCELLED,
    "HIATUS": Status.ON_HOLD,
}
_STATUS_WORDS = {
    "FINISHED": "Finished",
    "RELEASING": "Releasing",
    "NOT_YET_RELEASED": "Not yet released",
    "CANCELLED": "Cancelled",
    "HIATUS": "Hiatus",
}


def data_of(answer: Any, field: str) -> Fields:
    """The `data.<field>` object of a GraphQL answer; GraphQL errors become typed provider errors."""
    body = Fields(answer, NAME, "answer")
    errors = [e.text("message") for e in body.children("errors")]
    data = body.child("data")
    found = data.child(field) if data else None
    if found is None:
        if any("not found" in message.lower() for message in errors):
            raise NotFoundError(NAME, f"{NAME} has no such entry; it may have been removed.")
        said = "; ".join(m for m in errors if m)[:200] or f"no {field}"
        raise BadResponseError(NAME, f"{NAME} sent no usable answer ({said}).")
    return found


def kind_of(media: Fields) -> Kind:
    return Kind.FILM if media.text("format") in FILM_FORMATS else Kind.SERIES


def status_of(media: Fields, kind: Kind, today: date) -> Status | None:
    """The watchlist status of an AniList status word; a dated future start means scheduled."""
    word = media.text("status")
    if word == "FINISHED":
        return Status.RELEASED if kind is Kind.FILM else Status.ENDED
    start = start_window(media)
    if word == "NOT_YET_RELEASED" and start is not None and start.is_exact and start.earliest > today:
        return Status.SCHEDULED
    return _STATUS.get(word)


def start_window(media: Fields) -> ReleaseWindow | None:
    """The start date as a window as precise as AniList knows it: a day, a month or a year."""
    fuzzy = media.child("startDate")
    year = fuzzy.integer("year") if fuzzy else None
    if fuzzy is None or year is None or not 1900 <= year <= 2200:
        return None
    month, day = fuzzy.integer("month"), fuzzy.integer("day")
    try:
        if month and day:
            return ReleaseWindow.on(date(year, month, day))
        if month:
            return ReleaseWindow.month(year, month)
    except ValueError:
        pass  # a month or day out of range reads as the year alone
    return ReleaseWindow.year(year)


def _name(media: Fields) -> tuple[str, str]:
    """The display name (English, else romaji) and the original (native) name."""
    title = media.child("title")
    if title is None:
        raise BadResponseError(NAME, f"{NAME} sent an entry without a title.")
    name = title.text("english") or title.text("romaji") or title.text("native")
    if not name:
        raise BadResponseError(NAME, f"{NAME} sent an entry without a usable title.")
    return name, title.text("native") or title.text("romaji")


def _studio(media: Fields) -> str:
    studios = media.child("studios")
    names = [n.text("name") for n in studios.children("nodes")] if studios else []
    return next((n for n in names if n), "")


def _poster(media: Fields) -> str | None:
    cover = media.child("coverImage")
    url = (cover.text("large") or cover.text("medium")) if cover else ""
    return url if url.startswith(("https://", "http://")) else None


def parse_hit(media: Fields, today: date) -> SearchHit:
    """One search row from a Media object."""
    kind = kind_of(media)
    name, _ = _name(media)
    start = start_window(media)
    return SearchHit(
        ref=ProviderRef("anilist", media.required_int("id")),
        name=name,
        kind=kind,
        year=start.earliest.year if start else None,
        network=_studio(media),
        status_text=_STATUS_WORDS.get(media.text("status"), ""),
        status=status_of(media, kind, today),
        poster_url=_poster(media),
        overview=html_to_text(media.data.get("description"), max_chars=SNIPPET_CHARS),
    )


def _cast(media: Fields) -> tuple[CastMember, ...]:
    """Characters in AniList's order, each with the first voice actor listed (the original language)."""
    characters = media.child("characters")
    cast: list[CastMember] = []
    for edge in characters.children("edges") if characters else []:
        node, actors = edge.child("node"), edge.children("voiceActors")
        character = node.child("name") if node else None
        actor = actors[0].child("name") if actors else None
        if actor and actor.text("full"):
            cast.append(
                CastMember(actor.text("full"), character.text("full") if character else "", order=len(cast))
            )
    return tuple(cast)


def _next_episode(media: Fields) -> NextEpisode | None:
    upcoming = media.child("nextAiringEpisode")
    stamp = upcoming.integer("airingAt") if upcoming else None
    if upcoming is None or stamp is None:
        return None
    airstamp = datetime.fromtimestamp(stamp, UTC)
    return NextEpisode(
        season=1, number=upcoming.integer("episode"), airdate=airstamp.date(), airstamp=airstamp
    )


def parse_media(data: Any, *, fetched_at: datetime) -> CatalogueTitle:
    """A full entry: status, start window, next airing episode, and characters with their voices."""
    media = data_of(data, "Media")
    media_id, kind = media.required_int("id"), kind_of(media)
    name, original = _name(media)
    start = start_window(media)
    exact = start.earliest if start and start.is_exact else None
    fuzzy = start if start and not start.is_exact else None
    return CatalogueTitle(
        ref=ProviderRef("anilist", media_id),
        source=NAME,
        name=name,
        kind=kind,
        fetched_at=fetched_at,
        status_text=_STATUS_WORDS.get(media.text("status"), ""),
        status=status_of(media, kind, fetched_at.date()),
        original_name=original,
        premiered=exact,
        premiere_window=fuzzy,
        network=_studio(media),
        overview=html_to_text(media.data.get("description")),
        ids=ExternalIds(anilist=media_id),
        poster_url=_poster(media),
        updated=media.integer("updatedAt"),
        seasons=()
        if kind is Kind.FILM
        else (CatalogueSeason(1, exact, None, media.integer("episodes"), "", fuzzy),),
        cast=_cast(media),
        next_episode=_next_episode(media),
    )
