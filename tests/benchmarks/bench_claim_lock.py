"""How long a delivery pass holds the write lock at 50,000 titles, against an empty immediate transaction.

Run on demand:  .venv/bin/python tests/benchmarks/bench_claim_lock.py [--runs 7] [--size 50000]

Each run adds a reminder due now to one title (the edit marks it), plans the marked titles
(`replan_marked`, outside the claim) and then claims (`claim_planned`: the BEGIN IMMEDIATE transaction that
reads what is due from the plan and writes it to the outbox). The claim's whole transaction is timed,
alternating with the floor: `BEGIN IMMEDIATE` and `COMMIT` with nothing in between, on the same file.
Printed: medians, spread (min-max) and the ratio; the goal is a claim under 50 ms. Planning every title once
(the first pass on a new file) and the old way (all titles planned inside the write lock) are timed once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _spread(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"{statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f})"


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def bench(size: int, runs: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import seed

    from cliffhanger.domain.reminders import ReminderRule, RuleKind
    from cliffhanger.reminders.book import ReminderBook
    from cliffhanger.reminders.delivery import Preferences, claim_planned, load_agenda
    from cliffhanger.reminders.replan import replan_marked
    from cliffhanger.storage.watchlist import Watchlist

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        path = seed(home, size)
        wl = Watchlist.open(path, backups=home / "backups")
        prefs = Preferences()
        whole = _timed(lambda: replan_marked(wl.db, prefs))
        print(f"planning all {size} titles once (outside the claim, in chunks): {whole:.2f} s", flush=True)

        def old_way() -> None:
            with wl.db.immediate() as session:
                load_agenda(session, prefs).plan(datetime.now(UTC))

        print(f"the old pass, every title planned inside the write lock: {_timed(old_way):.2f} s", flush=True)
        book, ids = ReminderBook(wl.db, zone="UTC"), [t.id for t in wl.summaries()]

        def floor() -> None:
            with wl.db.immediate():
                pass

        floors, claims, plans, claimed = [], [], [], 0
        for run in range(runs + 1):  # the first pair warms up and is not counted
            now = datetime.now(UTC)
            at = (now - timedelta(seconds=1)).replace(tzinfo=None)
            book.add_rule(ReminderRule(ids[run * 997 % len(ids)], RuleKind.AT, "UTC", at=at, created_at=now))
            plan = _timed(lambda: replan_marked(wl.db, prefs))
            floor_s = _timed(floor)
            started = time.perf_counter()
            claim = claim_planned(wl.db, now=now, prefs=prefs)
            claim_s = time.perf_counter() - started
            if run:
                floors.append(floor_s), claims.append(claim_s), plans.append(plan)
                claimed += len(claim.due)
        wl.close()
    ratio = statistics.median(claims) / statistics.median(floors)
    print(f"write lock held by the claim, {size} titles, {runs} interleaved runs: {_spread(claims)}; "
          f"floor (empty BEGIN IMMEDIATE) {_spread(floors)}; ratio {ratio:.2f}x; goal < 50 ms; "
          f"{claimed} event(s) claimed")  # fmt: skip
    print(f"planning the one edited title before each claim: {_spread(plans)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=50_000)
    options = parser.parse_args()
    bench(options.size, options.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
