"""A real X server (Xvfb) and a real system-tray host (trayer) for tests that need a display."""

from __future__ import annotations

import os
import select
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .processes import RunningProcess, merged_env, no_session_bus, require, run_quietly, start, wait_until

SCREEN = "1280x800x24"
START_TIMEOUT = 20.0


@dataclass(frozen=True)
class XServer:
    """A running Xvfb; ``env`` holds what a subprocess needs to draw on it.

    ``env`` also names a session bus where nothing listens, so a program with a display but no bus does not
    autolaunch one; overlay ``dbus_session.env`` after it to give the program a bus.
    """

    display: str
    process: RunningProcess

    @property
    def env(self) -> dict[str, str]:
        return {
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": no_session_bus(self.process.stdout_path.parent),
        }


@dataclass(frozen=True)
class TrayHost:
    """A running trayer (an XEmbed system tray) on an :class:`XServer`."""

    xserver: XServer
    process: RunningProcess

    @property
    def env(self) -> dict[str, str]:
        return self.xserver.env


def start_xvfb(log_dir: Path) -> XServer:
    """Start Xvfb on a free display number, learnt through ``-displayfd``."""
    binary = require("Xvfb", "xvfb")
    read_end, write_end = os.pipe()
    try:
        argv = [binary, "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"]
        process = start("Xvfb", argv, env=merged_env(), log_dir=log_dir, pass_fds=(write_end,))
        os.close(write_end)
        write_end = -1
        number = _read_display_number(read_end, process)
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    server = XServer(f":{number}", process)
    wait_until(
        lambda: _answers(server), timeout=START_TIMEOUT, what="Xvfb to accept clients", process=process
    )
    return server


def start_trayer(xserver: XServer, log_dir: Path) -> TrayHost:
    """Start trayer at the top edge and wait until its panel window exists."""
    binary = require("trayer", "trayer")
    require("xwininfo", "x11-utils")
    env = merged_env(xserver.env)
    argv = [binary, "--edge", "top", "--widthtype", "request"]
    process = start("trayer", argv, env=env, log_dir=log_dir)
    wait_until(
        lambda: '("panel" "trayer")' in root_tree(xserver),
        timeout=START_TIMEOUT,
        what="trayer's panel window on the X server",
        process=process,
    )
    return TrayHost(xserver, process)


def root_tree(xserver: XServer) -> str:
    """Return ``xwininfo -root -tree`` for the server: every window with its name and class."""
    result = run_quietly([require("xwininfo", "x11-utils"), "-root", "-tree"], merged_env(xserver.env))
    return result.stdout


def _read_display_number(fd: int, process: RunningProcess) -> int:
    deadline = time.monotonic() + START_TIMEOUT
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not process.alive():
            pytest.fail(f"Xvfb did not report its display number\n{process.describe()}", pytrace=False)
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:
                pytest.fail(f"Xvfb closed -displayfd without a number\n{process.describe()}", pytrace=False)
            data += chunk
    return int(data.strip())


def _answers(server: XServer) -> bool:
    xdpyinfo = require("xdpyinfo", "x11-utils")
    return run_quietly([xdpyinfo], merged_env(server.env)).returncode == 0
