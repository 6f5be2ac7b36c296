"""A large import and export through the real command line: a progress line on a terminal (or when asked),
none in a pipe by default, and every row intact."""

from __future__ import annotations

import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from support.cli import run_cli
from support.processes import merged_env

ROWS = 20_000
HEADER = (
    "Position,Const,Created,Modified,Description,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres"
)


def big_imdb_file(folder: Path) -> Path:
    lines = [HEADER]
    for n in range(1, ROWS + 1):
        kind = "movie" if n % 3 else "tvSeries"
        name = f'"Film {n}, part two"'
        lines.append(
            f"{n},tt{3000000 + n},2021-06-02,2021-06-02,,{name},,{kind},7.1,120,{1950 + n % 75},Drama"
        )
    target = folder / "watchlist.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal (stdout piped); return its exit code and what the
    terminal showed."""
    controller, terminal = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "cliffhanger", *args],
        env=merged_env({}),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    ) as process:
        os.close(terminal)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
        code = process.wait(timeout=300)
    os.close(controller)
    return code, shown.decode("utf-8", "replace")


def test_a_large_import_shows_progress_on_a_terminal_and_keeps_every_row(tmp_path: Path):
    source = big_imdb_file(tmp_path)
    code, shown = run_on_a_terminal("import", str(source))
    assert code == 0, shown
    assert f"Importing watchlist.csv: 100% ({2 * ROWS:,}/{2 * ROWS:,})" in shown
    assert shown.count("\r") >= 2  # drawn over itself as the work went on
    database = Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM title").fetchone() == (ROWS,)
        refs = connection.execute(
            "SELECT count(DISTINCT ref) FROM title_ref WHERE provider = 'imdb'"
        ).fetchone()
        assert refs == (ROWS,)
        named = connection.execute("SELECT kind, year FROM title WHERE name = ?", (f"Film {ROWS}, part two",))
        assert named.fetchone() == ("series" if ROWS % 3 == 0 else "film", 1950 + ROWS % 75)
    again = run_cli("import", str(source), timeout=300)  # a pipe: no progress line unless asked
    assert again.returncode == 0 and "Importing" not in again.stderr and "\r" not in again.stderr
    assert f"{ROWS:,}" in again.stdout or str(ROWS) in again.stdout  # all skipped as already there


def test_a_large_export_tells_its_progress_when_asked_and_reads_back(tmp_path: Path):
    assert run_cli("import", str(big_imdb_file(tmp_path)), timeout=300).returncode == 0
    target = tmp_path / "backup.json"
    done = run_cli("export", "--format", "json", "--output", str(target), "--progress", timeout=300)
    assert done.returncode == 0, done.stderr
    assert re.search(r"Exporting json: 100% \(([\d,]+)/\1\)", done.stderr)  # (text mode reads \r as \n)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["counts"]["title"] == ROWS == len(document["tables"]["title"])
    piped = run_cli("export", "--format", "csv", timeout=300)
    assert piped.returncode == 0 and "Exporting" not in piped.stderr
    assert len(piped.stdout.splitlines()) == ROWS + 1
