"""The catalogue commands in real subprocesses against a real loopback server replaying TVmaze."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from support.cli import run_cli
from support.replay import ReplayServer, Reply

AOUAD = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
AOUAD_DATED = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"


@pytest.fixture
def tvmaze(monkeypatch):
    with ReplayServer() as server:
        monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", server.url)
        yield server


def cli(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def dump() -> list[tuple]:
    with sqlite3.connect(Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3") as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(n, *row) for n in names for row in db.execute(f'SELECT * FROM "{n}" ORDER BY 1')]


def test_search_then_add_by_id_brings_the_whole_show(tvmaze):
    tvmaze.add("/search/shows", Reply.file("tvmaze/search_shows_q-all-of-us-are-dead.handmade.json"))
    tvmaze.add("/shows/90001", Reply.file(AOUAD))
    hits = json.loads(cli("search", "all of us are dead", "--json"))
    assert hits[0]["ref"] == "tvmaze:90001" and hits[0]["network"] == "Netflix"
    assert tvmaze.calls("/search/shows")[0].query["q"] == ["all of us are dead"]
    assert "Added All of Us Are Dead" in cli("add", "--tvmaze", "90001")
    shown = json.loads(cli("show", "All of Us Are Dead", "--json"))
    assert shown["ids"]["tvmaze"] == "90001" and shown["network"] == "Netflix"
    assert [s["number"] for s in shown["seasons"]] == [1, 2]
    assert shown["seasons"][1]["status_history"][0]["source"] == "TVmaze"
    assert {(c["actor"], c["character"]) for c in shown["cast"]} >= {("Cho Yi-hyun", "Choi Nam-ra")}


def test_link_then_refresh_records_the_announced_date_next_to_the_manual_facts(tvmaze):
    cli("add", "All of Us Are Dead", "--season", "2", "--watch", "waiting")
    cli("status", "All of Us Are Dead", "post-production", "--since", "2026-02-19", "--source", "wrap")
    tvmaze.add("/shows/90001", [Reply.file(AOUAD), Reply.file(AOUAD_DATED)])
    assert "now follows tvmaze:90001" in cli("link", "all of us", "--tvmaze", "90001")
    assert "1 changed" in cli("refresh", "all of us")
    season = json.loads(cli("show", "All of Us Are Dead", "--json"))["seasons"][1]
    assert season["status"] == "scheduled"
    assert [(h["status"], h["source"]) for h in season["status_history"]] == [
        ("post-production", "wrap"),
        ("scheduled", "TVmaze"),
    ]
    assert (season["expected"]["text"], season["expected"]["confidence"]) == ("15 January 2027", "official")


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(status=500, body=b"oops"), "TVmaze"),
        (Reply(body=b'{"id": 90001, "name": "All of'), "TVmaze"),
        (Reply(body=b"<html><body>Gateway</body></html>"), "TVmaze"),
        (Reply.json({"id": "ninety", "name": 7}), "TVmaze"),
        (Reply.json([1, 2, 3]), "TVmaze"),
        (Reply(status=429, headers={"Retry-After": "3600"}), "TVmaze"),
        (Reply.file("tvmaze/error_404_episodebynumber_unknown_episode.2017.json", status=404), "TVmaze"),
    ],
)
def test_catalogue_faults_end_in_a_message_and_leave_the_database_alone(tvmaze, reply, words):
    cli("add", "Kingdom", "--season", "3")
    before = dump()
    tvmaze.add("/shows/90001", reply)
    done = run_cli("add", "--tvmaze", "90001")
    assert done.returncode == 1
    assert words in done.stderr and "Traceback" not in done.stderr
    assert dump() == before


def test_unreachable_catalogue_is_calm(monkeypatch):
    monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", "http://127.0.0.1:9")
    done = run_cli("search", "kingdom")
    assert done.returncode == 1 and "can't be reached" in done.stderr


def test_bad_references_are_bad_input():
    assert run_cli("add", "--tmdb", "show:12").returncode == 2
    assert "not enabled" in run_cli("add", "--tmdb", "tv:1399").stderr
    assert run_cli("link", "Nothing", "--tvmaze", "1").returncode == 2


def test_anilist_comes_from_the_registry_search_add_and_refresh_over_its_graphql_endpoint(monkeypatch):
    with ReplayServer() as anilist:
        monkeypatch.setenv("CLIFFHANGER_ANILIST_URL", anilist.url)
        search = Reply.file("anilist/search_q-frieren.handmade.json")
        anilist.add("/", search, method="POST", posted={"variables": {"search": "frieren"}})
        season2 = Reply.file("anilist/media_182255.handmade.json")
        anilist.add("/", season2, method="POST", posted={"variables": {"id": 182255}})
        hits = json.loads(cli("search", "frieren", "--provider", "anilist", "--json"))
        assert [h["ref"] for h in hits] == ["anilist:154587", "anilist:182255", "anilist:142770"]
        assert "Added Sousou no Frieren 2nd Season" in cli("add", "--anilist", "182255")
        shown = json.loads(cli("show", "Sousou no Frieren 2nd Season", "--json"))
        assert shown["ids"] == {"anilist": "182255"}
        assert "Refreshed" in cli("refresh")
        assert len(anilist.calls("/")) == 3, "no change feed: the linked entry is asked again"
    bad = run_cli("add", "--anilist", "tv:5")
    assert bad.returncode == 2 and "use anilist:ID" in bad.stderr
