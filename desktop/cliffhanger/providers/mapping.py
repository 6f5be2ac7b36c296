"""The catalogues' status words mapped onto the watchlist's `Status`.

Unknown words map to None: the caller keeps the provider's text as it is and records no status for it.
"""

from __future__ import annotations

from datetime import date

from ..domain.vocabulary import Status

TVMAZE_STATUS: dict[str, Status] = {
    "running": Status.AIRING,
    "ended": Status.ENDED,
    "to be determined": Status.ON_HOLD,
    "in development": Status.IN_DEVELOPMENT,
}

TMDB_TV_STATUS: dict[str, Status] = {
    "returning series": Status.AIRING,
    "planned": Status.ANNOUNCED,
    "in production": Status.FILMING,
    "ended": Status.ENDED,
    "canceled": Status.CANCELLED,
    "cancelled": Status.CANCELLED,
    "pilot": Status.IN_DEVELOPMENT,
}

TMDB_FILM_STATUS: dict[str, Status] = {
    "rumored": Status.RUMOURED,
    "planned": Status.ANNOUNCED,
    "in production": Status.FILMING,
    "post production": Status.POST_PRODUCTION,
    "released": Status.RELEASED,
    "canceled": Status.CANCELLED,
    "cancelled": Status.CANCELLED,
}


def map_status(table: dict[str, Status], text: object) -> Status | None:
    """The status a provider's word stands for, or None for a word (or value) we do not know."""
    if not isinstance(text, str):
        return None
    return table.get(" ".join(text.replace("-", " ").split()).lower())


def season_status(show_status: Status | None, premiere: date | None, today: date) -> Status | None:
    """The show-wide status as it applies to the newest season.

    A catalogue calls a show "running" or "returning" between seasons too; for a newest season that is dated
    in the future that means scheduled, and for one with no date yet it means announced.
    """
    if show_status is not Status.AIRING:
        return show_status
    if premiere is None:
        return Status.ANNOUNCED
    return Status.SCHEDULED if premiere > today else Status.AIRING
