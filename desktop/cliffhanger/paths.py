"""Where Cliffhanger keeps its files: one data directory holding the database, settings, cache and logs.

`CLIFFHANGER_HOME` overrides the platform's user data directory (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

HOME_ENV = "CLIFFHANGER_HOME"


def data_dir(*, create: bool = True) -> Path:
    """The data directory, created on first use (unless `create` is False)."""
    override = os.environ.get(HOME_ENV)
    path = Path(override).expanduser() if override else Path(user_data_dir("Cliffhanger", appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(*, create: bool = True) -> Path:
    """The database file; with `create=False` its folder is not made (for a look that must write nothing)."""
    return data_dir(create=create) / "cliffhanger.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def _subdir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    return _subdir("cache")


def logs_dir(*, create: bool = True) -> Path:
    return _subdir("logs") if create else data_dir(create=False) / "logs"


def backups_dir() -> Path:
    return _subdir("backups")


def change_stamp_path() -> Path:
    """A file touched after every committed change, so other processes can notice without polling."""
    return data_dir() / "changed.stamp"


def package_dir() -> Path:
    """The installed package folder; inside a frozen bundle, the unpacked copy of it."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "cliffhanger"
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Icons and other resources: bundled with the package, or the checkout's top-level resources/."""
    bundled = package_dir() / "resources"
    if bundled.is_dir() or getattr(sys, "frozen", False):
        return bundled
    return package_dir().parents[1] / "resources"
