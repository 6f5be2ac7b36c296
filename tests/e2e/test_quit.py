"""SIGTERM and SIGINT end the real app promptly and cleanly, with its window shown or hidden in the tray.

A window that closes to the tray must not swallow the quit (it used to hide itself and keep running until
the service manager resorted to SIGKILL). The issue's bound is 2 s from the signal to the exit.
"""

from __future__ import annotations

import os
import signal
import time

import pytest

pytestmark = pytest.mark.xvfb
QUIT_WITHIN_S = 2.0


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("shown", [True, False], ids=["shown", "hidden"])
def test_a_signal_quits_within_two_seconds_with_exit_status_zero(launch_gui, tray_host, number, shown):
    app = launch_gui(env=tray_host.env, minimized=not shown)
    app.wait_for_log(r"watchlist shown", timeout=60)
    app.wait_for_log(r"no reminder planned|next reminder check", timeout=60)
    popen = app.process.popen
    sent = time.monotonic()
    os.kill(popen.pid, number)
    popen.wait(timeout=QUIT_WITHIN_S + 8)  # generous wait; the bound itself is asserted below
    took = time.monotonic() - sent
    assert popen.returncode == 0, app.describe()
    assert took < QUIT_WITHIN_S, f"took {took:.2f} s"
    app.wait_for_log(r"\bquit\b", timeout=5)
