"""SIGKILL at random points of an import, a burst of edits and a refresh: afterwards the database passes
SQLite's integrity check, an import is there whole or not at all, and every edit confirmed before the kill
is there. The points are drawn from a seeded generator; the seed is in the test's name, so a failure can be
replayed exactly."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.sync.catalogue import Catalogues
from support.catalogues import FakeClock, tvmaze_on
from support.processes import merged_env
from support.replay import FIXTURES, ReplayServer, Reply

TESTS = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("CLIFFHANGER_FAULT_SEED", "20261201"))
HEADER = (FIXTURES / "imports/imdb_watchlist_export_2021format.sample.csv").read_text().splitlines()[0]
ROWS = 4000


def _env(home: Path, **extra: str) -> dict[str, str]:
    return merged_env({"CLIFFHANGER_HOME": str(home), "PYTHONPATH": str(TESTS), **extra})


def _big_export(path: Path) -> Path:
    rows = [
        f"{n},tt{9000000 + n},2021-06-02,2021-06-02,,Show number {n},"
        f"https://www.imdb.com/title/tt{9000000 + n}/,"
        f'tvSeries,7.5,50,{1990 + n % 30},"Drama, Mystery",1000,2001-01-01,"Someone"'
        for n in range(1, ROWS + 1)
    ]
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    return path


def _healthy(database: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection


def _kill_after(
    command: list[str], env: dict[str, str], delay: float, *, from_first_line: bool = False
) -> tuple[int, str]:
    """Run `command`, SIGKILL it after `delay` seconds; its exit status and what it printed.

    With `from_first_line`, the delay counts from the first line it prints, so a slow start on a busy
    machine cannot use the whole delay up before the work begins.
    """
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        first = process.stdout.readline() if from_first_line and process.stdout else ""
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        printed, _ = process.communicate(timeout=30)
    return process.returncode, first + printed


def test_imports_killed_at_random_points_leave_all_or_nothing(tmp_path):
    chance = random.Random(SEED)
    home, export = tmp_path / "home", _big_export(tmp_path / "big.csv")
    env = _env(home)
    cli = [sys.executable, "-m", "cliffhanger"]
    confirmed = subprocess.run([*cli, "add", "Confirmed before"], env=env, capture_output=True, check=False)
    assert confirmed.returncode == 0
    for _ in range(5):
        status, _printed = _kill_after([*cli, "import", str(export)], env, chance.uniform(0.3, 6.0))
        connection = _healthy(home / "cliffhanger.sqlite3")
        imported = connection.execute(
            "SELECT count(*) FROM title WHERE name LIKE 'Show number %'"
        ).fetchone()[0]
        kept = connection.execute("SELECT count(*) FROM title WHERE name = 'Confirmed before'").fetchone()[0]
        connection.close()
        assert imported in (0, ROWS) and kept == 1, (imported, status)
        if imported:
            break
    finished = subprocess.run(
        [*cli, "import", str(export)], env=env, capture_output=True, text=True, check=False
    )
    assert finished.returncode == 0, finished.stderr
    connection = _healthy(home / "cliffhanger.sqlite3")
    assert connection.execute("SELECT count(*) FROM title").fetchone()[0] == ROWS + 1
    connection.close()


@pytest.mark.parametrize("round_", range(3))
def test_edits_confirmed_before_a_kill_are_all_kept(tmp_path, round_):
    chance = random.Random(SEED + round_)
    home = tmp_path / "home"
    home.mkdir()
    database = home / "cliffhanger.sqlite3"
    Watchlist.open(database, backups=home / "backups").close()
    _status, printed = _kill_after(
        [sys.executable, "-m", "support.edit_burst", str(database), "100000"],
        _env(home),
        chance.uniform(0.1, 2.5),
        from_first_line=True,
    )
    confirmed = [int(line) for line in printed.split()]
    connection = _healthy(database)
    names = {row[0] for row in connection.execute("SELECT name FROM title")}
    claims = connection.execute("SELECT count(*) FROM release_claim WHERE source = 'burst'").fetchone()[0]
    connection.close()
    assert confirmed, "the burst confirmed nothing before the kill"
    assert {f"Edit {n}" for n in confirmed} <= names
    assert claims >= len(confirmed)


def test_refreshes_killed_at_random_points_leave_a_sound_database(tmp_path):
    chance = random.Random(SEED)
    home = tmp_path / "home"
    home.mkdir()
    database = home / "cliffhanger.sqlite3"
    show = (FIXTURES / "tvmaze/shows_13_embed-seasons.2020.json").read_text()

    def body(number: int, name: str) -> bytes:
        data = json.loads(show)
        data.update(id=number, name=name, externals={"tvrage": None, "thetvdb": None, "imdb": None})
        return json.dumps(data).encode()

    with ReplayServer() as server:
        watchlist = Watchlist.open(database, backups=home / "backups")
        tvmaze = tvmaze_on(server, FakeClock())
        catalogues = Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze})
        for number in range(1, 31):
            server.add(f"/shows/{number}", Reply(200, body(number, f"Show {number}")))
            catalogues.add(f"tvmaze:{number}")
        tvmaze.close()
        watchlist.close()
        for number in range(1, 31):
            server.add(f"/shows/{number}", Reply(200, body(number, f"Show {number} renamed"), delay=0.05))
        env = _env(home, CLIFFHANGER_TVMAZE_URL=server.url)
        refresh = [sys.executable, "-m", "cliffhanger", "refresh"]
        for _ in range(3):
            _kill_after(refresh, env, chance.uniform(0.5, 3.0))
            _healthy(database).close()
        done = subprocess.run(refresh, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    connection = _healthy(database)
    assert connection.execute("SELECT count(*) FROM title").fetchone()[0] == 30
    connection.close()
