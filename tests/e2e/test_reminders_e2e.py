"""Reminders end to end: the real CLI delivering into dunst over a private session bus, exactly once."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from support.cli import run_cli
from support.notifications import NotificationDaemon

ZONE = "Europe/Berlin"
pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]


@pytest.fixture
def env(notifications: NotificationDaemon) -> dict[str, str]:
    home = Path(os.environ["CLIFFHANGER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps({"notifiers": ["freedesktop", "log"]}))
    return {**notifications.env, "TZ": ZONE}


def cli(*args: str, env: dict[str, str]) -> str:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def outbox_states() -> list[tuple[str, str]]:
    db = Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3"
    with sqlite3.connect(db) as conn:
        return conn.execute("select state, channel from reminder_outbox order by id").fetchall()


def test_check_delivers_a_set_reminder_once(env, notifications):
    cli("add", "All of Us Are Dead", "--season", "2", "--watch", "waiting", env=env)
    # far enough ahead that the command line, slow on a loaded machine, still sees it as coming
    soon = (datetime.now(ZoneInfo(ZONE)) + timedelta(seconds=20)).replace(tzinfo=None, microsecond=0)
    cli("remind", "All of Us Are Dead", "--at", soon.isoformat(), "--note", "rewatch season 1", env=env)
    assert "nothing due" in cli("check", env=env)
    time.sleep(max(0.0, (soon - datetime.now(ZoneInfo(ZONE)).replace(tzinfo=None)).total_seconds()) + 0.5)
    assert "delivered: All of Us Are Dead: rewatch season 1" in cli("check", env=env)
    assert "nothing due" in cli("check", env=env)
    [shown] = notifications.wait_for(1)
    assert (shown["appname"], shown["summary"], shown["body"]) == (
        "Cliffhanger",
        "All of Us Are Dead",
        "rewatch season 1",
    )
    assert outbox_states() == [("sent", "freedesktop")]


OFFICIAL_DATE = ("2027-01-15", "--confidence", "official", "--source", "Netflix")


def add_waited_for_title(env: dict[str, str]) -> None:
    cli("add", "All of Us Are Dead", "--season", "2", "--watch", "waiting", "--network", "Netflix", env=env)
    time.sleep(2.2)  # past the settle time after adding: what comes now is news


def test_a_status_change_and_an_announced_date_alert_once_each(env, notifications):
    add_waited_for_title(env)
    cli("status", "All of Us Are Dead", "filming", "--since", "2025-07-01", env=env)  # typed: not echoed
    assert "delivered" not in cli("check", env=env)
    cli("status", "All of Us Are Dead", "post-production", "--source", "Netflix", "--announce", env=env)
    first = cli("check", env=env) + cli("check", env=env)
    cli("expect", "All of Us Are Dead", *OFFICIAL_DATE, "--announce", env=env)
    second = cli("check", env=env) + cli("check", env=env)
    assert first.count("delivered:") == 1 and second.count("delivered:") == 1
    shown = notifications.wait_for(2)
    assert [(s["summary"], s["body"]) for s in shown] == [
        ("All of Us Are Dead, season 2", "now post-production, was filming (Netflix)"),
        ("All of Us Are Dead, season 2", "official date 15 January 2027 (Netflix)"),
    ]


def test_news_recorded_together_arrives_as_one_notification(env, notifications):
    add_waited_for_title(env)
    cli("status", "All of Us Are Dead", "scheduled", "--source", "Netflix", "--announce", env=env)
    cli("expect", "All of Us Are Dead", *OFFICIAL_DATE, "--announce", env=env)
    out = cli("check", env=env) + cli("check", env=env)
    assert out.count("delivered:") == 2
    [shown] = notifications.wait_for(1)
    assert shown["summary"] == "All of Us Are Dead, season 2"
    assert shown["body"] == "official date 15 January 2027 (Netflix); now scheduled (Netflix)"
    assert notifications.history() == [shown]


def test_bad_input_writes_nothing(env):
    cli("add", "Severance", env=env)
    for args in (
        ["--at", "tomorrow-ish"],
        ["--at", "2001-01-01T09:00"],
        ["--before-release", "-3"],
        ["--at", "in 2h", "--season", "0"],
    ):
        result = run_cli("remind", "Severance", *args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("cliffhanger: ") or "usage:" in result.stderr
    assert json.loads(cli("reminders", "--json", env=env))["reminders"] == []
