"""Starting Cliffhanger at login, minimized to the tray: an XDG autostart entry on Linux (applied here), and
the content of the Windows per-user Run key value and of the macOS LaunchAgent (built here, applied by the
platform's installer).
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from . import APP_ID, DESKTOP_ID

LAUNCH_AGENT_LABEL = "org.cliffhanger.Cliffhanger"
RUN_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this installation minimized: the frozen executable, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "cliffhanger", "--minimized"]


def xdg_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def desktop_entry(command: list[str]) -> str:
    """A Desktop Entry for the autostart directory."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Cliffhanger\n"
        "Comment=Reminders for the shows and films you wait for\n"
        f"Exec={' '.join(_desktop_quote(part) for part in command)}\n"
        f"Icon={DESKTOP_ID}\n"  # the name packaging/linux/install.py installs the icon as
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _desktop_quote(part: str) -> str:
    """Quote an Exec argument as the Desktop Entry specification asks."""
    if not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


def windows_run_value(command: list[str]) -> tuple[str, str, str]:
    """The (key, value name, data) of the per-user Run entry."""
    data = " ".join(f'"{part}"' if " " in part else part for part in command)
    return RUN_KEY, "Cliffhanger", data


def launch_agent_plist(command: list[str]) -> bytes:
    """A LaunchAgent for ~/Library/LaunchAgents, run at login."""
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent)


def is_enabled() -> bool:
    return xdg_entry_path().is_file()


def set_enabled(enabled: bool, command: list[str] | None = None) -> Path:
    """Write or remove the XDG autostart entry (Linux and other XDG desktops); return its path."""
    path = xdg_entry_path()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
