"""Watched history from a Trakt watched-shows list, into a real database file.

A show already on the watchlist (matched by its IMDb id) gets its episodes' watched marks, keeping the
catalogue's facts; a new show keeps its marks by season and number until a catalogue fills the rest.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import ExternalIds, Season, Title
from cliffhanger.domain.vocabulary import WatchState
from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import preview, run_import
from support.transfer import CTX, SAMPLES, snapshot

WATCHED = SAMPLES / "trakt_api_users_watched_shows.json"


def homeland_from_a_catalogue(watchlist) -> Title:
    episodes = tuple(Episode(1, n, f"Episode {n}", date(2011, 10, 2), source="TVmaze") for n in range(1, 13))
    title = Title(
        "Homeland", year=2011, ids=ExternalIds(imdb="tt1796960"), seasons=(Season(1, episodes=episodes),)
    )
    return watchlist.add(title)


def test_watched_episodes_merge_into_a_followed_show_where_ids_match(db, watchlist):
    homeland = homeland_from_a_catalogue(watchlist)
    plan = preview(detect.read_path(WATCHED, CTX), db)
    [merge] = [item for item in plan.items if item.target == homeland.id]
    assert "12 watched episodes of season 1" in merge.reason
    run_import(detect.read_path(WATCHED, CTX), db)
    season = watchlist.title(homeland.id).season(1)
    assert [e.watched for e in season.episodes] == [True] * 12
    assert season.episode(3).title == "Episode 3"  # the catalogue's facts are kept
    recorded = json.loads(WATCHED.read_text())[3]["seasons"][0]["episodes"][2]["last_watched_at"]
    assert season.episode(3).watched_at == datetime.fromisoformat(recorded.replace("Z", "+00:00"))


def test_a_new_show_keeps_its_marks_and_a_second_import_adds_nothing(db, watchlist):
    run_import(detect.read_path(WATCHED, CTX), db)
    chuck = watchlist.find("Chuck")
    assert [len(s.episodes) for s in chuck.seasons] == [13, 22, 19, 24, 13]
    assert all(e.watched_at is not None and e.watched_at.tzinfo is UTC for e in chuck.episodes)
    assert chuck.watch is WatchState.WATCHING
    before = snapshot(db)
    again = run_import(detect.read_path(WATCHED, CTX), db)
    assert again.counts()["merge"] == 0 and snapshot(db) == before


def test_an_episode_marked_already_is_left_as_it_was(db, watchlist):
    homeland = homeland_from_a_catalogue(watchlist)
    earlier = datetime(2012, 1, 1, tzinfo=UTC)
    watchlist.mark_watched(homeland.id, [(1, 1)], watched=True, now=earlier)
    run_import(detect.read_path(WATCHED, CTX), db)
    assert watchlist.title(homeland.id).season(1).episode(1).watched_at == earlier
