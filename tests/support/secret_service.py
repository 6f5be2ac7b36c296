"""A real Secret Service (gnome-keyring-daemon, unlocked) on a test session bus, with private data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .dbus import DBusSession
from .processes import RunningProcess, merged_env, require, start

SECRETS = "org.freedesktop.secrets"
KEYRING_PASSWORD = b"cliffhanger-tests"


@dataclass(frozen=True)
class SecretService:
    """A running, unlocked gnome-keyring-daemon; ``env`` lets a subprocess's ``keyring`` use it.

    ``env`` maps PYTHON_KEYRING_BACKEND to None: pass it through ``merged_env``/``run_cli``, which drop it,
    so the keyring library detects the Secret Service instead of the null backend the suite sets by default.
    """

    bus: DBusSession
    data_home: Path
    runtime_dir: Path
    process: RunningProcess

    @property
    def env(self) -> dict[str, str | None]:
        return {**self.bus.env, "PYTHON_KEYRING_BACKEND": None}


def start_secret_service(bus: DBusSession, work_dir: Path) -> SecretService:
    """Start gnome-keyring-daemon with its secrets component, unlocked with a fixed password."""
    binary = require("gnome-keyring-daemon", "gnome-keyring")
    data_home, runtime_dir = work_dir / "data", work_dir / "run"
    data_home.mkdir(parents=True, exist_ok=True)
    runtime_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(runtime_dir, 0o700)
    env = merged_env(bus.env, {"XDG_DATA_HOME": str(data_home), "XDG_RUNTIME_DIR": str(runtime_dir)})
    argv = [binary, "--foreground", "--unlock", "--components=secrets"]
    process = start("gnome-keyring-daemon", argv, env=env, log_dir=work_dir, stdin=KEYRING_PASSWORD)
    bus.wait_for_name(SECRETS, process)
    return SecretService(bus, data_home, runtime_dir, process)
