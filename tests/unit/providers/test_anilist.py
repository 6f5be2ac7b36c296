"""AniList over a loopback stand-in of its GraphQL endpoint: search, details, fuzzy dates, 404 and 429."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import Precision, ReleaseWindow
from cliffhanger.providers import AnilistProvider, NotFoundError, ProviderRef, RateLimitedError
from cliffhanger.providers.anilist import CALLS, PERIOD
from support.catalogues import NOW, FakeClock, anilist_on
from support.replay import ReplayServer, Reply


@pytest.fixture
def anilist(replay_server: ReplayServer, clock: FakeClock) -> Iterator[AnilistProvider]:
    provider = anilist_on(replay_server, clock)
    yield provider
    provider.close()


def _media(server: ReplayServer, media_id: int, reply: Reply | list[Reply]) -> None:
    server.add("/", reply, method="POST", posted={"variables": {"id": media_id}})


def test_search_posts_one_graphql_query_and_reads_series_and_films(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    replay_server.add(
        "/",
        Reply.file("anilist/search_q-frieren.handmade.json"),
        method="POST",
        posted={"variables": {"search": "frieren"}},
    )
    hits = anilist.search("  frieren ")
    assert [(str(h.ref), h.name, h.kind, h.year) for h in hits] == [
        ("anilist:154587", "Frieren: Beyond Journey’s End", Kind.SERIES, 2023),
        ("anilist:182255", "Sousou no Frieren 2nd Season", Kind.SERIES, 2026),
        ("anilist:142770", "Suzume", Kind.FILM, 2022),
    ], "the entry without a title is left out; English names first, romaji otherwise"
    first = hits[0]
    assert (first.network, first.status, first.status_text) == ("MADHOUSE", Status.ENDED, "Finished")
    assert first.overview.startswith("The adventure is over") and "<br>" not in first.overview
    assert first.poster_url and first.poster_url.startswith("https://s4.anilist.co/")
    (call,) = replay_server.calls("/")
    assert call.method == "POST" and "Page" in call.json()["query"]


def test_search_for_films_only_keeps_the_movie_format(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    replay_server.add("/", Reply.file("anilist/search_q-frieren.handmade.json"), method="POST")
    assert [h.name for h in anilist.search("frieren", kind=Kind.FILM)] == ["Suzume"]
    assert anilist.search("   ") == [] and len(replay_server.calls()) == 1


def test_details_give_status_start_cast_with_voice_actors_and_the_reference_as_id(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    _media(replay_server, 154587, Reply.file("anilist/media_154587.handmade.json"))
    title = anilist.details(ProviderRef.parse("anilist:154587"))
    assert (title.source, title.name, title.original_name, title.status) == (
        "AniList", "Frieren: Beyond Journey’s End", "葬送のフリーレン", Status.ENDED,
    )  # fmt: skip
    assert title.premiered == date(2023, 9, 29) and title.premiere_window is None
    assert [(m.actor, m.character) for m in title.cast] == [
        ("Atsumi Tanezaki", "Frieren"),
        ("Kana Ichinose", "Fern"),
        ("Chiaki Kobayashi", "Stark"),
        ("Nobuhiko Okamoto", "Himmel"),
    ], "a character without a voice actor is no credit"
    assert dict(title.ids) == {"anilist": "154587"} and title.updated == 1716112344
    domain = title.to_title()
    assert domain.ids.number("anilist") == 154587 and domain.seasons[0].number == 1


def test_a_start_known_to_the_month_becomes_an_official_month_window(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    _media(replay_server, 182255, Reply.file("anilist/media_182255.handmade.json"))
    title = anilist.details(ProviderRef("anilist", 182255))
    assert title.premiered is None and title.premiere_window == ReleaseWindow.month(2026, 1)
    assert title.status is Status.ANNOUNCED and title.year == 2026
    season = title.to_title(today=NOW.date()).focus
    assert season is not None and season.status is Status.ANNOUNCED
    (claim,) = season.claims
    assert (claim.window.precision, claim.confidence, claim.source) == (
        Precision.MONTH,
        Confidence.OFFICIAL,
        "AniList",
    )


def test_the_next_airing_episode_is_a_timezone_aware_moment(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    _media(replay_server, 178754, Reply.file("anilist/media_178754.handmade.json"))
    upcoming = anilist.details(ProviderRef("anilist", 178754)).next_episode
    assert upcoming is not None and (upcoming.season, upcoming.number) == (1, 9)
    assert upcoming.airstamp == datetime.fromtimestamp(1717857000, UTC) and upcoming.airdate == date(
        2024, 6, 8
    )


def test_a_film_is_one_season_less_entry_released(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    _media(replay_server, 142770, Reply.file("anilist/media_142770.handmade.json"))
    title = anilist.details(ProviderRef("anilist", 142770))
    assert (title.kind, title.status, title.seasons) == (Kind.FILM, Status.RELEASED, ())
    film = title.to_title()
    assert film.focus is not None and film.focus.number is None
    assert film.focus.claims[0].window == ReleaseWindow.on(date(2022, 11, 11))


def test_an_unknown_entry_is_not_found(replay_server: ReplayServer, anilist: AnilistProvider) -> None:
    _media(replay_server, 1, Reply.file("anilist/error_404_not_found.handmade.json", status=404))
    with pytest.raises(NotFoundError, match="AniList"):
        anilist.details(ProviderRef("anilist", 1))


def test_a_graphql_error_in_a_200_answer_is_a_bad_response(
    replay_server: ReplayServer, anilist: AnilistProvider
) -> None:
    _media(replay_server, 2, Reply.json({"errors": [{"message": "Validation error"}], "data": None}))
    with pytest.raises(Exception, match="Validation error"):
        anilist.details(ProviderRef("anilist", 2))


def test_429_waits_as_long_as_retry_after_says_then_asks_again(
    replay_server: ReplayServer, anilist: AnilistProvider, clock: FakeClock
) -> None:
    limited = Reply.file(
        "anilist/error_429_too_many_requests.handmade.json", status=429, headers={"Retry-After": "30"}
    )
    _media(replay_server, 154587, [limited, Reply.file("anilist/media_154587.handmade.json")])
    assert anilist.details(ProviderRef("anilist", 154587)).name.startswith("Frieren")
    assert 30.0 in clock.sleeps and len(replay_server.calls("/")) == 2


def test_429_that_persists_says_so(replay_server: ReplayServer, anilist: AnilistProvider) -> None:
    limited = Reply.file(
        "anilist/error_429_too_many_requests.handmade.json", status=429, headers={"Retry-After": "5"}
    )
    _media(replay_server, 154587, limited)
    with pytest.raises(RateLimitedError, match="AniList is limiting requests"):
        anilist.details(ProviderRef("anilist", 154587))


def test_ninety_calls_a_minute_and_the_ninety_first_waits(
    replay_server: ReplayServer, anilist: AnilistProvider, clock: FakeClock
) -> None:
    assert (CALLS, PERIOD) == (90, 60.0)
    replay_server.add("/", Reply.file("anilist/search_q-frieren.handmade.json"), method="POST")
    for _ in range(CALLS):
        anilist.search("frieren")
    assert clock.sleeps == []
    anilist.search("frieren")
    assert clock.sleeps and 0 < clock.sleeps[0] <= PERIOD


def test_no_change_feed_means_every_linked_entry_is_asked_again(anilist: AnilistProvider) -> None:
    changes = anilist.changed_since(NOW)
    assert not changes.complete and changes.needs_refresh(ProviderRef("anilist", 154587), 1716112344)
