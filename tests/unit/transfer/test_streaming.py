"""Imports write in chunks and exports stream in chunks, telling their progress, with the data intact."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

from cliffhanger.cli.progress import ProgressLine
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage import bulk
from cliffhanger.storage.engine import Database
from cliffhanger.transfer import detect, progress
from cliffhanger.transfer.apply import preview, run_import
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.export import write_export
from support.transfer import CTX, TODAY, open_watchlist

HEADER = "Const,Title,Title Type,Year,Release Date"


def imdb_file(rows: int) -> bytes:
    lines = [
        HEADER,
        *(f"tt{2000000 + n},Title {n},movie,{1950 + n % 70},1999-05-0{1 + n % 9}" for n in range(rows)),
    ]
    return ("\n".join(lines) + "\n").encode()


def many(count: int) -> list[Title]:
    since, noted = date(2026, 1, 5), datetime(2026, 1, 6, tzinfo=UTC)
    return [
        Title(
            f"Series {n}",
            year=2000 + n % 26,
            network="Netflix",
            seasons=(
                Season(1, (StatusChange(Status.RELEASED, since, "press", Confidence.OFFICIAL, noted),)),
                Season(
                    2,
                    claims=(
                        ReleaseClaim(ReleaseWindow.part(2027, "early"), Confidence.REPORTED, "x", noted),
                    ),
                ),
            ),
        )
        for n in range(count)
    ]


def test_an_import_tells_its_progress_in_chunks_and_writes_every_title(tmp_path: Path):
    assert progress.CHUNK == 1_000  # the steps counted below
    heard: list[tuple[int, int]] = []
    watchlist = open_watchlist(tmp_path)
    try:
        plan = run_import(
            detect.read(imdb_file(2_500), CTX), watchlist.db, progress=lambda *p: heard.append(p)
        )
        names = {s.name for s in watchlist.summaries()}
    finally:
        watchlist.close()
    assert plan.counts()["add"] == 2_500 and len(names) == 2_500 and "Title 2499" in names
    assert {total for _done, total in heard} == {5_000}  # each row matched, then each title written
    done = [d for d, _total in heard]
    assert done == sorted(done) and done[-1] == 5_000
    assert {1_000, 2_000, 2_500 + 1_000, 2_500 + 2_000} <= set(done)  # a step per chunk of 1,000


def test_a_dry_run_tells_its_progress_to_the_end_of_the_rows_it_matches(tmp_path: Path):
    heard: list[tuple[int, int]] = []
    watchlist = open_watchlist(tmp_path)
    try:
        plan = preview(detect.read(imdb_file(2_500), CTX), watchlist.db, lambda *p: heard.append(p))
        held = len(watchlist.summaries())
    finally:
        watchlist.close()
    assert plan.counts()["add"] == 2_500 and held == 0  # nothing written
    assert {total for _done, total in heard} == {2_500}  # a dry run only matches: it ends at 100%
    assert [d for d, _total in heard] == [1_000, 2_000, 2_500]


def _traced_export(db: Database, target: Path, heard: list[tuple[int, int]]) -> int:
    """The peak of memory allocated while writing the JSON export."""
    tracemalloc.start()
    try:
        write_export("json", db, target, TODAY, lambda *p: heard.append(p))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_json_export_streams_in_bounded_memory_and_reads_back_whole(tmp_path: Path):
    watchlist = open_watchlist(tmp_path)
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    heard: list[tuple[int, int]] = []
    try:
        with watchlist.db.immediate() as session:
            bulk.insert_titles(session=session, titles=many(1_500), stamp=datetime.now(UTC))
        small_peak = _traced_export(watchlist.db, small, [])
        with watchlist.db.immediate() as session:
            bulk.insert_titles(session=session, titles=many(4_500), stamp=datetime.now(UTC))
        big_peak = _traced_export(watchlist.db, big, heard)
        whole = make_backup(watchlist.db)
    finally:
        watchlist.close()
    written = json.loads(big.read_text(encoding="utf-8"))
    assert written["tables"] == whole["tables"] and written["counts"] == whole["counts"]
    assert written["counts"]["title"] == 6_000
    assert big.stat().st_size > 3.5 * small.stat().st_size
    assert big_peak < 1.5 * small_peak, (
        f"peak {small_peak:,} bytes, then {big_peak:,} for four times the rows"
    )
    assert heard[-1] == (sum(whole["counts"].values()),) * 2 and len(heard) > 10


def test_a_csv_export_streams_every_title_in_name_order(tmp_path: Path):
    watchlist = open_watchlist(tmp_path)
    try:
        with watchlist.db.immediate() as session:
            bulk.insert_titles(session=session, titles=many(2_300), stamp=datetime.now(UTC))
        heard: list[tuple[int, int]] = []
        target = write_export("csv", watchlist.db, tmp_path / "list.csv", TODAY, lambda *p: heard.append(p))
    finally:
        watchlist.close()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["title"] for r in rows] == sorted(f"Series {n}" for n in range(2_300))
    assert (
        rows[0]["expected"] == "early 2027" and rows[0]["season"] == "2" and rows[0]["network"] == "Netflix"
    )
    assert (1_000, 2_300) in heard and heard[-1] == (2_300, 2_300)


def test_the_progress_line_draws_over_itself_only_when_shown():
    shown, hidden = io.StringIO(), io.StringIO()
    line = ProgressLine("Importing films.csv", shown=True, stream=shown)
    quiet = ProgressLine("Importing films.csv", shown=False, stream=hidden)
    for done in (0, 500, 1_000):
        line(done, 1_000)
        quiet(done, 1_000)
    line.close()
    quiet.close()
    assert shown.getvalue().startswith("\rImporting films.csv: 0% (0/1,000)")
    assert shown.getvalue().endswith("\rImporting films.csv: 100% (1,000/1,000)\x1b[K\n")
    assert hidden.getvalue() == ""
