"""A change on the catalogue's side, found by a refresh, reaches the desktop as exactly one notification.

Real parts throughout: the CLI in subprocesses, a loopback server replaying TVmaze, the SQLite file, and dunst
on a private session bus. The refresh finds season 2 dated and scheduled; `check` delivers it once.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from support.cli import run_cli
from support.notifications import NotificationDaemon
from support.replay import ReplayServer, Reply

pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]
SHOW = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
DATED = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"


@pytest.fixture
def env(notifications: NotificationDaemon):
    home = Path(os.environ["CLIFFHANGER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    settings = {"notifiers": ["freedesktop", "log"]}
    (home / "settings.json").write_text(json.dumps(settings))
    with ReplayServer() as tvmaze:
        yield tvmaze, {**notifications.env, "CLIFFHANGER_TVMAZE_URL": tvmaze.url, "TZ": "Europe/Berlin"}


def cli(*args: str, env: dict[str, str]) -> str:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_newly_listed_date_is_one_notification_once(env, notifications):
    tvmaze, environment = env
    tvmaze.add("/shows/90001", [Reply.file(SHOW), Reply.file(DATED)])
    cli("add", "--tvmaze", "90001", env=environment)
    cli("edit", "All of Us Are Dead", "--watch", "waiting", env=environment)
    assert "delivered" not in cli("check", env=environment)  # what the catalogue said at first is not news
    time.sleep(2.5)  # past the moment the title came in
    tvmaze.add("/updates/shows", Reply.json({"90001": int(time.time()) + 60}))
    assert "1 changed" in cli("refresh", env=environment)
    delivered = cli("check", env=environment) + cli("check", env=environment)
    assert delivered.count("delivered:") == 3  # the date, the first episode's date and the status ...
    [shown] = notifications.wait_for(1)  # ... in one notification
    assert shown["summary"] == "All of Us Are Dead, season 2"
    assert shown["body"].startswith("official date 15 January 2027 (TVmaze)")
    assert "now scheduled" in shown["body"]
    assert "delivered" not in cli("check", env=environment)
    assert notifications.history() == [shown]
