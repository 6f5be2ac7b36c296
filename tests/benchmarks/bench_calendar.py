"""How much the calendar adds to a change: building every event and bringing the ledger in step.

Run on demand: `python tests/benchmarks/bench_calendar.py [--titles N] [--runs R]`. A real SQLite file is
seeded with N generated titles (default 5,000). The floor is reading what the events are built from
(`CalendarStore.inputs`: every title with its seasons, claims and episodes, the rules, the alert settings,
the keys and the ledger), which any full rebuild pays; the app is `plan.take` in the steady state (nothing
changed, so nothing is written) and `calendar_text` (the same plus rendering the whole file). Floor and
app alternate (A B A B), R runs each after one warm-up; medians, spread (min-max) and the ratio. The first
`take` (keys fixed and every ledger row written) is timed once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark_data import sample_titles

from cliffhanger.calsync import plan
from cliffhanger.storage import bulk
from cliffhanger.storage.calendar_store import CalendarStore
from cliffhanger.transfer.calendar_feed import calendar_text
from support.transfer import open_watchlist

TODAY = date(2026, 12, 1)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def line(name: str, runs: list[float], floor: float) -> str:
    median = statistics.median(runs)
    return (
        f"  {name:<26} median {median * 1000:8.1f} ms"
        f"  spread {min(runs) * 1000:.1f}-{max(runs) * 1000:.1f} ms"
        f"  ratio {median / floor:5.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--titles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        watchlist = open_watchlist(Path(tmp))
        with watchlist.db.immediate() as session:  # seeding only
            bulk.insert_titles(session=session, titles=sample_titles(options.titles), stamp=datetime.now(UTC))
        db, store = watchlist.db, CalendarStore(watchlist.db)
        first = timed(lambda: plan.take(db, today=TODAY, now=datetime.now(UTC)))
        events = len(plan.peek(db, today=TODAY).specs)
        cases = {
            "floor: read inputs": lambda: store.inputs(),
            "take (steady)": lambda: plan.take(db, today=TODAY, now=datetime.now(UTC)),
            "calendar file": lambda: calendar_text(db, TODAY),
        }
        for action in cases.values():
            action()  # warm-up
        runs: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(options.runs):
            for name, action in cases.items():  # A B C A B C ...
                runs[name].append(timed(action))
        watchlist.close()
    floor = statistics.median(runs["floor: read inputs"])
    print(f"calendar: {options.titles} titles, {events} events, {options.runs} runs each, interleaved")
    print(f"  first take (keys and ledger written once): {first * 1000:.0f} ms")
    for name, values in runs.items():
        print(line(name, values, floor))


if __name__ == "__main__":
    main()
