"""The running app delivers reminders into a real notification daemon (dunst on Xvfb and a private session
bus) exactly once: set from the command line while it runs, across a restart, after downtime, for a status
change, and a click on the notification's Open brings the title up."""

from __future__ import annotations

import json
import os
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from support.app_process import AppProcess
from support.cli import run_cli
from support.notifications import NotificationDaemon
from support.processes import merged_env

ZONE = "America/New_York"
SHOW = "All of Us Are Dead"
pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]


@pytest.fixture
def env(notifications: NotificationDaemon) -> dict[str, str]:
    home = Path(os.environ["CLIFFHANGER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    settings = {"notifiers": ["freedesktop", "log"]}
    (home / "settings.json").write_text(json.dumps(settings))
    return {**notifications.env, "TZ": ZONE}


def cli(*args: str, env: dict[str, str]) -> str:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def local_in(seconds: float) -> datetime:
    return (datetime.now(ZoneInfo(ZONE)) + timedelta(seconds=seconds)).replace(tzinfo=None, microsecond=0)


def wait_until_past(moment: datetime) -> None:
    """Wall time has to pass for a reminder to come due; nothing to poll for but the clock."""
    time.sleep(max(0.0, (moment - datetime.now(ZoneInfo(ZONE)).replace(tzinfo=None)).total_seconds()) + 1)


def log_count(app: AppProcess, text: str) -> int:
    return app.log_path.read_text(errors="replace").count(text) if app.log_path.exists() else 0


def started(app: AppProcess, runs: int) -> None:
    """Wait until the `runs`-th start of the app finished its first reminder pass."""
    pattern = rf"(?s)(?:watchlist loaded.*?){{{runs}}}(?:no reminder planned|next reminder check)"
    app.wait_for_log(pattern, timeout=60)


def test_a_reminder_set_while_the_app_runs_arrives_once_and_opens_the_title(env, notifications, launch_gui):
    cli("add", SHOW, "--season", "2", "--watch", "waiting", env=env)
    app = launch_gui(env=env)
    started(app, 1)
    soon = local_in(6)
    cli("remind", SHOW, "--season", "2", "--at", soon.isoformat(), "--note", "rewatch season 1", env=env)
    key = app.wait_for_log(r"reminder delivered: (\S+)", timeout=30).group(1)
    assert key.startswith("1:2:at:")
    dunstctl = subprocess.run(
        ["dunstctl", "action", "0"],
        env=merged_env(notifications.env),
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert dunstctl.returncode == 0, dunstctl.stderr
    app.wait_for_log(r"opened title 1 from a notification", timeout=15)
    app.wait_for_log(r"main window shown", timeout=15)
    [shown] = notifications.wait_for(1)
    assert (shown["appname"], shown["summary"], shown["body"]) == (
        "Cliffhanger", f"{SHOW}, season 2", "rewatch season 1",
    )  # fmt: skip
    app.stop()
    again = launch_gui(env=env)
    started(again, 2)
    assert log_count(again, "reminder delivered:") == 1
    assert len(notifications.history()) == 1


def test_a_reminder_due_while_the_app_was_stopped_is_delivered_once_at_start(env, notifications, launch_gui):
    cli("add", SHOW, "--season", "2", "--watch", "waiting", env=env)
    app = launch_gui(env=env)
    started(app, 1)
    app.stop()
    soon = local_in(10)  # the command line must still see it as future on a loaded machine
    cli("remind", SHOW, "--at", soon.isoformat(), "--note", "while you were out", env=env)
    wait_until_past(soon)
    app = launch_gui(env=env)
    app.wait_for_log(r"reminder delivered: ", timeout=60)
    [shown] = notifications.wait_for(1)
    assert (shown["summary"], shown["body"]) == (SHOW, "while you were out")
    started(app, 2)
    assert log_count(app, "reminder delivered:") == 1


def test_a_status_change_from_the_command_line_alerts_once(env, notifications, launch_gui):
    cli("add", SHOW, "--season", "2", "--watch", "waiting", "--network", "Netflix", env=env)
    app = launch_gui(env=env)
    started(app, 1)
    time.sleep(2.5)  # past the alert baseline after adding: what is recorded now is news
    cli("status", SHOW, "post-production", "--source", "Netflix", "--announce", env=env)
    app.wait_for_log(r"reminder delivered: 1:2:status:", timeout=30)
    [shown] = notifications.wait_for(1)
    assert (shown["summary"], shown["body"]) == (
        f"{SHOW}, season 2",
        "now post-production (Netflix)",
    )
    app.stop()
    again = launch_gui(env=env)
    started(again, 2)
    assert log_count(again, "reminder delivered:") == 1
    assert len(notifications.history()) == 1
