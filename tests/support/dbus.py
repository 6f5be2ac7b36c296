"""A private D-Bus session bus for tests, without service activation: nothing starts behind our back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .processes import RunningProcess, merged_env, require, run_quietly, start, wait_until

START_TIMEOUT = 20.0

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass(frozen=True)
class DBusSession:
    """A running ``dbus-daemon``; ``env`` points a subprocess at it."""

    address: str
    process: RunningProcess

    @property
    def env(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    def has_owner(self, name: str) -> bool:
        """Ask the bus whether a well-known ``name`` (such as org.freedesktop.Notifications) has an owner."""
        return name_has_owner(self.env, name)

    def wait_for_name(self, name: str, owner: RunningProcess, timeout: float = START_TIMEOUT) -> None:
        """Wait until ``owner`` has taken ``name`` on this bus."""
        wait_until(
            lambda: self.has_owner(name), timeout=timeout, what=f"{name} on the session bus", process=owner
        )


def start_dbus(work_dir: Path) -> DBusSession:
    """Start a session bus listening on a socket in ``work_dir``."""
    binary = require("dbus-daemon", "dbus")
    require("dbus-send", "dbus")
    work_dir.mkdir(parents=True, exist_ok=True)
    config = work_dir / "session.conf"
    config.write_text(_CONFIG.format(socket_dir=work_dir))
    argv = [binary, f"--config-file={config}", "--nofork", "--print-address=1"]
    process = start("dbus-daemon", argv, env=merged_env(), log_dir=work_dir)
    address = wait_until(
        lambda: process.stdout().partition("\n")[0] if "\n" in process.stdout() else "",
        timeout=START_TIMEOUT,
        what="dbus-daemon to print its address",
        process=process,
    )
    session = DBusSession(address.strip(), process)
    session.wait_for_name("org.freedesktop.DBus", process)
    return session


def name_has_owner(env: dict[str, str], name: str) -> bool:
    """Return whether ``name`` has an owner on the bus that ``env`` names."""
    argv = [
        "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner", f"string:{name}",
    ]  # fmt: skip
    result = run_quietly(argv, merged_env(env))
    return result.returncode == 0 and "boolean true" in result.stdout
