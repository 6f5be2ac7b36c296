"""The real app as a subprocess on Xvfb: its tray icon under a real tray host, the second-launch handover,
and a title added through the command line showing up in the running app."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from support.cli import run_cli
from support.processes import merged_env

pytestmark = pytest.mark.xvfb


def test_the_tray_icon_appears_under_a_real_tray_host(launch_gui, tray_host):
    running = launch_gui(env=tray_host.env)
    match = running.wait_for_log(r"tray icon shown: (-?\d+),(-?\d+) (\d+)x(\d+)", timeout=60)
    width, height = int(match[3]), int(match[4])
    assert width > 0 and height > 0


def test_a_second_launch_raises_the_first_and_exits(launch_gui, xserver):
    first = launch_gui(env=xserver.env, minimized=False)
    first.wait_for_log(r"main window shown", timeout=60)
    first.wait_for_log(r"watchlist shown", timeout=60)
    started = time.monotonic()
    second = subprocess.run(
        [sys.executable, "-m", "cliffhanger"],
        env=merged_env({"QT_QPA_PLATFORM": "xcb"}, xserver.env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert time.monotonic() - started < 30  # it handed over instead of running its own event loop
    first.wait_for_log(r"raised by another launch \(raise\)", timeout=30)
    assert first.alive()


def test_a_title_added_through_the_cli_appears_in_the_running_app(launch_gui, xserver):
    running = launch_gui(env=xserver.env)
    running.wait_for_log(r"watchlist shown: 0 titles", timeout=60)
    result = run_cli("add", "All of Us Are Dead", "--season", "2", "--network", "Netflix")
    assert result.returncode == 0, result.stderr
    running.wait_for_log(r"watchlist reloaded \(changed outside the app\): 1 titles", timeout=30)
