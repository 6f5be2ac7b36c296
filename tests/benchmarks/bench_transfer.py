"""Import and export speed: IMDb CSVs of 5,000 and 50,000 rows imported offline, and 10,000 titles
exported as JSON and ICS.

Run on demand: `python tests/benchmarks/bench_transfer.py` (or through pytest by path). Imports are timed in
5 interleaved runs; exports once, the JSON one also as streamed to a file. Each figure is printed with its
ratio to a baseline measured in the same run on the same data: for the import, reading the file with
csv.reader plus a bare sqlite3 insert of its rows in one transaction; for the exports, json.dumps of the
same rows and a plain string join of the same number of event blocks.
"""

# ruff: noqa: E501
from __future__ import annotations

import csv
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage import bulk
from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import run_import
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.calendar_feed import calendar_text
from cliffhanger.transfer.export import write_export
from support.transfer import CTX, open_watchlist

HEADER = "Position,Const,Created,Modified,Description,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors"


def imdb_csv(rows: int) -> bytes:
    lines = [HEADER]
    for n in range(1, rows + 1):
        kind, year = ("movie", 1950 + n % 75) if n % 3 else ("tvSeries", 1990 + n % 37)
        lines.append(
            f'{n},tt{1000000 + n},2021-06-02,2021-06-02,,"Title number {n}, the sequel",'
            f'https://www.imdb.com/title/tt{1000000 + n}/,{kind},7.1,120,{year},"Drama, Sci-Fi",1234,'
            f"{year}-0{1 + n % 9}-1{n % 9},Someone"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def timed(action) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def baseline_import(data: bytes, folder: Path) -> float:
    """csv.reader over the file and one sqlite3 `executemany` of its rows into a fresh file."""
    target = folder / f"bare-{time.monotonic_ns()}.sqlite3"

    def run() -> None:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))[1:]
        with sqlite3.connect(target) as connection:
            connection.execute(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, imdb TEXT, name TEXT, kind TEXT, year INT)"
            )
            connection.executemany(
                "INSERT INTO t (imdb, name, kind, year) VALUES (?,?,?,?)",
                [(r[1], r[5], r[7], int(r[10])) for r in rows],
            )

    return timed(run)[0]


def app_import(data: bytes, folder: Path, rows: int) -> float:
    """The app's import of the file into a fresh watchlist (the file already migrated, as at any start)."""
    watchlist = open_watchlist(folder / f"import-{time.monotonic_ns()}")
    try:
        seconds, plan = timed(lambda: run_import(detect.read(data, CTX), watchlist.db))
        assert plan.counts()["add"] == rows, plan.counts()  # type: ignore[attr-defined]
    finally:
        watchlist.close()
    return seconds


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def bench_import(folder: Path, sizes: tuple[int, ...] = (5000, 50000), runs: int = 5) -> None:
    for rows in sizes:
        data = imdb_csv(rows)
        baseline_import(data, folder), app_import(data, folder, rows)  # warm
        bases, apps = [], []
        for _ in range(runs):  # interleaved: baseline, app, baseline, app...
            bases.append(baseline_import(data, folder))
            apps.append(app_import(data, folder, rows))
        ratio = statistics.median(apps) / statistics.median(bases)
        print(f"import {rows}-row IMDb CSV, {runs} interleaved runs: {_spread(apps)}; "
              f"baseline (csv.reader + executemany) {_spread(bases)}; ratio {ratio:.1f}x")  # fmt: skip
    print("goal: 5,000 rows under 2 s and at most 5x executemany")


def many_titles(count: int) -> list[Title]:
    titles = []
    for n in range(count):
        claims = (
            ReleaseClaim(ReleaseWindow.part(2027, "early"), Confidence.SPECULATED),
            ReleaseClaim(ReleaseWindow.month(2026, 12), Confidence.REPORTED),
        )
        titles.append(
            Title(
                f"Series {n}",
                year=2000 + n % 26,
                seasons=(Season(1), Season(2, claims=claims if n % 2 else ())),
            )
        )
    return titles


def bench_export(folder: Path) -> None:
    watchlist = open_watchlist(folder / "export")
    try:
        with watchlist.db.immediate() as session:
            bulk.insert_titles(session=session, titles=many_titles(10_000), stamp=datetime.now(UTC))
        json_seconds, document = timed(lambda: json.dumps(make_backup(watchlist.db)))
        target = folder / "streamed.json"
        streamed_seconds = timed(lambda: write_export("json", watchlist.db, target, date(2026, 11, 23)))[0]
        ics_seconds, text = timed(lambda: calendar_text(watchlist.db, date(2026, 11, 23)))
    finally:
        watchlist.close()
    rows = json.loads(document)["tables"]  # type: ignore[arg-type]
    json_base = timed(lambda: json.dumps(rows))[0]
    events = text.count("BEGIN:VEVENT")  # type: ignore[union-attr]
    ics_base = timed(
        lambda: "\r\n".join(
            f"BEGIN:VEVENT\r\nUID:{n}\r\nSUMMARY:Series {n}\r\nEND:VEVENT" for n in range(events)
        )
    )[0]
    print(
        f"export 10,000 titles as JSON: {json_seconds:.3f} s (baseline json.dumps {json_base:.3f} s, ratio {json_seconds / json_base:.1f}x)"
    )
    print(
        f"export 10,000 titles as JSON streamed to a file: {streamed_seconds:.3f} s (ratio {streamed_seconds / json_base:.1f}x)"
    )
    print(
        f"export 10,000 titles as ICS ({events} events): {ics_seconds:.3f} s (baseline {ics_base:.3f} s, ratio {ics_seconds / ics_base:.1f}x)"
    )


def test_transfer_speed() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        bench_import(Path(scratch))
        bench_export(Path(scratch))


if __name__ == "__main__":
    test_transfer_speed()
