"""Start-up time, peak memory after settling, and quit time, each against a floor measured in the same run.

Run on demand:  .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--sizes 1000,10000,50000]
                                                                  [--settle 10] [--skip-filter]

For each size, the floor and the app run alternately (floor, app, floor, app...), after one warm-up of each:

- the app: `python -m cliffhanger` (offscreen) on a data directory holding N generated titles, timed from
  spawn to two lines of its log: "event loop running" (window painted) and "watchlist shown: N titles"
  (the titles are in the table and painted);
- the floor: a bare PySide6 QMainWindow plus an SQLite engine with sqlmodel and one query returning every row
  of the same database's title table, timed to its first event-loop turn after `show()`.

Both are then left alone for `--settle` seconds (the app builds its reminders and catalogues meanwhile) and
their peak RSS (VmHWM) is read; then the app is sent SIGTERM and the time until it has exited is its quit
time. Medians, the spread (min-max) and the ratio to the floor's median are printed.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlmodel import Session, create_engine, text

app = QApplication(sys.argv[:1])
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    rows = session.execute(text("SELECT * FROM title")).all()
window = QMainWindow()
window.resize(1100, 680)
window.show()
QTimer.singleShot(0, lambda: print("ready", len(rows), flush=True))
app.exec()
"""

ENV = {"QT_QPA_PLATFORM": "offscreen"}


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _settle_and_stop(
    process: subprocess.Popen[str] | subprocess.Popen[bytes], settle: float
) -> tuple[float, float]:
    """(peak RSS in MB after `settle` seconds, seconds from SIGTERM until the process has exited)."""
    time.sleep(settle)
    rss = peak_rss_mb(process.pid)
    stopped = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return rss, float("inf")
    return rss, time.perf_counter() - stopped


def measure_floor(db: Path, settle: float) -> tuple[float, float]:
    """(seconds to the first turn after show, peak RSS in MB after settling)."""
    env = {**os.environ, **ENV}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", FLOOR, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    assert line.startswith("ready"), line
    rss, _quit = _settle_and_stop(process, settle)
    return elapsed, rss


def measure_app(home: Path, settle: float) -> tuple[float, float, float, float]:
    """(window painted, titles shown, peak RSS in MB after settling, quit seconds)."""
    log = home / "logs" / "cliffhanger.log"
    if log.exists():
        log.unlink()
    env = {**os.environ, **ENV, "CLIFFHANGER_HOME": str(home)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "cliffhanger"], env=env, stdout=subprocess.DEVNULL)
    painted = shown = None
    try:
        while shown is None:
            text = log.read_text(errors="replace") if log.exists() else ""
            now = time.perf_counter() - started
            if painted is None and "event loop running" in text:
                painted = now
            if "watchlist shown" in text:
                shown = now
            if process.poll() is not None:
                raise RuntimeError(f"the app exited early:\n{text}")
            time.sleep(0.002)
    except BaseException:
        process.kill()
        raise
    rss, quit_seconds = _settle_and_stop(process, settle)
    return painted or shown, shown, rss, quit_seconds


def seed(home: Path, count: int) -> Path:
    """`count` titles, each with a season, two status changes, a claim and two credits; returns the file."""
    os.environ["CLIFFHANGER_HOME"] = str(home)
    from benchmark_data import sample_titles

    from cliffhanger import paths
    from cliffhanger.storage import bulk
    from cliffhanger.storage.repository import now
    from cliffhanger.storage.watchlist import Watchlist

    store = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    with store.db.immediate() as session:
        bulk.insert_titles(session=session, titles=sample_titles(count), stamp=now())
    store.settle_lines()  # as the app does once it has opened the file
    store.close()
    return paths.database_path()


def _spread(values: list[float], unit: str = "s") -> str:
    fmt = "{:.3f}" if unit == "s" else "{:.0f}"
    middle, low, high = (fmt.format(v) for v in (statistics.median(values), min(values), max(values)))
    return f"{middle} {unit} ({low}-{high})"


def startup(sizes: list[int], runs: int, settle: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in sizes:
            home = workdir / f"home-{size}"
            db = seed(home, size)
            floor_db = workdir / f"floor-{size}.sqlite3"
            shutil.copy(db, floor_db)  # the same rows, read by the floor from a file of its own
            measure_floor(floor_db, 0), measure_app(home, 0)  # warm the file cache
            floors, apps = [], []
            for _ in range(runs):  # interleaved: floor, app, floor, app...
                floors.append(measure_floor(floor_db, settle))
                apps.append(measure_app(home, settle))
            floor_time = statistics.median(f[0] for f in floors)
            floor_rss = statistics.median(f[1] for f in floors)
            painted = [a[0] for a in apps]
            shown = [a[1] for a in apps]
            rss = [a[2] for a in apps]
            quits = [a[3] for a in apps]
            print(f"{size:>6} titles, {runs} interleaved runs, medians (min-max):")
            floor_line = (
                f"{_spread([f[0] for f in floors])}, peak RSS {_spread([f[1] for f in floors], 'MB')}"
            )
            print(f"    floor (QMainWindow + sqlmodel + one query of {size} rows): {floor_line}")
            print(f"    window painted {_spread(painted)} = {statistics.median(painted) / floor_time:.2f}x")
            print(f"    titles shown   {_spread(shown)} = {statistics.median(shown) / floor_time:.2f}x floor")
            print(f"    peak RSS after {settle:.0f} s {_spread(rss, 'MB')} = "
                  f"{statistics.median(rss) / floor_rss:.2f}x floor")  # fmt: skip
            print(f"    quit (SIGTERM to exit) {_spread(quits)}", flush=True)
    print(
        "goals: titles shown <= 1.2x floor (10,000), <= 1.5x (50,000); peak RSS <= 1.3x (10,000); quit < 2 s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--settle", type=float, default=10.0, help="seconds before peak RSS is read")
    parser.add_argument("--skip-filter", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    startup([int(s) for s in options.sizes.split(",")], options.runs, options.settle)
    if not options.skip_filter:
        from bench_filter import filter_latency

        filter_latency(50_000, options.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
