"""The user's case entered through the real CLI in subprocesses, read back field by field."""

import json
import sqlite3
from pathlib import Path

import pytest

from support.cli import run_cli

TITLE = "All of Us Are Dead"
CAST = [
    ("Park Ji-hu", "Nam On-jo"),
    ("Yoon Chan-young", "Lee Cheong-san"),
    ("Cho Yi-hyun", "Choi Nam-ra"),
]


def ok(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def enter_users_case() -> None:
    cast = [arg for actor, character in CAST for arg in ("--cast", f"{actor} as {character}")]
    ok("add", TITLE, "--season", "2", "--network", "Netflix", "--watch", "waiting", *cast)
    ok(
        "status",
        "all of us are dead",
        "--season",
        "2",
        "post-production",
        "--since",
        "2026-02-19",
        "--source",
        "Filming wrapped after about seven months",
        "--confidence",
        "official",
    )
    ok(
        "expect",
        "all of us",
        "--season",
        "2",
        "December 2026",
        "--confidence",
        "reported",
        "--source",
        "Early reports; not in Netflix's 2026 line-up",
    )
    ok(
        "expect",
        "ALL OF US ARE DEAD",
        "--season",
        "2",
        "early 2027",
        "--confidence",
        "speculated",
        "--source",
        "Industry speculation",
    )


def test_users_case_reads_back_exactly():
    enter_users_case()
    shown = json.loads(ok("show", TITLE, "--json"))
    assert (shown["title"], shown["kind"], shown["network"], shown["watch"]) == (
        TITLE,
        "series",
        "Netflix",
        "waiting",
    )
    [season] = shown["seasons"]
    assert season["number"] == 2
    assert season["status"] == "post-production"
    [change] = season["status_history"]
    assert change == {
        "status": "post-production",
        "since": "2026-02-19",
        "source": "Filming wrapped after about seven months",
        "confidence": "official",
        "recorded_at": change["recorded_at"],
    }
    assert change["recorded_at"].endswith("+00:00")
    claims = [(c["text"], c["earliest"], c["latest"], c["confidence"], c["source"]) for c in season["claims"]]
    assert claims == [
        (
            "December 2026",
            "2026-12-01",
            "2026-12-31",
            "reported",
            "Early reports; not in Netflix's 2026 line-up",
        ),
        ("early 2027", "2027-01-01", "2027-04-30", "speculated", "Industry speculation"),
    ]
    expected = season["expected"]
    assert (expected["text"], expected["earliest"], expected["latest"], expected["confidence"]) == (
        "December 2026",
        "2026-12-01",
        "2026-12-31",
        "reported",
    )
    assert [(c["actor"], c["character"]) for c in shown["cast"]] == CAST


def test_list_json_gives_status_and_best_estimate():
    enter_users_case()
    ok("add", "Kingdom", "--season", "3", "--network", "Netflix")
    listed = json.loads(ok("list", "--json"))
    assert [t["title"] for t in listed] == [TITLE, "Kingdom"]
    assert listed[0]["status"] == "post-production" and listed[0]["expected"]["text"] == "December 2026"
    assert listed[1]["status"] is None and listed[1]["expected"] is None
    assert "December 2026 (reported)" in ok("list")


def database_dump(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "cliffhanger.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, *row) for t in tables for row in db.execute(f'SELECT * FROM "{t}" ORDER BY 1')]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("expect", TITLE, "soonish"), "Use one of: 2027-01-15"),
        (("expect", TITLE, "2027", "--confidence", "certain"), "unknown confidence"),
        (("status", TITLE, "vibing"), "unknown status"),
        (("status", TITLE, "filming", "--since", "2099-01-01"), "can't be in the future"),
        (("status", TITLE, "filming", "--since", "Feb 2026"), "as a day"),
        (("status", "Kingdom", "filming"), "no title on the watchlist matches 'Kingdom'"),
        (("status", "a", "filming"), "matches more than one title"),
        (("add", TITLE, "--season", "2"), "already on the watchlist"),
        (("add", "   "), "needs a name"),
        (("add", "Peninsula", "--film", "--season", "2"), "a film has no seasons"),
        (("add", "Peninsula", "--watch", "binge"), "unknown watch state"),
        (("add", "Peninsula", "--year", "20x5"), "year must be a number"),
        (("cast", TITLE, " as Nobody"), "ACTOR as CHARACTER"),
        (("status", TITLE, "filming", "--season", "0"), "season numbers start at 1"),
        (("edit", TITLE), "nothing to change"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_writes_nothing(args, message, tmp_path):
    enter_users_case()
    ok("add", "Dead Ringers", "--year", "2023")
    home = Path(__import__("os").environ["CLIFFHANGER_HOME"])
    before = database_dump(home)
    done = run_cli(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert database_dump(home) == before


def test_remove_takes_the_title_off_the_list():
    enter_users_case()
    assert "Removed All of Us Are Dead" in ok("remove", "all of us")
    assert json.loads(ok("list", "--json")) == []
    assert run_cli("show", TITLE).returncode == 2
