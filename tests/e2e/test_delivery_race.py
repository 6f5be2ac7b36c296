# ruff: noqa: E501
"""Four processes racing over one outbox on a real SQLite file: each event is delivered by exactly one."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlmodel import select

from cliffhanger import paths
from cliffhanger.storage.reminder_tables import OutboxRow
from cliffhanger.storage.watchlist import Watchlist
from support.reminders import T0, add_at_reminders


@pytest.fixture
def watchlist():
    wl = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    yield wl
    wl.close()


def rows(wl):
    with wl.db.transaction() as session:
        return session.exec(select(OutboxRow).order_by(OutboxRow.id)).all()


_RACER = """
import sys
from datetime import datetime
from cliffhanger import paths
from cliffhanger.notify.base import FallbackNotifier, LogNotifier
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.storage.engine import Database
sys.path.insert(0, sys.argv[2])
start = float(sys.argv[3])
import time
while time.time() < start:
    time.sleep(0.001)
db = Database(paths.database_path())
result = run_pass(db, FallbackNotifier([LogNotifier()]), now=datetime.fromisoformat(sys.argv[1]), prefs=Preferences())
print(len(result.delivered))
"""


@pytest.mark.slow  # processes racing; tests/run runs it
def test_two_processes_racing_deliver_each_event_once(watchlist):
    add_at_reminders(watchlist, 40, step=timedelta(minutes=1))
    now = (T0 + timedelta(hours=2)).isoformat()
    import time

    start = str(time.time() + 1.5)
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, now, str(paths.data_dir()), start],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    counts = [int(p.communicate(timeout=60)[0].strip()) for p in racers]
    assert sorted(counts) == [0, 0, 0, 40]
    saved = rows(watchlist)
    assert len(saved) == 40 and len({r.key for r in saved}) == 40
    assert {r.state for r in saved} == {"sent"}
    assert json.dumps(sorted(counts))
