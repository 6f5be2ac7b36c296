"""Each catalogue's status words, mapped onto the watchlist's statuses (table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from cliffhanger.domain.vocabulary import Status
from cliffhanger.providers.mapping import (
    TMDB_FILM_STATUS,
    TMDB_TV_STATUS,
    TVMAZE_STATUS,
    map_status,
    season_status,
)

ROWS = [
    (TVMAZE_STATUS, "Running", Status.AIRING),
    (TVMAZE_STATUS, "Ended", Status.ENDED),
    (TVMAZE_STATUS, "To Be Determined", Status.ON_HOLD),
    (TVMAZE_STATUS, "In Development", Status.IN_DEVELOPMENT),
    (TMDB_TV_STATUS, "Returning Series", Status.AIRING),
    (TMDB_TV_STATUS, "Planned", Status.ANNOUNCED),
    (TMDB_TV_STATUS, "In Production", Status.FILMING),
    (TMDB_TV_STATUS, "Ended", Status.ENDED),
    (TMDB_TV_STATUS, "Canceled", Status.CANCELLED),
    (TMDB_TV_STATUS, "Pilot", Status.IN_DEVELOPMENT),
    (TMDB_FILM_STATUS, "Rumored", Status.RUMOURED),
    (TMDB_FILM_STATUS, "Planned", Status.ANNOUNCED),
    (TMDB_FILM_STATUS, "In Production", Status.FILMING),
    (TMDB_FILM_STATUS, "Post Production", Status.POST_PRODUCTION),
    (TMDB_FILM_STATUS, "Released", Status.RELEASED),
    (TMDB_FILM_STATUS, "Canceled", Status.CANCELLED),
    (TVMAZE_STATUS, "  running ", Status.AIRING),
    (TMDB_FILM_STATUS, "Post-Production", Status.POST_PRODUCTION),
    (TVMAZE_STATUS, "Returning Series", None),
    (TVMAZE_STATUS, "Hiatus", None),
    (TMDB_TV_STATUS, "", None),
    (TMDB_TV_STATUS, None, None),
    (TMDB_TV_STATUS, 7, None),
]


@pytest.mark.parametrize(("table", "word", "expected"), ROWS)
def test_status_words(table: dict[str, Status], word: object, expected: Status | None) -> None:
    assert map_status(table, word) is expected


TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("show", "premiere", "expected"),
    [
        (Status.AIRING, date(2024, 5, 1), Status.AIRING),
        (Status.AIRING, TODAY, Status.AIRING),
        (Status.AIRING, date(2025, 1, 1), Status.SCHEDULED),
        (Status.AIRING, None, Status.ANNOUNCED),
        (Status.ON_HOLD, None, Status.ON_HOLD),
        (Status.ENDED, date(2020, 1, 1), Status.ENDED),
        (None, None, None),
    ],
)
def test_show_status_as_it_applies_to_the_newest_season(
    show: Status | None, premiere: date | None, expected: Status | None
) -> None:
    assert season_status(show, premiere, TODAY) is expected
