"""Episodes at scale: 50,000 titles with 20 episodes each, against the same watchlist without episodes.

Run on demand: `python tests/benchmarks/bench_episodes.py [--titles N] [--runs R]`. Two database files hold
the same generated titles (benchmark_data.sample_titles); one also holds 20 episodes per season, a third of
them watched. Each figure is the median of R runs, taken alternately on the two files (A B A B), with the
spread (max - min) and the ratio to the file without episodes:

- the list read (`Watchlist.summaries`, which with episodes adds each title's progress);
- opening one title (`Watchlist.title`, which with episodes reads that title's episodes only);
- the reminder agenda (`load_agenda`: episodes only of the titles whose alerts are on).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark_data import sample_titles

from cliffhanger.reminders.delivery import Preferences, load_agenda
from cliffhanger.storage import bulk
from cliffhanger.storage.watchlist import Watchlist

EPISODES = 20


def seed(path: Path, titles: int, episodes: bool) -> None:
    watchlist = Watchlist.open(path, backups=path.parent / "b")
    with watchlist.db.immediate() as session:
        bulk.insert_titles(session=session, titles=sample_titles(titles), stamp=datetime.now(UTC))
    watchlist.close()
    if not episodes:
        return
    with sqlite3.connect(path) as db:
        seasons = db.execute("SELECT id FROM season WHERE number IS NOT NULL").fetchall()
        start, seen = date(2026, 9, 1), "2026-10-01 00:00:00.000000"
        rows = (
            (
                sid,
                n,
                f"Episode {n}",
                (start + timedelta(weeks=n)).isoformat(),
                60,
                seen if n % 3 == 0 else None,
            )
            for (sid,) in seasons
            for n in range(1, EPISODES + 1)
        )
        db.executemany(
            "INSERT INTO episode (season_id, number, title, airdate, runtime, watched_at, source) "
            "VALUES (?, ?, ?, ?, ?, ?, 'TVmaze')",
            rows,
        )


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def agenda(watchlist: Watchlist) -> object:
    with watchlist.db.transaction() as session:
        return load_agenda(session, Preferences())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--titles", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for name, with_episodes in (("floor", False), ("episodes", True)):
            files[name] = Path(folder) / name / "c.sqlite3"
            files[name].parent.mkdir()
            seed(files[name], args.titles, with_episodes)
        opened = {name: Watchlist.open(path, backups=path.parent / "b") for name, path in files.items()}
        middle = opened["floor"].summaries()[args.titles // 2].id
        cases = {
            "list read (summaries)": lambda w: w.summaries(),
            "open one title": lambda w: w.title(middle),
            "reminder agenda": agenda,
        }
        for label, case in cases.items():
            times: dict[str, list[float]] = {"floor": [], "episodes": []}
            for _ in range(args.runs):
                for name in ("floor", "episodes"):  # A B A B
                    times[name].append(timed(lambda: case(opened[name])))  # noqa: B023
            floor, ours = (statistics.median(times[n]) for n in ("floor", "episodes"))
            spread = {n: max(t) - min(t) for n, t in times.items()}
            base = f"floor {floor * 1000:8.1f} ms (±{spread['floor'] * 1000:.1f})"
            with_episodes = f"with episodes {ours * 1000:8.1f} ms (±{spread['episodes'] * 1000:.1f})"
            print(f"{label:24} {base}   {with_episodes}   ratio {ours / floor:.2f}")
        for watchlist in opened.values():
            watchlist.close()


if __name__ == "__main__":
    main()
