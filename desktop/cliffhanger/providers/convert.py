"""Turning a fetched `CatalogueTitle` into the domain's `Title`.

The provider's status becomes a `StatusChange` and each listed date a `ReleaseClaim`, both with the
provider as source and official confidence. A status change is dated the day the catalogue was asked;
storage keeps a new one only when it differs from what that provider said last time.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from ..domain.episodes import Episode
from ..domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from ..domain.vocabulary import Confidence, Kind, Status
from ..domain.windows import ReleaseWindow
from .base import CatalogueSeason, CatalogueTitle
from .mapping import season_status


def to_title(cat: CatalogueTitle, *, today: date | None = None, max_cast: int = 50) -> Title:
    """The domain title for `cat`; `today` (default: the fetch date) decides scheduled versus airing."""
    today = today or cat.fetched_at.date()
    if cat.kind is Kind.FILM:
        seasons: tuple[Season, ...] = (_film(cat, today),)
    else:
        seasons = _series(cat, today)
    cast = tuple(
        Credit(actor=m.actor, character=m.character, order=m.order) for m in cat.cast[: max(0, max_cast)]
    )
    return Title(
        name=cat.name,
        kind=cat.kind,
        original_name=cat.original_name if cat.original_name != cat.name else "",
        year=cat.year,
        network=cat.network,
        overview=cat.overview,
        ids=cat.ids,
        seasons=seasons,
        cast=cast,
    )


def _film(cat: CatalogueTitle, today: date) -> Season:
    claims = _claims(cat, cat.premiered, cat.premiere_window)
    return Season(number=None, history=_history(cat, cat.status, today), claims=claims)


def _series(cat: CatalogueTitle, today: date) -> tuple[Season, ...]:
    listed = {s.number: s for s in cat.seasons if s.number >= 1}
    episodes: dict[int, list[Episode]] = {}
    for episode in cat.episodes:
        noted = dataclasses.replace(episode, date_noted_at=cat.fetched_at if episode.airdate else None)
        episodes.setdefault(episode.season, []).append(noted)
        listed.setdefault(episode.season, CatalogueSeason(number=episode.season))
    upcoming = cat.next_episode
    announced = _announced_episode(cat)
    if announced is not None and announced.season not in episodes:
        episodes[announced.season] = [announced]  # a catalogue without episode lists (AniList) names the next
    if upcoming and upcoming.season and upcoming.season not in listed:
        listed[upcoming.season] = CatalogueSeason(number=upcoming.season)
    if not listed:
        return ()
    newest = max(listed)
    seasons = []
    for number in sorted(listed):
        season = listed[number]
        premiere = season.premiere or _next_episode_date(cat, number)
        if number == newest:
            status = season_status(cat.status, premiere, today)
        else:
            status = Status.ENDED if premiere and premiere <= today else None
        history, claims = _history(cat, status, today), _claims(cat, premiere, season.window)
        listed_episodes = tuple(episodes.get(number, ()))
        seasons.append(Season(number=number, history=history, claims=claims, episodes=listed_episodes))
    return tuple(seasons)


def _announced_episode(cat: CatalogueTitle) -> Episode | None:
    """The catalogue's next episode as an episode of its season, when its number and date are known."""
    upcoming = cat.next_episode
    if upcoming is None or not upcoming.season or not upcoming.number or upcoming.airdate is None:
        return None
    return Episode(
        season=upcoming.season,
        number=upcoming.number,
        title=upcoming.name,
        airdate=upcoming.airdate,
        airstamp=upcoming.airstamp,
        source=cat.source,
        date_noted_at=cat.fetched_at,
    )


def _next_episode_date(cat: CatalogueTitle, season: int) -> date | None:
    """A season with no premiere date listed still gets the date of its next scheduled episode."""
    upcoming = cat.next_episode
    if upcoming and upcoming.season == season:
        return upcoming.airdate or (upcoming.airstamp.date() if upcoming.airstamp else None)
    return None


def _history(cat: CatalogueTitle, status: Status | None, today: date) -> tuple[StatusChange, ...]:
    if status is None:
        return ()
    change = StatusChange(
        status=status,
        since=today,
        source=cat.source,
        confidence=Confidence.OFFICIAL,
        recorded_at=cat.fetched_at,
    )
    return (change,)


def _claims(
    cat: CatalogueTitle, day: date | None, window: ReleaseWindow | None = None
) -> tuple[ReleaseClaim, ...]:
    """The catalogue's date as an official claim: the day, or else the month or year it gave."""
    chosen = ReleaseWindow.on(day) if day is not None else window
    if chosen is None:
        return ()
    claim = ReleaseClaim(
        window=chosen,
        confidence=Confidence.OFFICIAL,
        source=cat.source,
        noted_at=cat.fetched_at,
    )
    return (claim,)
