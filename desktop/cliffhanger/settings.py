"""The user's preferences, typed, kept as JSON in the data directory.

A damaged or half-written file never stops the app: it is set aside and the defaults are used.
Secrets never live here (see `cliffhanger.secrets`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from . import paths

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """Every preference with its default."""

    notifiers: list[str] = field(default_factory=lambda: ["freedesktop", "plyer", "tray", "log"])
    reminders_paused: bool = False
    quiet_hours_start: str = ""  # "22:00"; empty means no quiet hours
    quiet_hours_end: str = ""  # "08:00"
    default_reminder_time: str = "09:00"
    release_day_alerts: bool = True  # followed titles are announced on their official date
    window_passed_alerts: bool = True  # ... and once when an expected window passes with no date
    autostart: bool = False
    refresh_hours: int = 6
    providers: list[str] = field(default_factory=lambda: ["tvmaze"])
    allow_network: bool = True
    hide_to_tray_notice_shown: bool = False
    backup_keep: int = 7
    theme: str = "system"  # "system", "light" or "dark"
    language: str = "system"  # "system" (the desktop's), "en" or "de"; read at start

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Known keys of the right type are taken; anything else keeps its default."""
        defaults = cls()
        kept = {}
        for f in fields(cls):
            if f.name in data and isinstance(data[f.name], type(getattr(defaults, f.name))):
                kept[f.name] = data[f.name]
        return cls(**kept)


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        aside = path.with_suffix(".damaged.json")
        log.warning(
            "settings file %s could not be read (%s); using defaults, kept it as %s", path, error, aside
        )
        try:
            path.replace(aside)
        except OSError:
            log.warning("could not set %s aside either; it is left as it is", path)
        return Settings()
    return Settings.from_dict(data) if isinstance(data, dict) else Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file in place."""
    path = path or paths.settings_path()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)
