"""Exactly once, across a crash: a pass killed after the desktop showed a notification but before it was
recorded re-sends it once after the lease, with the first one's `replaces_id`, so the desktop replaces it
and the user sees one notification, not two. Real dunst on a private bus, real processes, a real SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cliffhanger.reminders.delivery import LEASE
from support.cli import run_cli
from support.notifications import NotificationDaemon
from support.processes import merged_env

pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]
TESTS = Path(__file__).resolve().parents[1]


def _pass(
    env: dict[str, str], database: Path, now: datetime, *flags: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "support.crash_pass", str(database), now.isoformat(), *flags],
        env=merged_env({**env, "PYTHONPATH": str(TESTS)}),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _outbox(database: Path) -> list[tuple[str, int | None, int]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT state, notification_id, attempts FROM reminder_outbox").fetchall()
    connection.close()
    return rows


def test_a_resend_after_a_kill_replaces_the_first_notification(notifications: NotificationDaemon):
    env = notifications.env
    database = Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3"
    assert run_cli("add", "All of Us Are Dead", "--season", "2", env=env).returncode == 0
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    reminded = run_cli("remind", "All of Us Are Dead", "--at", due.isoformat(), "--note", "season 2", env=env)
    assert reminded.returncode == 0, reminded.stderr

    killed = _pass(env, database, due + timedelta(seconds=1), "--die")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [(state, first_id, attempts)] = _outbox(database)
    assert (state, attempts) == ("claimed", 1) and first_id  # shown, its id noted, never recorded

    early = _pass(env, database, due + timedelta(seconds=30))
    assert early.returncode == 0 and early.stdout.strip() == ""  # within the lease: not sent again

    again = _pass(env, database, due + LEASE + timedelta(minutes=1))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() != ""
    assert _outbox(database) == [("sent", first_id, 2)]
    shown = notifications.wait_for(1)
    assert [(n["summary"], n["body"]) for n in shown] == [("All of Us Are Dead", "season 2")]
