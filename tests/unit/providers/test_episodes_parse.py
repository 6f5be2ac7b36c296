"""Episodes from TVmaze (embedded) and TMDB (season details appended), parsed from answers over loopback."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from cliffhanger.domain.episodes import ReleasePattern, release_pattern
from cliffhanger.providers import ProviderRef, TmdbProvider, TvmazeProvider
from support.replay import FIXTURES, ReplayServer, Reply

SILICON_VALLEY = "tvmaze/singlesearch_shows_q-silicon-valley_embed-episodes.2017.json"
HARBOR = "tvmaze/shows_90002_harbor-lights_embed-seasons-cast-nextepisode-episodes.handmade.json"
AOUAD = (
    "tvmaze/shows_90001_all-of-us-are-dead_s2-episodes_embed-seasons-cast-nextepisode-episodes.handmade.json"
)
SEASONS = ",".join(f"season/{n}" for n in range(1, 9))


def test_tvmaze_embedded_episodes_carry_dates_instants_and_runtimes(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/143", Reply.file(SILICON_VALLEY))
    show = tvmaze.details(ProviderRef.parse("tvmaze:143"))
    recorded = json.loads((FIXTURES / SILICON_VALLEY).read_text())["_embedded"]["episodes"]
    assert len(show.episodes) == len(recorded) > 20
    first = show.episodes[0]
    assert (first.code, first.title, first.airdate, first.runtime) == (
        "S01E01",
        "Minimum Viable Product",
        date(2014, 4, 6),
        30,
    )
    assert first.airstamp == datetime(2014, 4, 7, 2, tzinfo=UTC)
    season_one = [e for e in show.episodes if e.season == 1]
    assert release_pattern(season_one) is ReleasePattern.WEEKLY
    title = show.to_title()
    assert [len(s.episodes) for s in title.seasons] == [
        sum(1 for e in recorded if e["season"] == s.number) for s in title.seasons
    ]


def test_a_missing_instant_is_worked_out_in_the_networks_zone_across_dst(
    replay_server: ReplayServer, tvmaze: TvmazeProvider
) -> None:
    replay_server.add("/shows/90002", Reply.file(HARBOR))
    show = tvmaze.details(ProviderRef.parse("tvmaze:90002"))
    stamps = [e.airstamp for e in show.episodes]
    # 21:00 in New York: 02:00 UTC in winter time, 01:00 UTC once clocks go forward on 14 March 2027
    assert stamps[1] == datetime(2027, 3, 8, 2, tzinfo=UTC)
    assert stamps[2] == datetime(2027, 3, 15, 1, tzinfo=UTC)
    assert stamps[5] == datetime(2027, 4, 5, 1, tzinfo=UTC)  # recorded without airstamp, 21:00 local


def test_a_binge_drop_is_all_at_once(replay_server: ReplayServer, tvmaze: TvmazeProvider) -> None:
    replay_server.add("/shows/90001", Reply.file(AOUAD))
    season_two = tvmaze.details(ProviderRef.parse("tvmaze:90001")).to_title().season(2)
    assert len(season_two.episodes) == 8
    assert release_pattern(season_two.episodes) is ReleasePattern.ALL_AT_ONCE


def test_tmdb_season_details_come_in_one_more_call(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    season_one = json.loads((FIXTURES / "tmdb/tv_1399_season_1.json").read_text())
    replay_server.add("/3/tv/1399", Reply.file("tmdb/tv_1399_details.json"))
    replay_server.add(
        "/3/tv/1399", Reply.json({"season/1": season_one}), query={"append_to_response": SEASONS}
    )
    show = tmdb.details(ProviderRef.parse("tmdb:tv:1399"))
    assert len(replay_server.calls("/3/tv/1399")) == 2
    assert [e.number for e in show.episodes] == list(range(1, 11))
    first = show.episodes[0]
    assert (first.title, first.airdate, first.runtime, first.airstamp) == (
        "Winter Is Coming",
        date(2011, 4, 17),
        62,
        None,
    )
    converted = show.to_title().season(1).episodes
    assert [(e.title, e.airdate) for e in converted] == [(e.title, e.airdate) for e in show.episodes]
    assert {e.date_noted_at for e in converted} == {show.fetched_at}  # listed when the catalogue was asked


def test_tmdb_details_survive_a_failing_season_call(replay_server: ReplayServer, tmdb: TmdbProvider) -> None:
    replay_server.add("/3/tv/1399", Reply.file("tmdb/tv_1399_details.json"))
    replay_server.add(
        "/3/tv/1399",
        Reply.file("tmdb/error_404_resource_not_found.from-radarr-log.json", status=404),
        query={"append_to_response": SEASONS},
    )
    show = tmdb.details(ProviderRef.parse("tmdb:tv:1399"))
    assert show.name == "Game of Thrones" and show.episodes == ()


def test_specials_and_unnumbered_episodes_are_left_out(tmp_path: Path) -> None:
    from cliffhanger.providers.episode_parse import tvmaze_episodes
    from cliffhanger.providers.fields import Fields

    items = [
        {"season": 1, "number": None, "name": "Special", "airdate": "2020-01-01"},
        {"season": 0, "number": 1, "name": "Zero"},
        {"season": 1, "number": 1, "name": "Pilot", "airdate": "", "airstamp": "2020-01-01T21:00:00"},
        {"season": 1, "number": 1, "name": "Twice"},
        "not an object",
    ]
    fields = [Fields(item, "TVmaze", "episode") for item in items if isinstance(item, dict)]
    [pilot] = tvmaze_episodes(fields, "TVmaze")
    assert (pilot.title, pilot.airdate, pilot.airstamp) == ("Pilot", None, None)  # no offset: not trusted


def test_anilists_next_airing_episode_becomes_an_episode_that_alerts(
    replay_server: ReplayServer, clock
) -> None:
    from cliffhanger.domain.reminders import AlertKind, AlertSetting, EventKind
    from cliffhanger.reminders.episode_alerts import episode_events
    from support.catalogues import anilist_on

    replay_server.add(
        "/",
        Reply.file("anilist/media_178754.handmade.json"),
        method="POST",
        posted={"variables": {"id": 178754}},
    )
    anilist = anilist_on(replay_server, clock)
    try:
        fetched = anilist.details(ProviderRef("anilist", 178754))
    finally:
        anilist.close()
    title = fetched.to_title()
    [episode] = title.season(1).episodes
    assert (episode.number, episode.airstamp) == (9, datetime.fromtimestamp(1717857000, UTC))
    import dataclasses

    stored = dataclasses.replace(title, id=5)
    [event] = episode_events(
        stored, AlertSetting(5, True, datetime(2024, 6, 1, tzinfo=UTC), frozenset({AlertKind.EPISODE}))
    )
    assert (event.kind, event.due) == (EventKind.EPISODE, episode.airstamp)
