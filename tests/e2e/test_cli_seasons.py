"""`cliffhanger season TITLE N --remove` through the real CLI in subprocesses, on a real database file."""

import json
import os
import sqlite3
from pathlib import Path

from support.cli import run_cli

TITLE = "All of Us Are Dead"
ENV = {"TZ": "Europe/Berlin", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}


def ok(*args: str) -> str:
    done = run_cli(*args, env=ENV)
    assert done.returncode == 0, done.stderr
    return done.stdout


def database_dump() -> list[tuple]:
    with sqlite3.connect(Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, *row) for t in tables for row in db.execute(f'SELECT * FROM "{t}" ORDER BY 1')]


def _mistaken_season_nine() -> None:
    Path(os.environ["CLIFFHANGER_HOME"]).mkdir(parents=True, exist_ok=True)
    (Path(os.environ["CLIFFHANGER_HOME"]) / "settings.json").write_text(json.dumps({"notifiers": ["log"]}))
    ok("add", TITLE, "--season", "2", "--network", "Netflix", "--cast", "Park Ji-hu as Nam On-jo")
    ok("status", TITLE, "--season", "2", "post-production", "--since", "2026-02-19")
    ok("expect", TITLE, "--season", "2", "early 2027", "--confidence", "speculated")
    ok("season", TITLE, "9")
    ok("status", TITLE, "--season", "9", "filming", "--since", "2026-11-01")
    ok("expect", TITLE, "--season", "9", "2027-01-29", "--confidence", "official", "--source", "Netflix")
    ok("remind", TITLE, "--season", "9", "--before-release", "3")
    ok("cast", TITLE, "--season", "9", "Cho Yi-hyun as Choi Nam-ra")


def test_a_season_added_by_mistake_goes_with_everything_recorded_for_it():
    _mistaken_season_nine()
    assert "season 9" in ok("agenda")
    said = ok("season", TITLE, "9", "--remove")
    assert said == (
        f"{TITLE}, season 2: season 9 removed, with 1 status change, 1 claim, 1 reminder, 1 credit.\n"
    )
    shown = json.loads(ok("show", TITLE, "--json"))
    [season] = shown["seasons"]
    assert season["number"] == 2 and season["status"] == "post-production"
    assert [c["text"] for c in season["claims"]] == ["early 2027"]
    assert [c["actor"] for c in shown["cast"]] == ["Park Ji-hu"]
    assert [item["season"] for item in json.loads(ok("agenda", "--json"))] == [2]  # its window passing
    assert "No reminders set." in ok("reminders")
    assert ok("season", TITLE, "9").endswith("season 9 added.\n")
    again = json.loads(ok("show", TITLE, "--json"))["seasons"][1]  # added again, it comes back empty
    assert (again["number"], again["status_history"], again["claims"]) == (9, [], [])


def test_bad_removals_exit_2_and_leave_the_database_as_it_was():
    _mistaken_season_nine()
    ok("add", "Kingdom: Ashin of the North", "--film")
    ok("season", TITLE, "9", "--remove")
    before = database_dump()
    cases = {
        (TITLE, "9"): "has no season 9 (its seasons: 2)",
        (TITLE, "2"): "season 2 is the only season of All of Us Are Dead",
        ("Kingdom: Ashin of the North", "1"): "is a film; it has no seasons",
        ("No Such Show", "1"): "No Such Show",
        (TITLE, "0"): "",
    }
    for (name, number), message in cases.items():
        done = run_cli("season", name, number, "--remove", env=ENV)
        assert done.returncode == 2, (name, number, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
    assert database_dump() == before
