"""TVmaze search, details, lookups and the updates feed, parsed from recorded answers over loopback."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.models import ExternalIds
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.providers import ProviderRef, TvmazeProvider
from support.catalogues import NOW
from support.replay import ReplayServer, Reply

AOUAD = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
AOUAD_LATER = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"


def test_search_reads_every_status_and_keeps_the_providers_words(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/search/shows", Reply.file("tvmaze/search_shows_q-a.2018.json"), query={"q": "a"})
    hits = tvmaze.search("a")
    assert len(hits) == 10
    words = {hit.status_text: hit.status for hit in hits}
    assert words == {
        "Running": Status.AIRING,
        "Ended": Status.ENDED,
        "To Be Determined": Status.ON_HOLD,
        "In Development": Status.IN_DEVELOPMENT,
    }
    assert all(hit.ref.provider == "tvmaze" and hit.kind is Kind.SERIES for hit in hits)


def test_search_row_has_year_network_poster_and_plain_overview(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/search/shows", Reply.file("tvmaze/search_shows_q-silicon-valley.2017.json"))
    first = tvmaze.search("silicon valley")[0]
    assert (str(first.ref), first.name, first.year, first.network) == (
        "tvmaze:143",
        "Silicon Valley",
        2014,
        "HBO",
    )
    assert first.poster_url and first.poster_url.endswith("/104/261725.jpg")
    assert first.overview.startswith("In the high-tech gold rush of modern Silicon Valley, the people")
    assert "<" not in first.overview
    assert replay_server.calls("/search/shows")[0].query == {"q": ["silicon valley"]}


def test_film_searches_and_blank_queries_send_nothing(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    assert tvmaze.search("matrix", kind=Kind.FILM) == []
    assert tvmaze.search("   ") == []
    assert replay_server.calls() == []


def test_details_ask_for_seasons_cast_episodes_and_next_episode(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/13", Reply.file("tvmaze/shows_13_embed-seasons.2020.json"))
    show = tvmaze.details(ProviderRef.parse("tvmaze:13"))
    assert replay_server.calls("/shows/13")[0].query == {
        "embed[]": ["seasons", "cast", "nextepisode", "episodes"]
    }
    assert (show.name, show.status_text, show.network, show.updated) == (
        "The Flash",
        "Running",
        "The CW",
        1578488180,
    )
    assert show.ids == ExternalIds(tvmaze=13, imdb="tt3107288", tvdb=279121)
    assert [s.number for s in show.seasons] == [1, 2, 3, 4, 5, 6, 7]
    assert show.seasons[0].premiere == date(2014, 10, 7) and show.seasons[0].end == date(2015, 5, 19)
    assert show.next_episode is None  # this recording did not embed it


def test_details_read_the_cast_with_characters_in_billing_order(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/1058", Reply.file("tvmaze/shows_1058_embed-cast.2018.json"))
    show = tvmaze.details(ProviderRef("tvmaze", 1058))
    assert show.cast[0].order == 0 and [m.order for m in show.cast] == sorted(m.order for m in show.cast)
    assert all(member.actor and member.character for member in show.cast)


def test_the_users_show_becomes_a_domain_title(replay_server: ReplayServer, tvmaze: TvmazeProvider) -> None:
    replay_server.add("/shows/90001", Reply.file(AOUAD))
    show = tvmaze.details(ProviderRef("tvmaze", 90001))
    title = show.to_title()
    assert (title.name, title.network, title.kind, title.year) == (
        "All of Us Are Dead",
        "Netflix",
        Kind.SERIES,
        2022,
    )
    assert show.language == "Korean" and show.status_text == "To Be Determined"
    assert "—" in title.overview and "&mdash;" not in title.overview
    assert [(c.actor, c.character, c.order) for c in title.cast] == [
        ("Park Ji-hu", "Nam On-jo", 0),
        ("Yoon Chan-young", "Lee Cheong-san", 1),
        ("Cho Yi-hyun", "Choi Nam-ra", 2),
    ]
    first, second = title.season(1), title.season(2)
    assert first is not None and second is not None
    assert first.status is Status.ENDED and first.expected is not None
    assert first.expected.window == ReleaseWindow.on(date(2022, 1, 28))
    assert second.status is Status.ON_HOLD and second.expected is None
    change = second.status_change
    assert change is not None
    assert (change.source, change.confidence, change.since) == ("TVmaze", Confidence.OFFICIAL, NOW.date())


def test_a_later_answer_dates_season_two_and_schedules_it(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/90001", [Reply.file(AOUAD), Reply.file(AOUAD_LATER)])
    before = tvmaze.details(ProviderRef("tvmaze", 90001))
    after = tvmaze.details(ProviderRef("tvmaze", 90001))
    assert after.updated is not None and before.updated is not None and after.updated > before.updated
    assert after.next_episode is not None
    assert (after.next_episode.season, after.next_episode.number) == (2, 1)
    assert after.next_episode.airstamp == datetime.fromisoformat("2027-01-15T08:00:00+00:00")
    season = after.to_title().season(2)
    assert season is not None and season.status is Status.SCHEDULED
    assert season.expected is not None and season.expected.window == ReleaseWindow.on(date(2027, 1, 15))
    assert season.expected.confidence is Confidence.OFFICIAL and season.expected.source == "TVmaze"
    aired = after.to_title(today=date(2027, 1, 16)).season(2)
    assert aired is not None and aired.status is Status.AIRING


def test_an_unknown_status_is_kept_as_text_without_a_status(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/5", Reply.json({"id": 5, "name": "Odd", "status": "Pining For The Fjords"}))
    show = tvmaze.details(ProviderRef("tvmaze", 5))
    assert show.status_text == "Pining For The Fjords" and show.status is None
    assert show.to_title().seasons == ()


def test_updates_feed_lists_shows_changed_since_with_their_stamps(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/updates/shows", Reply.file("tvmaze/updates_shows_since-day.handmade.json"))
    recent = tvmaze.changed_since(NOW - timedelta(hours=20))
    assert replay_server.calls("/updates/shows")[0].query == {"since": ["day"]}
    assert recent.complete and dict(recent.changed) == {ProviderRef("tvmaze", 90001): 1790000000}
    old = tvmaze.changed_since(datetime.fromtimestamp(1699994000, tz=UTC))
    assert replay_server.calls("/updates/shows")[1].query == {"since": ["month"]}
    assert not old.complete  # a month is the longest feed; older stamps need a full refetch
    assert set(map(str, old.changed)) == {"tvmaze:13", "tvmaze:90001", "tvmaze:143"}


def test_change_set_decides_what_to_refetch(replay_server: ReplayServer, tvmaze: TvmazeProvider) -> None:
    replay_server.add("/updates/shows", Reply.file("tvmaze/updates_shows_since-day.handmade.json"))
    changes = tvmaze.changed_since(NOW - timedelta(days=3))
    assert replay_server.calls()[0].query == {"since": ["week"]}
    assert changes.needs_refresh(ProviderRef("tvmaze", 90001), stored_updated=1700000000)
    assert not changes.needs_refresh(ProviderRef("tvmaze", 90001), stored_updated=1790000000)
    assert not changes.needs_refresh(ProviderRef("tvmaze", 82), stored_updated=1)


def test_lookup_by_imdb_and_tvdb_ids(replay_server: ReplayServer, tvmaze: TvmazeProvider) -> None:
    replay_server.add(
        "/lookup/shows",
        Reply.file("tvmaze/singlesearch_shows_q-silicon-valley.2017.json"),
        query={"imdb": "tt2575988"},
    )
    replay_server.add("/lookup/shows", Reply(404), query={"thetvdb": "1"})
    assert tvmaze.lookup(imdb="tt2575988") == ProviderRef("tvmaze", 143)
    assert tvmaze.lookup(tvdb=1) is None
