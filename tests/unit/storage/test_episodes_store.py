"""Episodes on a real SQLite file: stored with a title, merged from a catalogue, watched and unwatched."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cliffhanger.domain.episodes import Episode, Progress
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.vocabulary import WatchState
from cliffhanger.storage import episodes_repo
from cliffhanger.storage.watchlist import Watchlist

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b")
    yield opened
    opened.close()


def season(number: int, first: date, count: int) -> Season:
    episodes = tuple(
        Episode(number, n, f"Episode {n}", first + timedelta(weeks=n - 1), source="TVmaze")
        for n in range(1, count + 1)
    )
    return Season(number, episodes=episodes)


def added(watchlist: Watchlist) -> Title:
    title = Title("Sweet Home", seasons=(season(1, date(2026, 1, 1), 4), season(2, date(2026, 11, 20), 4)))
    return watchlist.add(title)


def test_episodes_are_kept_with_the_title_and_loaded_for_one_title_only(watchlist: Watchlist):
    title = added(watchlist)
    again = watchlist.title(title.id)
    assert [e.code for e in again.episodes] == [f"S0{s}E0{n}" for s in (1, 2) for n in range(1, 5)]
    assert again.season(2).episode(1).airdate == date(2026, 11, 20)
    [listed] = watchlist.titles()
    assert listed.episodes == ()  # the whole list never reads episodes


def test_marks_follow_the_watch_state_and_undo(watchlist: Watchlist):
    title = added(watchlist)
    one = watchlist.mark_watched(title.id, [(1, 1)], watched=True, now=NOW)
    assert one.season(1).episode(1).watched_at == NOW
    assert one.watch is WatchState.WATCHING
    aired = [(1, n) for n in range(1, 5)] + [(2, 1), (2, 2)]
    assert watchlist.mark_watched(title.id, aired, watched=True, now=NOW).watch is WatchState.WAITING
    every = [(s, n) for s in (1, 2) for n in range(1, 5)]
    assert watchlist.mark_watched(title.id, every, watched=True, now=NOW).watch is WatchState.COMPLETED
    undone = watchlist.mark_watched(title.id, [(2, 4)], watched=False, now=NOW)
    assert not undone.season(2).episode(4).watched and undone.season(2).episode(3).watched
    assert undone.watch is WatchState.WAITING


def test_a_watch_state_the_user_chose_is_left_alone(watchlist: Watchlist):
    import dataclasses

    title = added(watchlist)
    chosen = watchlist.update(title.id, dataclasses.replace(title, watch=WatchState.DROPPED))
    assert chosen.watch_pinned
    chosen = watchlist.update(title.id, dataclasses.replace(chosen, watch=WatchState.PLAN))
    marked = watchlist.mark_watched(title.id, [(1, 1)], watched=True, now=NOW)
    assert marked.watch is WatchState.PLAN


def test_a_catalogue_merge_keeps_watched_marks_and_notes_moved_dates(watchlist: Watchlist):
    title = added(watchlist)
    watchlist.mark_watched(title.id, [(2, 1)], watched=True, now=NOW)
    moved = [
        Episode(2, 1, "Episode 1", date(2026, 11, 20), source="TVmaze"),
        Episode(2, 2, "Renamed", date(2026, 11, 27), source="TVmaze"),
        Episode(2, 3, "Episode 3", date(2026, 12, 11), source="TVmaze"),  # was 12-04
        Episode(2, 5, "Episode 5", None, source="TVmaze"),
    ]
    later = NOW + timedelta(hours=1)
    stored = watchlist.title(title.id)
    with watchlist.db.transaction() as session:
        changed = episodes_repo.merge_episodes(
            session=session, season_id=stored.season(2).id, episodes=moved, now=later
        )
    assert changed == 3
    after = watchlist.title(title.id).season(2)
    assert after.episode(1).watched_at == NOW
    assert after.episode(2).title == "Renamed" and after.episode(2).previous_airdate is None
    third = after.episode(3)
    assert (third.airdate, third.previous_airdate, third.date_noted_at) == (
        date(2026, 12, 11),
        date(2026, 12, 4),
        later,
    )
    assert after.episode(5).date_noted_at is None


def test_list_facts_give_progress_and_the_next_episode_in_two_queries(watchlist: Watchlist):
    title = added(watchlist)
    bare = watchlist.add(Title("No Episodes"))
    watchlist.mark_watched(title.id, [(1, n) for n in range(1, 5)] + [(2, 1)], watched=True, now=NOW)
    facts = watchlist.episode_facts(date(2026, 12, 1))
    assert bare.id not in facts
    assert facts[title.id]["progress"] == Progress(2, 1, 4)
    assert facts[title.id]["next_episode"] == {"season": 2, "number": 3, "airdate": date(2026, 12, 4)}


def test_removing_a_title_removes_its_episodes(watchlist: Watchlist):
    title = added(watchlist)
    watchlist.remove(title.id)
    assert watchlist.purge_removed(older_than=timedelta(0)) == 1
    with watchlist.db.transaction() as session:
        assert episodes_repo.by_season(session=session, season_ids=[s.id for s in title.seasons]) == {}


def test_many_titles_read_their_episodes_from_the_whole_table_with_the_same_result(watchlist, monkeypatch):
    from cliffhanger.storage import repository as repo

    first, second = added(watchlist), watchlist.add(Title("Other", seasons=(season(1, date(2026, 1, 1), 2),)))
    with watchlist.db.transaction() as session:
        short = repo.load_titles(session=session, episodes={first.id})
        monkeypatch.setattr(repo, "LONG_IN", 0)
        long = repo.load_titles(session=session, episodes={first.id})
    assert short == long
    by_name = {t.name: t for t in long}
    assert len(by_name["Sweet Home"].episodes) == 8 and by_name["Other"].episodes == ()
    assert second.id != first.id
