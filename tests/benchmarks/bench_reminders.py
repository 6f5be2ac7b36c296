# ruff: noqa: E501
"""Reminder benchmarks, each printed with its ratio to a baseline measured in the same run.

- next due time over 100,000 pending reminders (aim: under 5 ms), against sorting 100,000 datetimes;
- idle CPU over 60 s of the real app (`python -m cliffhanger --minimized`, offscreen) with 1,000 titles and
  10,000 future reminders (aim: under 0.05 s), against an idle bare QApplication started in the same run;
- the longest event-loop stall while one reminder pass over those 10,000 reminders runs on the task runner,
  against the same pass run on the GUI thread.

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


_BARE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
print("ready", flush=True)
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


def _wait_for_log(path: Path, text: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while text not in (path.read_text(errors="replace") if path.exists() else ""):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the app never logged {text!r}")
        time.sleep(0.2)


def _idle_cpu(argv: list[str], home: Path | None = None) -> float:
    """CPU seconds a process spends over IDLE_SECONDS once it is ready (the app: its first pass is done)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        env["CLIFFHANGER_HOME"] = str(home)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        if home is not None:
            _wait_for_log(home / "logs" / "cliffhanger.log", "next reminder check", proc)
        else:
            proc.stdout.readline()
        time.sleep(10.0)  # let start-up work (first views, backups, catalogue set-up) end before measuring
        start = _cpu_seconds(proc.pid)
        time.sleep(IDLE_SECONDS)
        return _cpu_seconds(proc.pid) - start
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_idle_cpu_of_the_app_with_10000_future_reminders(tmp_path):
    _populate(tmp_path)
    app = _idle_cpu([sys.executable, "-m", "cliffhanger", "--minimized"], home=tmp_path)
    bare = _idle_cpu([sys.executable, "-c", _BARE])
    tick = 1 / os.sysconf("SC_CLK_TCK")  # /proc counts whole clock ticks
    ratio = max(app, tick) / max(bare, tick)
    print(f"\nidle CPU over {IDLE_SECONDS:g} s of `cliffhanger --minimized` (offscreen) with 1,000 titles and 10,000 "
          f"future reminders: {app:.3f} s (aim < 0.05 s); bare QApplication: {bare:.3f} s; ratio {ratio:.2f} "
          f"(zero counts as one {tick:.3f} s tick)")  # fmt: skip
    assert app < 1.0


def _longest_stall(service) -> float:  # type: ignore[no-untyped-def]
    """The longest the event loop went without running a 5 ms timer while one pass ran."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock, gaps, last = QElapsedTimer(), [], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker, loop = QTimer(), QEventLoop()
    ticker.timeout.connect(tick)
    ticker.start(5)
    service.planned.connect(lambda _wake: QTimer.singleShot(20, loop.quit))
    QTimer.singleShot(0, service.replan)
    loop.exec()  # not a processEvents() loop: each such call costs PySide6 6.12 a reference to None
    ticker.stop()
    return max(gaps) / 1000


def test_a_pass_over_10000_reminders_leaves_the_event_loop_free(tmp_path, qapp):
    from cliffhanger.notify.base import FallbackNotifier, LogNotifier
    from cliffhanger.reminders.delivery import Preferences
    from cliffhanger.reminders.service import ReminderService
    from cliffhanger.storage.watchlist import Watchlist
    from cliffhanger.tasks import TaskRunner

    _populate(tmp_path)
    wl = Watchlist.open(tmp_path / "cliffhanger.sqlite3", backups=tmp_path / "backups")
    tasks = TaskRunner()

    def background(work, done, failed) -> None:  # type: ignore[no-untyped-def]
        tasks.run(work, write=True, on_success=done, on_failure=failed)

    chain = FallbackNotifier([LogNotifier()])
    inline = ReminderService(wl.db, chain, Preferences)
    offloaded = ReminderService(wl.db, chain, Preferences, background=background)
    blocking, free = _longest_stall(inline), _longest_stall(offloaded)
    tasks.shutdown()
    wl.close()
    print(f"\nlongest event-loop stall during a pass over 10,000 reminders: {free * 1000:.0f} ms on the task runner; "
          f"{blocking * 1000:.0f} ms with the pass on the GUI thread; ratio {free / blocking:.3f}")  # fmt: skip
    assert offloaded.next_wake is not None and free < blocking
