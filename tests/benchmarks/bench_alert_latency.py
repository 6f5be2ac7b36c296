"""News latency: from another process's commit of a refresh fact to the app's call to the notifier.

The app side is the real chain the running app uses: the change stamp watched by `ChangeWatcher`, a
`ReminderService` pass on the task runner over a real SQLite file, and the notifier chain (its notifier
records the moment it is called). The writer is a separate, long-lived process that records a status
change with the refresh origin through `Watchlist.record_status` and prints the wall time right after it
returned (the commit and the stamp touch both done).

The floor is the least any file-watching design can do: the same writer only touches the stamp, and a bare
QFileSystemWatcher in this process notes when it fires. Floor and app alternate (A B A B), 20 runs each;
medians, worst, spread and the ratio are printed. Aim: worst under 5 s (the promise), median under 0.5 s.

Run: .venv-test/bin/python -m pytest tests/benchmarks/bench_alert_latency.py -s
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher

from cliffhanger.domain.models import Season, Title
from cliffhanger.gui.change_watcher import ChangeWatcher
from cliffhanger.notify.base import FallbackNotifier, Notification
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.reminders.service import ReminderService
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.tasks import TaskRunner

RUNS = 20
WRITER = r"""
import sys, time
from datetime import date
from pathlib import Path
from cliffhanger.domain.models import StatusChange
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.vocabulary import Status
from cliffhanger.storage.watchlist import Watchlist

db, stamp = Path(sys.argv[1]), Path(sys.argv[2])
wl = Watchlist.open(db, backups=db.parent / "backups", stamp=stamp)
statuses = [Status.FILMING, Status.POST_PRODUCTION]
print("ready", flush=True)
changes = 0
for line in sys.stdin:
    if line.strip() == "touch":
        stamp.touch()
    else:
        changes += 1  # each change differs from the one before, so each is news
        change = StatusChange(statuses[changes % 2], date.today(), "TVmaze", origin=Origin.REFRESH)
        wl.record_status(1, 2, change)
    print(time.time(), flush=True)
"""


class Clocked:
    """The notifier at the end of the chain: notes when it is called."""

    name = "clocked"

    def __init__(self) -> None:
        self.calls: list[float] = []

    def notify(self, notification: Notification) -> None:
        self.calls.append(time.time())


def _ask(writer: subprocess.Popen[str], command: str) -> float:
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(command + "\n")
    writer.stdin.flush()
    return float(writer.stdout.readline())


def _summary(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    spread = ms[int(len(ms) * 0.9) - 1] - ms[int(len(ms) * 0.1)]
    median = statistics.median(ms)
    return f"{name}: median {median:.0f} ms, worst {ms[-1]:.0f} ms, p10-p90 spread {spread:.0f} ms"


def test_news_latency_from_commit_to_notification(qtbot, tmp_path: Path):
    db_path, stamp = tmp_path / "db.sqlite3", tmp_path / "changes.stamp"
    wl = Watchlist.open(db_path, backups=tmp_path / "backups", stamp=stamp)
    title = wl.add(Title("All of Us Are Dead", seasons=(Season(2),)))
    assert title.id == 1
    ReminderBook(wl.db, zone="UTC").set_alerts(1, True, now=datetime.now(UTC))
    clocked = Clocked()
    tasks = TaskRunner()

    def run(work, done, failed):  # the app's own background for reminder passes
        tasks.run(work, name="pass", write=True, on_success=done, on_failure=failed)

    service = ReminderService(wl.db, FallbackNotifier([clocked]), lambda: Preferences(), background=run)
    watcher = ChangeWatcher(stamp)
    watcher.changed.connect(service.replan)
    service.start()
    bare = QFileSystemWatcher([str(tmp_path)])
    fired: list[float] = []
    bare.directoryChanged.connect(lambda _path: fired.append(time.time()) if stamp.exists() else None)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(stamp)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        stamp.unlink(missing_ok=True)  # the floor watches the folder for the stamp's creation
        floor, app = [], []
        for _ in range(RUNS):
            fired.clear()
            sent = _ask(writer, "touch")
            qtbot.waitUntil(lambda: bool(fired), timeout=10_000)
            floor.append(fired[0] - sent)
            stamp.unlink()
            qtbot.wait(200)  # let the app's watcher see the removal settle before the next commit
            before = len(clocked.calls)
            committed = _ask(writer, "status")
            qtbot.waitUntil(lambda n=before: len(clocked.calls) > n, timeout=10_000)
            app.append(clocked.calls[before] - committed)
            stamp.unlink()
            qtbot.wait(200)
    finally:
        writer.terminate()
        writer.communicate(timeout=10)  # closes its pipes
        service.stop()
        tasks.shutdown()
        wl.close()
    print()
    print(_summary("floor (bare file watch)", floor))
    print(_summary("app (commit to notifier call)", app))
    print(f"ratio of medians: {statistics.median(app) / statistics.median(floor):.1f}x")
    assert max(app) < 5.0
