"""Start-up time, peak memory and filter-as-you-type latency, each against a floor measured in the same run.

Run on demand:  .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--sizes 1000,10000]

Start-up: the real app (`python -m cliffhanger`) on a data directory holding N titles, timed from spawn to two
lines of its log: "event loop running" (first event-loop turn after the window was shown) and "watchlist
shown" (first turn after the titles reached the table). Peak RSS is read from /proc just before the app is
stopped. The floor is a bare PySide6 QMainWindow plus an SQLite engine with sqlmodel, `create_all` and one
query, timed to its first event-loop turn after `show()`.

Filter: the time one keystroke takes through the watchlist's filter model over 10,000 titles (filter plus the
repaint of the table), against Qt's own `setFilterFixedString` over a QStandardItemModel of the same names.
"""

from __future__ import annotations

import argparse
import os
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
from sqlmodel import Field, Session, SQLModel, create_engine, select

class Item(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = ""

app = QApplication(sys.argv[:1])
engine = create_engine("sqlite:///" + sys.argv[1])
SQLModel.metadata.create_all(engine)
with Session(engine) as session:
    session.exec(select(Item)).all()
window = QMainWindow()
window.resize(1100, 680)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

ENV = {"QT_QPA_PLATFORM": "offscreen"}


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_floor(workdir: Path) -> tuple[float, float]:
    env = {**os.environ, **ENV}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", FLOOR, str(workdir / f"floor-{time.monotonic_ns()}.db")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _pid, _status, usage = os.wait4(process.pid, 0)
    assert line.strip() == "ready", line
    return elapsed, usage.ru_maxrss / 1024


def measure_app(home: Path) -> tuple[float, float, float]:
    """(seconds to the first turn after show, seconds until the titles are shown, peak RSS in MB)."""
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
        rss = peak_rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)
    return painted or shown, shown, rss


def seed(home: Path, count: int) -> None:
    """`count` titles, each with a season, two status changes, a claim and two credits, in one transaction."""
    os.environ["CLIFFHANGER_HOME"] = str(home)
    from benchmark_data import sample_titles

    from cliffhanger import paths
    from cliffhanger.storage import repository as repo
    from cliffhanger.storage.watchlist import Watchlist

    store = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    with store.db.transaction() as session:
        for title in sample_titles(count):
            repo.add_title(session=session, title=title)
    store.close()


def startup(sizes: list[int], runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        homes = {}
        for size in sizes:
            homes[size] = workdir / f"home-{size}"
            seed(homes[size], size)
        measure_floor(workdir)  # warm the file cache
        floors = [measure_floor(workdir) for _ in range(runs)]
        floor_time = statistics.median(f[0] for f in floors)
        floor_rss = statistics.median(f[1] for f in floors)
        label = "floor (QMainWindow + sqlmodel engine, create_all, one query)"
        print(f"{label}: {floor_time:.3f} s, {floor_rss:.0f} MB")
        for size, home in homes.items():
            measure_app(home)  # warm
            results = [measure_app(home) for _ in range(runs)]
            painted = statistics.median(r[0] for r in results)
            shown = statistics.median(r[1] for r in results)
            rss = statistics.median(r[2] for r in results)
            print(
                f"{size:>6} titles: window painted {painted:.3f} s ({painted / floor_time:.2f}x floor), "
                f"titles shown {shown:.3f} s ({shown / floor_time:.2f}x), "
                f"peak RSS {rss:.0f} MB ({rss / floor_rss:.2f}x)"
            )
    print("aim: start-up within 1.2x of the floor")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--skip-startup", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if not options.skip_startup:
        startup([int(s) for s in options.sizes.split(",")], options.runs)
    from bench_filter import filter_latency

    filter_latency(10_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
