"""The fan's story end to end: All of Us Are Dead added from TVmaze with default settings (so "plan"), the
app running in the tray; what they type or import is never echoed; when TVmaze lists the date, one
notification arrives within seconds (not a digest, resident, with the icon) saying what it was before; the
release day is planned; the inbox keeps the news; SIGTERM ends the app at once.

Real parts: the app on Xvfb under trayer, dunst on a private session bus, the CLI as other processes, and
a loopback server replaying TVmaze.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from support.cli import run_cli
from support.notifications import NotificationDaemon, notify_calls, watch_notify_calls
from support.replay import ReplayServer, Reply
from support.transfer import SAMPLES

pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]
SHOW = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
DATED = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"
IMDB = str(SAMPLES / "imdb_watchlist_export_2021format.sample.csv")
NEWS_WITHIN_S = 5.0  # the promise: news reaches the desktop within 5 s of being recorded
QUIT_WITHIN_S = 2.0


@pytest.fixture
def env(notifications: NotificationDaemon, tray_host):
    home = Path(os.environ["CLIFFHANGER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps({"notifiers": ["freedesktop", "log"]}))
    with ReplayServer() as tvmaze:
        environment = {**tray_host.env, **notifications.env, "CLIFFHANGER_TVMAZE_URL": tvmaze.url}
        yield tvmaze, {**environment, "TZ": "Europe/Berlin"}


def cli(*args: str, env: dict[str, str]) -> str:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_fan_is_told_once_within_seconds_and_nothing_else(env, notifications, launch_gui):
    tvmaze, environment = env
    tvmaze.add("/shows/90001", [Reply.file(SHOW), Reply.file(SHOW), Reply.file(DATED)])
    tvmaze.add("/updates/shows", Reply.json({"90001": int(time.time()) + 3600}))
    cli("add", "--tvmaze", "90001", env=environment)  # default watch state: plan
    cli("refresh", env=environment)  # nothing new yet, and the app finds its refresh done
    app = launch_gui(env=environment)
    app.wait_for_log(r"tray icon shown", timeout=60)
    app.wait_for_log(r"no reminder planned|next reminder check", timeout=60)
    time.sleep(2.5)  # past the moment the title came in
    cli(
        "expect",
        "All of Us Are Dead",
        "early 2027",
        "--season",
        "2",
        "--confidence",
        "speculated",
        env=environment,
    )
    cli("import", IMDB, env=environment)
    app.wait_for_log(r"watchlist reloaded", timeout=30)
    monitor = watch_notify_calls(notifications.env)
    assert "1 changed" in cli("refresh", env=environment)
    recorded = time.monotonic()
    [shown] = notifications.wait_for(1, timeout=30)
    took = time.monotonic() - recorded
    assert took < NEWS_WITHIN_S, f"the news took {took:.1f} s"
    assert shown["summary"] == "All of Us Are Dead, season 2"
    assert shown["body"].startswith(
        "official date 15 January 2027 (TVmaze), was early 2027 (speculated); now scheduled"
    )
    app.wait_for_log(r"delivered \d+ reminder\(s\) via freedesktop", timeout=10)
    time.sleep(1)  # anything else the app might send would come now
    assert notifications.history() == [shown]  # the typed claim and the import gave none
    [call] = notify_calls(monitor)
    assert call.rstrip().endswith("int32 0")  # expires never: stays until dismissed
    assert "cliffhanger.png" in call and "x-cliffhanger.news" in call

    agenda = json.loads(cli("agenda", "--json", env=environment))
    [day] = [item for item in agenda if item["kind"] == "release-day"]
    assert (day["title"], day["season"], day["due"]) == ("All of Us Are Dead", 2, "2027-01-15T09:00:00+01:00")
    [news] = json.loads(cli("inbox", "--json", "--unread", env=environment))
    assert (news["summary"], news["body"]) == (shown["summary"], shown["body"])
    app.wait_for_log(r"unread alerts: 1", timeout=10)  # the tray's tooltip and badge count it

    popen = app.process.popen
    sent = time.monotonic()
    os.kill(popen.pid, signal.SIGTERM)
    popen.wait(timeout=QUIT_WITHIN_S + 8)
    assert popen.returncode == 0 and time.monotonic() - sent < QUIT_WITHIN_S
