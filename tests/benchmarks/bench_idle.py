"""Idle wakeups after the first minute: the real app with 10,000 titles against a bare Qt window.

Run on demand:  .venv/bin/python tests/benchmarks/bench_idle.py [--runs 5] [--size 10000] [--after 65]
                                                                [--window 20]

`--runs` apps (each on its own copy of the data directory) and as many floors (a bare PySide6 QMainWindow,
shown, doing nothing) start together and are left alone. From `--after` seconds on, for `--window` seconds,
the context switches of every thread of each process are counted (voluntary and involuntary, from
/proc/PID/task/*/status): each is a wakeup. Counting is not timing, so running the processes side by side
does not bias it. Medians, spread and the floor are printed per second.
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


def switches(pid: int) -> int:
    """Context switches of every live thread of the process so far."""
    total = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:  # the thread ended meanwhile
            continue
        total += sum(int(line.split()[1]) for line in lines if "ctxt_switches:" in line)
    return total


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}/s ({min(values):.2f}-{max(values):.2f})"


def bench(size: int, runs: int, after: float, window: float) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import seed

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        seed(template, size)
        processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        started = time.monotonic()
        try:
            for n in range(runs):
                home = Path(tmp) / f"home-{n}"
                shutil.copytree(template, home)
                app_env = {**env, "CLIFFHANGER_HOME": str(home)}
                processes.append(("floor", subprocess.Popen([sys.executable, "-c", FLOOR], env=env)))
                command = [sys.executable, "-m", "cliffhanger"]
                processes.append(("app", subprocess.Popen(command, env=app_env, stdout=subprocess.DEVNULL)))
            time.sleep(max(0.0, after - (time.monotonic() - started)))
            before = [switches(p.pid) for _kind, p in processes]
            time.sleep(window)
            rates: dict[str, list[float]] = {"floor": [], "app": []}
            for (kind, process), first in zip(processes, before, strict=True):
                if process.poll() is not None:
                    raise RuntimeError(f"a {kind} exited early")
                rates[kind].append((switches(process.pid) - first) / window)
        finally:
            for _kind, process in processes:
                process.send_signal(signal.SIGTERM)
            for _kind, process in processes:
                process.wait(60)
    app, floor = _spread(rates["app"]), _spread(rates["floor"])
    print(f"idle wakeups from {after:.0f} s to {after + window:.0f} s after start, {runs} processes each, "
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
