"""Idle wakeups after the first minute: the real app with 10,000 titles against a bare Qt window.

Run on demand:  .venv/bin/python tests/benchmarks/bench_idle.py [--runs 5] [--size 10000] [--after 65]
                                                                [--window 20]

Each run starts one app (on its own copy of the data directory) and one floor (a bare PySide6 QMainWindow,
shown, doing nothing) together and leaves them alone; the runs follow one another (floor and app, floor and
app...), so no app's start-up work is pushed past the first minute by the others'. From `--after` seconds
on, for `--window` seconds, the context switches of every thread of each process are counted (voluntary and
involuntary, from /proc/PID/task/*/status): each is a wakeup, and a thread that ended meanwhile counts one.
Medians, spread and the floor are printed per second.
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

FLOOR = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 680)
window.show()
app.exec()
"""


def switches(pid: int) -> dict[str, int]:
    """Context switches so far of each live thread of the process, by thread id."""
    counts = {}
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:  # the thread ended meanwhile
            continue
        counts[status.parent.name] = sum(int(line.split()[1]) for line in lines if "ctxt_switches:" in line)
    return counts


def wakeups(before: dict[str, int], after: dict[str, int]) -> int:
    """Switches between two readings: each live thread's growth, and one for each thread that ended."""
    ended = len(before.keys() - after.keys())
    return ended + sum(count - before.get(thread, 0) for thread, count in after.items())


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}/s ({min(values):.2f}-{max(values):.2f})"


def one_run(template: Path, home: Path, after: float, window: float) -> tuple[float, float]:
    """(floor, app) wakeups per second from `after` to `after + window` seconds after both started."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shutil.copytree(template, home)
    started = time.monotonic()
    floor = subprocess.Popen([sys.executable, "-c", FLOOR], env=env)
    app_env = {**env, "CLIFFHANGER_HOME": str(home)}
    app = subprocess.Popen([sys.executable, "-m", "cliffhanger"], env=app_env, stdout=subprocess.DEVNULL)
    try:
        time.sleep(max(0.0, after - (time.monotonic() - started)))
        before = switches(floor.pid), switches(app.pid)
        time.sleep(window)
        for kind, process in (("floor", floor), ("app", app)):
            if process.poll() is not None:
                raise RuntimeError(f"a {kind} exited early")
        return (
            wakeups(before[0], switches(floor.pid)) / window,
            wakeups(before[1], switches(app.pid)) / window,
        )
    finally:
        for process in (floor, app):
            process.send_signal(signal.SIGTERM)
        for process in (floor, app):
            process.wait(60)
        shutil.rmtree(home, ignore_errors=True)


def bench(size: int, runs: int, after: float, window: float) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import seed

    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        seed(template, size)
        rates: dict[str, list[float]] = {"floor": [], "app": []}
        for n in range(runs):
            floor, app = one_run(template, Path(tmp) / f"home-{n}", after, window)
            rates["floor"].append(floor)
            rates["app"].append(app)
            print(f"run {n + 1}: floor {floor:.2f}/s, app {app:.2f}/s", flush=True)
    app, floor = _spread(rates["app"]), _spread(rates["floor"])
    print(f"idle wakeups from {after:.0f} s to {after + window:.0f} s after start, {runs} runs, "
          f"{size} titles: app {app}; floor (bare QMainWindow) {floor}")  # fmt: skip
    print("goal: 0 per second after the first minute")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--after", type=float, default=65.0)
    parser.add_argument("--window", type=float, default=20.0)
    options = parser.parse_args()
    bench(options.size, options.runs, options.after, options.window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
