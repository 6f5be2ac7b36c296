# ruff: noqa: E501
"""Reminder benchmarks, each printed with its ratio to a baseline measured in the same run.

- next due time over 100,000 pending reminders (aim: under 5 ms), against sorting 100,000 datetimes;
- idle CPU over 60 s of a process running the reminder service with 1,000 titles and 10,000 future
  reminders (aim: under 0.05 s), against an idle bare QCoreApplication.

Run: .venv/bin/python -m pytest tests/benchmarks/bench_reminders.py -s  (BENCH_IDLE_SECONDS shortens the idle part)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import Event, EventKind
from cliffhanger.reminders.planner import Agenda

IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "60"))
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _events(count: int) -> list[Event]:
    rng = random.Random(7)
    return [
        Event(
            i % 1000,
            None,
            EventKind.AT,
            str(i),
            NOW + timedelta(minutes=rng.randint(-5000, 500_000)),
            "T",
            "b",
        )
        for i in range(count)
    ]


def _best(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def test_next_due_over_100000_reminders():
    events = _events(100_000)
    agenda = Agenda(events)
    moments = [e.due for e in events]
    build = _best(lambda: Agenda(events), repeat=3)
    next_due = _best(lambda: (agenda.next_after(NOW), agenda.due(NOW)), repeat=200)
    baseline = _best(lambda: sorted(moments), repeat=5)
    print(f"\nnext due over 100,000: {next_due * 1000:.4f} ms (aim < 5 ms); ratio to sorting 100,000 datetimes "
          f"({baseline * 1000:.1f} ms): {next_due / baseline:.5f}")  # fmt: skip
    print(f"building the agenda of 100,000: {build * 1000:.1f} ms; ratio to the sort: {build / baseline:.2f}")
    assert agenda.next_after(NOW) is not None


_BARE = "from PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\napp.exec()\n"

_SERVICE = """
import sys
from PySide6.QtCore import QCoreApplication
from cliffhanger.notify.base import FallbackNotifier, LogNotifier
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.reminders.service import ReminderService
from cliffhanger.storage.watchlist import Watchlist
from pathlib import Path
app = QCoreApplication([])
home = Path(sys.argv[1])
wl = Watchlist.open(home / "cliffhanger.sqlite3", backups=home / "backups")
service = ReminderService(wl.db, FallbackNotifier([LogNotifier()]), Preferences)
service.start()
print("ready", service.next_wake, flush=True)
app.exec()
"""


def _populate(home: Path) -> None:
    from cliffhanger.domain.reminders import ReminderRule, RuleKind
    from cliffhanger.storage import reminders_repo
    from cliffhanger.storage.watchlist import Watchlist

    wl = Watchlist.open(home / "cliffhanger.sqlite3", backups=home / "backups")
    ids = [wl.add(Title(f"Show {i}")).id for i in range(1000)]
    now = datetime.now(UTC)
    with wl.db.transaction() as session:
        for i in range(10_000):
            at = (now + timedelta(days=30 + i % 300, minutes=i)).replace(tzinfo=None, microsecond=0)
            rule = ReminderRule(ids[i % 1000], RuleKind.AT, "UTC", at=at, created_at=now)
            reminders_repo.add_rule(session=session, rule=rule, now=now)
    wl.close()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _idle_cpu(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE, text=True)
    try:
        if "ready" in code or "service" in code:
            proc.stdout.readline()
        else:
            time.sleep(1.0)
        start = _cpu_seconds(proc.pid)
        time.sleep(IDLE_SECONDS)
        return _cpu_seconds(proc.pid) - start
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_idle_cpu_with_10000_future_reminders(tmp_path):
    _populate(tmp_path)
    service = _idle_cpu(_SERVICE, str(tmp_path))
    bare = _idle_cpu(_BARE)
    tick = 1 / os.sysconf("SC_CLK_TCK")  # /proc counts whole clock ticks
    ratio = max(service, tick) / max(bare, tick)
    print(f"\nidle CPU over {IDLE_SECONDS:g} s, 1,000 titles and 10,000 future reminders: {service:.3f} s "
          f"(aim < 0.05 s); bare QCoreApplication: {bare:.3f} s; ratio {ratio:.2f} (zero counts as one {tick:.3f} s tick)")  # fmt: skip
    assert service < 1.0
