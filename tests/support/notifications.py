"""A real notification daemon (dunst) on a test X server and session bus, and a way to read what it got."""

from __future__ import annotations

import functools
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .dbus import DBusSession
from .processes import RunningProcess, merged_env, require, run_quietly, start, wait_until
from .xserver import XServer

NOTIFICATIONS = "org.freedesktop.Notifications"

# Notifications never expire, so a test reads them back from the history only after closing them;
# duplicates are not folded together and markup is neither parsed nor announced as a capability.
_CONFIG = """[global]
    monitor = 0
    follow = none
    notification_limit = 0
    indicate_hidden = yes
    stack_duplicates = false
    markup = no
    format = "%s\\n%b"
    icon_position = off
    sticky_history = yes
    history_length = 10000
    idle_threshold = 0
    show_age_threshold = -1
    font = DejaVu Sans 9
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


@dataclass
class NotificationDaemon:
    """A running dunst; ``env`` points a subprocess at its display and bus.

    ``history()`` lists what it received since the last ``clear()``, oldest first.
    """

    xserver: XServer
    bus: DBusSession
    work_dir: Path
    process: RunningProcess | None = field(default=None, repr=False)
    restarts: int = 0

    @property
    def env(self) -> dict[str, str]:
        return {**self.xserver.env, **self.bus.env}

    def start(self) -> None:
        binary = require("dunst", "dunst")
        require("dunstctl", "dunst")
        require("busctl", "systemd")
        config = self.work_dir / "dunstrc"
        config.write_text(_CONFIG)
        name = f"dunst-{self.restarts}"
        self.process = start(
            name, [binary, "-config", str(config)], env=self._tool_env(), log_dir=self.work_dir
        )
        self.bus.wait_for_name(NOTIFICATIONS, self.process)

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
            self.process = None

    def clear(self) -> None:
        """Forget every notification received so far (dunst 1.9 has no history-clear, so restart it)."""
        if _supports_history_clear():
            self._dunstctl("history-clear")
            return
        self.stop()
        wait_until(
            lambda: not self.bus.has_owner(NOTIFICATIONS), timeout=10, what=f"{NOTIFICATIONS} to be released"
        )
        self.restarts += 1
        self.start()

    def history(self) -> list[dict[str, str]]:
        """Close every notification on screen and return all received, as {appname, summary, body}."""
        self._dunstctl("close-all")
        reply = json.loads(self._dunstctl("history"))
        entries = reply["data"][0] if reply["data"] else []
        entries = sorted(entries, key=lambda entry: entry["id"]["data"])
        return [{key: entry[key]["data"] for key in ("appname", "summary", "body")} for entry in entries]

    def wait_for(self, count: int = 1, timeout: float = 15.0) -> list[dict[str, str]]:
        """Wait until at least ``count`` notifications arrived; return the whole history."""

        def enough() -> list[dict[str, str]] | None:
            got = self.history()
            return got if len(got) >= count else None

        what = f"{count} notification(s) in dunst's history"
        return list(wait_until(enough, timeout=timeout, what=what, process=self.process))

    def _dunstctl(self, *args: str) -> str:
        assert self.process is not None, "dunst is not running"
        result = run_quietly(["dunstctl", *args], self._tool_env())
        if result.returncode != 0:
            failure = f"dunstctl {' '.join(args)} failed ({result.returncode}): {result.stderr}"
            pytest.fail(f"{failure}\n{self.process.describe()}", pytrace=False)
        return result.stdout

    def _tool_env(self) -> dict[str, str]:
        return merged_env(self.env)


def start_dunst(xserver: XServer, bus: DBusSession, work_dir: Path) -> NotificationDaemon:
    """Start dunst with a test configuration and wait until it owns org.freedesktop.Notifications."""
    work_dir.mkdir(parents=True, exist_ok=True)
    daemon = NotificationDaemon(xserver, bus, work_dir)
    daemon.start()
    return daemon


@functools.cache
def _supports_history_clear() -> bool:
    usage = subprocess.run(["dunstctl", "help"], capture_output=True, text=True, check=False).stdout
    return "history-clear" in usage


def watch_notify_calls(env: dict[str, str]) -> subprocess.Popen[str]:
    """dbus-monitor printing every `Notify` call on the bus in ``env`` (the hints and expiry that dunst's
    history does not keep); returns once it is listening. Stop it with ``notify_calls(monitor)``."""
    rule = "interface='org.freedesktop.Notifications',member='Notify'"
    monitor = subprocess.Popen(
        ["dbus-monitor", "--session", rule],
        env=merged_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert monitor.stdout is not None
    for _ in range(40):  # it is listening once the bus took its ordinary name away ("NameLost")
        if "NameLost" in monitor.stdout.readline():
            break
    return monitor


def notify_calls(monitor: subprocess.Popen[str]) -> list[str]:
    """Stop the monitor and return the text of each `Notify` call it saw."""
    monitor.terminate()
    return monitor.communicate(timeout=10)[0].split("method call")[1:]
