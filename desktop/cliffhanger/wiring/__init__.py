"""The composition root's units: each wires one concern of the running app and stops it again.

`app.py` builds the parts every unit shares (`Parts`), creates the units, connects them to one another and
calls them in order: `install()` once the watchlist is open (pages, menus, services), `start()` right after,
`shutdown()` at quit. Nothing outside `app.py` and this package builds concrete objects; `gui/` and the core
never import it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject

from ..gui.change_watcher import ChangeWatcher
from ..gui.controller import WatchlistController
from ..gui.main_window import MainWindow
from ..gui.models.watchlist_model import WatchlistModel
from ..gui.settings_dialog import SettingsDialog
from ..gui.tray import Tray
from ..settings import Settings
from ..tasks import TaskRunner


@dataclass(frozen=True)
class Parts:
    """What every unit may use: built once by `app.py`, before any unit."""

    root: QObject  # owns every non-widget part, so one deletion drops them all
    window: MainWindow
    controller: WatchlistController
    model: WatchlistModel
    tasks: TaskRunner
    tray: Tray
    watcher: ChangeWatcher
    settings: Settings
    save_settings: Callable[[Settings], None]
    settings_dialog: SettingsDialog
    open_title: Callable[[int], None]


class Unit(Protocol):
    """One concern of the running app, wired in three steps."""

    def install(self) -> None:
        """Build the concern's objects, pages and menu entries; the watchlist is open by now."""

    def start(self) -> None:
        """Start its timers and first loads."""

    def shutdown(self) -> None:
        """Stop its timers and threads; called once at quit, whether or not it was installed."""
