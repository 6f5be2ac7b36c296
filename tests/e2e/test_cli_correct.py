"""`cliffhanger correct` against a real database file, through the real CLI in subprocesses."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from support.cli import run_cli

TITLE = "All of Us Are Dead"


def ok(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def database_dump(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "cliffhanger.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, *row) for t in tables for row in db.execute(f'SELECT * FROM "{t}" ORDER BY 1')]


@pytest.fixture
def home() -> Path:
    cast = ["--cast", "Park Ji-hu as Nam On-jo", "--cast", "Yoon Chan-young as Lee Cheong-san"]
    ok("add", TITLE, "--season", "2", "--network", "Netflix", *cast)
    ok("status", TITLE, "--season", "2", "filming", "--since", "2025-07-10")
    ok("status", TITLE, "--season", "2", "post-production", "--since", "2026-02-19")
    ok("expect", TITLE, "--season", "2", "December 2026", "--confidence", "reported")
    ok("expect", TITLE, "--season", "2", "early 2027", "--confidence", "speculated")
    return Path(os.environ["CLIFFHANGER_HOME"])


def shown() -> dict:
    return json.loads(ok("show", TITLE, "--json"))


def season_two(data: dict) -> dict:
    return next(s for s in data["seasons"] if s["number"] == 2)


def test_removes_a_status_change_by_its_day(home: Path) -> None:
    out = ok("correct", "all of us", "--season", "2", "--status", "19 February 2026")
    assert "removed the status change since 2026-02-19" in out
    history = season_two(shown())["status_history"]
    assert [h["since"] for h in history] == ["2025-07-10"]
    assert season_two(shown())["status"] == "filming"


def test_removes_a_claim_by_its_window(home: Path) -> None:
    with sqlite3.connect(home / "cliffhanger.sqlite3") as db:
        (title_id,) = db.execute("SELECT id FROM title").fetchone()
    ok("correct", f"#{title_id}", "--claim", "Dec 2026")
    claims = season_two(shown())["claims"]
    assert [c["text"] for c in claims] == ["early 2027"]
    assert season_two(shown())["expected"]["text"] == "early 2027"


def test_removes_a_credit_by_the_actors_name(home: Path) -> None:
    ok("correct", TITLE, "--credit", "park ji-hu")
    assert [c["actor"] for c in shown()["cast"]] == ["Yoon Chan-young"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Kingdom", "--claim", "December 2026"], "Kingdom"),
        ([TITLE, "--claim", "2031"], "no claim of 2031"),
        ([TITLE, "--status", "2026-02-20"], "no status change since 2026-02-20"),
        ([TITLE, "--status", "someday"], "can't read"),
        ([TITLE, "--credit", "Cho Yi-hyun"], "no credit of Cho Yi-hyun"),
        ([TITLE, "--season", "9", "--claim", "December 2026"], "no season 9"),
        ([TITLE, "--season", "0", "--claim", "December 2026"], "season numbers start at 1"),
        ([TITLE, "--claim", "December 2026", "--credit", "Park Ji-hu"], "not allowed with"),
        ([TITLE], "one of the arguments"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(home: Path, args: list[str], message: str) -> None:
    before = database_dump(home)
    done = run_cli("correct", *args)
    assert done.returncode == 2, done.stdout
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert database_dump(home) == before


def test_control_characters_in_a_name_are_not_printed(home: Path) -> None:
    done = run_cli("correct", TITLE, "--credit", "Evil\x1b[2J")
    assert done.returncode == 2
    assert "\x1b" not in done.stderr
