"""Quit time at 50,000 titles: SIGTERM while the first reminder pass plans every title, and once settled.

Run on demand:  .venv/bin/python tests/benchmarks/bench_quit.py [--runs 5] [--size 50000] [--during 2]
                                                               [--settle 20]

The app (`python -m cliffhanger`, offscreen) starts on a data directory seeded with N generated titles and
never planned, so its first reminder pass plans them all. It is sent SIGTERM `--during` seconds after its log
says "watchlist shown" (the pass is under way then: its log has no "next reminder check"/"no reminder
planned" line yet), or `--settle` seconds after, once the pass is over; the time from the signal until the
process has gone is its quit time. The floor is the start-up benchmark's (a bare QMainWindow, sqlmodel and
one query of the same titles), sent SIGTERM at the same moment after its first turn. Floor, app during the
pass, floor, app settled... alternate; medians, spread and the ratio are printed. Goal: under 2 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import ENV, FLOOR, seed

PASS_ENDED = ("next reminder check at", "no reminder planned")


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> float:
    stopped = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    process.wait(60)
    return time.perf_counter() - stopped


def floor_quit(db: Path, after: float) -> float:
    env = {**os.environ, **ENV}
    command = [sys.executable, "-c", FLOOR, str(db)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    assert process.stdout.readline().startswith("ready")
    time.sleep(after)
    return _stop(process)


def app_quit(template: Path, home: Path, after: float) -> tuple[float, bool]:
    """(seconds from SIGTERM to exit, whether the first reminder pass had ended by the signal)."""
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(template, home)
    log = home / "logs" / "cliffhanger.log"
    env = {**os.environ, **ENV, "CLIFFHANGER_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-m", "cliffhanger"], env=env, stdout=subprocess.DEVNULL)
    try:
        while "watchlist shown" not in (log.read_text(errors="replace") if log.exists() else ""):
            if process.poll() is not None:
                raise RuntimeError("the app exited early")
            time.sleep(0.01)
        time.sleep(after)
        ended = any(line in log.read_text(errors="replace") for line in PASS_ENDED)
        return _stop(process), ended
    except BaseException:
        process.kill()
        raise


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def bench(size: int, runs: int, during: float, settle: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        db = seed(template, size)
        floor_db = Path(tmp) / "floor.sqlite3"
        shutil.copy(db, floor_db)
        home = Path(tmp) / "home"
        floors, in_pass, settled, ended, settled_ended = [], [], [], [], []
        for _ in range(runs):  # interleaved: floor, app during the pass, floor, app settled...
            floors.append(floor_quit(floor_db, during))
            seconds, done = app_quit(template, home, during)
            in_pass.append(seconds)
            ended.append(done)
            floors.append(floor_quit(floor_db, settle))
            seconds, done = app_quit(template, home, settle)
            settled.append(seconds)
            settled_ended.append(done)
    floor = statistics.median(floors)
    print(f"quit, {size} titles, {runs} runs each, floor and app alternating; floor {_spread(floors)}")
    ratio = statistics.median(in_pass) / floor
    print(f"    during the first reminder pass ({during:.0f} s after shown; the pass had ended in "
          f"{sum(ended)} of {runs}): {_spread(in_pass)} = {ratio:.1f}x floor")  # fmt: skip
    ratio = statistics.median(settled) / floor
    print(f"    settled ({settle:.0f} s after shown; the pass had ended in {sum(settled_ended)} of {runs}): "
          f"{_spread(settled)} = {ratio:.1f}x floor")  # fmt: skip
    print("goal: under 2 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--during", type=float, default=2.0)
    parser.add_argument("--settle", type=float, default=20.0)
    options = parser.parse_args()
    bench(options.size, options.runs, options.during, options.settle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
