"""Episodes from the command line, in real subprocesses against the loopback TVmaze server."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from support.cli import run_cli
from support.replay import ReplayServer, Reply

AOUAD = (
    "tvmaze/shows_90001_all-of-us-are-dead_s2-episodes_embed-seasons-cast-nextepisode-episodes.handmade.json"
)


@pytest.fixture
def followed(monkeypatch):
    with ReplayServer() as server:
        monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", server.url)
        server.add("/shows/90001", Reply.file(AOUAD))
        assert run_cli("add", "--tvmaze", "90001").returncode == 0
        yield server


def cli(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def database_rows() -> list[tuple]:
    with sqlite3.connect(Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3") as db:
        return db.execute("SELECT * FROM episode ORDER BY id").fetchall()


def test_show_json_lists_each_seasons_episodes(followed):
    shown = json.loads(cli("show", "All of Us Are Dead", "--json"))
    first, second = shown["seasons"]
    assert (len(first["episodes"]), len(second["episodes"])) == (12, 8)
    assert second["release_pattern"] == "all-at-once"
    assert second["episodes"][0] == {
        "number": 1,
        "title": "Episode 1",
        "airdate": "2027-01-15",
        "airstamp": "2027-01-15T08:00:00+00:00",
        "runtime": None,
        "watched": False,
        "watched_at": None,
    }


def test_watched_marks_a_season_up_to_an_episode_and_undoes(followed):
    said = cli("watched", "All of Us Are Dead", "--season", "1")
    assert "12 episodes (S01E01-S01E12) marked watched" in said and "S2 · 0/8" in said
    assert "watch state waiting" in said  # all that aired is seen, season 2 is still to come
    cli("watched", "All of Us Are Dead", "--season", "2", "--episode", "3", "--up-to")
    rows = json.loads(cli("list", "--json"))
    assert rows[0]["progress"] == {"season": 2, "watched": 3, "total": 8, "text": "S2 · 3/8"}
    assert rows[0]["next_episode"] == {"season": 2, "number": 1, "airdate": "2027-01-15"}
    assert "S2 · 3/8" in cli("list")
    cli("watched", "All of Us Are Dead", "--season", "2", "--episode", "3", "--undo")
    season = json.loads(cli("show", "All of Us Are Dead", "--json"))["seasons"][1]
    assert [e["watched"] for e in season["episodes"]] == [True, True] + [False] * 6
    listing = cli("episodes", "All of Us Are Dead", "--season", "2")
    assert listing.splitlines()[0] == "Season 2: 8 episodes, all at once, 2 watched"
    assert "[x] S02E02" in listing and "[ ] S02E03" in listing


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--season", "3"], "no season 3"),
        (["--season", "2", "--episode", "9"], "no episode 9"),
        (["--episode", "2"], "name the season"),
        (["--up-to"], "--up-to needs"),
        (["--season", "0"], "season numbers start at 1"),
    ],
)
def test_an_episode_or_season_that_does_not_exist_is_exit_2_and_changes_nothing(followed, args, words):
    before = database_rows()
    done = run_cli("watched", "All of Us Are Dead", *args)
    assert done.returncode == 2 and words in done.stderr
    assert "Traceback" not in done.stderr
    assert database_rows() == before


def test_alerts_take_the_opt_in_episode_kinds_and_refuse_unknown_ones(followed):
    said = cli("alerts", "All of Us Are Dead", "on", "--also", "episode,finale", "--without", "claim")
    chosen = said.rstrip().rsplit("(", 1)[1].rstrip(")").split(", ")
    assert {"premiere", "episode", "finale", "episode-date", "status"} <= set(chosen)
    assert "claim" not in chosen
    done = run_cli("alerts", "All of Us Are Dead", "on", "--also", "trailer")
    assert done.returncode == 2 and "unknown alert 'trailer'" in done.stderr
