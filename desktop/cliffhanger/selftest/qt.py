"""Qt: the platform plugin this session would use loads, a QGuiApplication starts, and SVG icons render.

Qt aborts the whole process when it cannot start its platform plugin, so on Linux the plugin is first
loaded on its own, which turns a missing system library into a message instead of a crash.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cliffhanger import paths

from .checks import Check, guarded
from .layers import APP_ICON

PLATFORM_ENV = "QT_QPA_PLATFORM"


def check_qt() -> Check:
    return guarded("qt", probe_qt)


def platform_name() -> str:
    """The platform Qt will pick; with no display at all, offscreen (the check is still worth running)."""
    chosen = os.environ.get(PLATFORM_ENV, "").split(";")[0].split(":")[0].strip()
    if chosen or not sys.platform.startswith("linux"):
        return chosen
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "xcb"
    os.environ[PLATFORM_ENV] = "offscreen"
    return "offscreen"


def probe_qt() -> str:
    from PySide6.QtGui import QGuiApplication, QImage

    name = platform_name()
    if sys.platform.startswith("linux") and QGuiApplication.instance() is None:
        load_platform_plugin(name)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "cliffhanger"])
    icon = paths.resources_dir() / "icons" / APP_ICON
    if icon.is_file() and QImage(str(icon)).isNull():
        raise RuntimeError("the SVG image plugin is missing")
    assert isinstance(app, QGuiApplication)  # made here, or by whoever made one before us with a screen
    return f"ok ({app.platformName()})"


def load_platform_plugin(name: str) -> None:
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(folder.glob(f"libq{name}*.so"))
    if not found:
        raise FileNotFoundError(f"no platform plugin {name!r} in {folder}")
    loader = QPluginLoader(str(found[0]))
    if not loader.load():
        raise RuntimeError(f"platform plugin {name!r} does not load: {loader.errorString()}")
