"""TMDB search, details, change feeds and key handling, parsed from recorded answers over loopback."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cliffhanger.domain.models import ExternalIds
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.providers import AuthFailedError, ProviderRef, TmdbProvider
from support.catalogues import NOW, TMDB_KEY, TMDB_TOKEN, FakeClock, tmdb_on
from support.replay import ReplayServer, Reply

TV_APPENDED = "tmdb/tv_1399_details_append-credits-aggregate_credits-etc.trimmed.json"
MOVIE = "tmdb/movie_603_details_append-credits-external_ids-release_dates.handmade.json"


def test_search_covers_series_and_films_most_popular_first(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add("/3/search/tv", Reply.file("tmdb/search_tv_q-rick-and-morty.json"))
    replay_server.add("/3/search/movie", Reply.file("tmdb/search_movie_q-the-matrix.handmade.json"))
    hits = tmdb.search("rick and morty")
    assert {hit.kind for hit in hits} == {Kind.SERIES, Kind.FILM}
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    first = hits[0]
    assert (str(first.ref), first.name, first.year) == ("tmdb:tv:60625", "Rick and Morty", 2013)
    assert first.poster_url == "https://image.tmdb.org/t/p/w185/cvhNj9eoRBe5SxjCbQTkh05UP5K.jpg"
    film = next(hit for hit in hits if hit.ref == ProviderRef("tmdb", 604, Kind.FILM))
    assert film.year is None and film.poster_url is None  # empty release_date and no poster
    assert replay_server.calls("/3/search/tv")[0].query["query"] == ["rick and morty"]


def test_search_of_one_kind_asks_one_endpoint(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    replay_server.add("/3/search/tv", Reply.file("tmdb/search_tv_q-game-of-thrones.json"))
    hits = tmdb.search("game of thrones", kind=Kind.SERIES)
    assert hits and hits[0].name == "Game of Thrones"
    assert [call.path for call in replay_server.calls()] == ["/3/search/tv"]


def test_a_v3_key_goes_as_api_key_parameter(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    replay_server.add("/3/search/tv", Reply.file("tmdb/search_tv_q-game-of-thrones.json"))
    tmdb.search("game of thrones", kind=Kind.SERIES)
    call = replay_server.calls()[0]
    assert call.query["api_key"] == [TMDB_KEY]
    assert "authorization" not in call.headers


def test_a_v4_token_goes_as_bearer_header(replay_server: ReplayServer, clock: FakeClock) -> None:
    replay_server.add("/3/search/tv", Reply.file("tmdb/search_tv_q-game-of-thrones.json"))
    with tmdb_on(replay_server, clock, key=TMDB_TOKEN) as provider:
        provider.search("game of thrones", kind=Kind.SERIES)
    call = replay_server.calls()[0]
    assert call.headers["authorization"] == f"Bearer {TMDB_TOKEN}"
    assert "api_key" not in call.query


def test_series_details_with_aggregate_cast_and_ids(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    replay_server.add("/3/tv/1399", Reply.file(TV_APPENDED))
    show = tmdb.details(ProviderRef.parse("tmdb:tv:1399"))
    query = replay_server.calls()[0].query
    assert query["append_to_response"] == ["aggregate_credits,external_ids"]
    assert (show.name, show.network, show.status_text, show.status) == (
        "Game of Thrones",
        "HBO",
        "Returning Series",
        Status.AIRING,
    )
    assert show.ids == ExternalIds(tmdb="tv:1399", imdb="tt0944947")
    assert show.cast[0].actor == "Peter Dinklage" and show.cast[0].character == "Tyrion Lannister"
    assert show.poster_url == "https://image.tmdb.org/t/p/w185/gwPSoYUHAKmdyVywgLpKKA4BjRr.jpg"
    title = show.to_title()
    season = title.season(1)
    assert season is not None and season.expected is not None
    assert season.expected.window == ReleaseWindow.on(date(2011, 4, 17))
    assert season.status is Status.AIRING and title.cast[0].season is None


def test_series_without_aggregate_credits_falls_back_to_credits(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add(
        "/3/tv/1396",
        Reply.file("tmdb/tv_1396_details_append-credits-external_ids-images-translations.2014.json"),
    )
    show = tmdb.details(ProviderRef("tmdb", 1396))
    assert show.name == "Breaking Bad" and show.cast
    assert any(member.actor == "Bryan Cranston" for member in show.cast)
    assert show.ids["tmdb"] == "tv:1396"
    numbers = [season.number for season in show.to_title().seasons]
    assert 0 not in numbers and numbers == sorted(numbers)


def test_film_details_make_a_film_with_one_release_claim(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add("/3/movie/603", Reply.file(MOVIE))
    film = tmdb.details(ProviderRef.parse("tmdb:movie:603"))
    query = replay_server.calls()[0].query
    assert query["append_to_response"] == ["credits,external_ids,release_dates"]
    title = film.to_title()
    assert (title.kind, title.year, title.network) == (Kind.FILM, 1999, "")
    assert title.ids == ExternalIds(tmdb="movie:603", imdb="tt0133093")
    assert [(c.actor, c.character) for c in title.cast][:2] == [
        ("Keanu Reeves", "Thomas A. Anderson / Neo"),
        ("Laurence Fishburne", "Morpheus"),
    ]
    (only,) = title.seasons
    assert only.number is None and only.status is Status.RELEASED
    claim = only.claims[0]
    assert (claim.window, claim.confidence, claim.source) == (
        ReleaseWindow.on(date(1999, 3, 31)),
        Confidence.OFFICIAL,
        "TMDB",
    )


def test_change_feeds_cover_both_kinds_across_pages(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    replay_server.add(
        "/3/tv/changes", Reply.file("tmdb/tv_changes.json")
    )  # page 1 of 53, served for each page
    replay_server.add(
        "/3/movie/changes", Reply.file("tmdb/movie_changes_page-1.handmade.json"), query={"page": "1"}
    )
    replay_server.add(
        "/3/movie/changes", Reply.file("tmdb/movie_changes_page-2.handmade.json"), query={"page": "2"}
    )
    changes = tmdb.changed_since(NOW - timedelta(days=2))
    assert changes.complete
    assert len(replay_server.calls("/3/tv/changes")) == 53 and tmdb.client.requests == 55
    assert ProviderRef("tmdb", 1769) in changes.changed
    assert {ref.id for ref in changes.changed if ref.kind is Kind.FILM} == {603, 550, 13}
    first = replay_server.calls("/3/tv/changes")[0].query
    assert (first["start_date"], first["end_date"], first["page"]) == (["2024-05-30"], ["2024-06-01"], ["1"])
    assert changes.needs_refresh(ProviderRef("tmdb", 603, Kind.FILM), stored_updated=None)
    assert not changes.needs_refresh(ProviderRef("tmdb", 604, Kind.FILM))


def test_a_feed_longer_than_the_page_limit_is_incomplete(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add("/3/tv/changes", Reply.file("tmdb/tv_changes.json"))
    replay_server.add("/3/movie/changes", Reply.json({"results": [], "page": 1, "total_pages": 1}))
    tmdb.feed_page_limit = 10
    changes = tmdb.changed_since(NOW - timedelta(days=1))
    assert not changes.complete and len(replay_server.calls("/3/tv/changes")) == 10


def test_change_feeds_older_than_two_weeks_are_incomplete(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add("/3/tv/changes", Reply.file("tmdb/tv_changes.json"))
    replay_server.add("/3/movie/changes", Reply.json({"results": [], "page": 1, "total_pages": 1}))
    changes = tmdb.changed_since(NOW - timedelta(days=30))
    assert not changes.complete
    assert changes.needs_refresh(ProviderRef("tmdb", 424242))
    assert replay_server.calls("/3/tv/changes")[0].query["start_date"] == ["2024-05-18"]


def test_credentials_pass_or_fail_with_tmdbs_own_words(
    replay_server: ReplayServer, tmdb: TmdbProvider
) -> None:
    replay_server.add(
        "/3/configuration",
        [Reply.json({"images": {}}), Reply.file("tmdb/error_401_invalid_api_key.json", 401)],
    )
    tmdb.test_credentials()
    with pytest.raises(AuthFailedError) as failure:
        tmdb.test_credentials()
    assert str(failure.value) == "TMDB refused the key: Invalid API key: You must be granted a valid key."
    assert TMDB_KEY not in str(failure.value)
