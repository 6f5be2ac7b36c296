"""The tray icon: a tooltip summing up the watchlist, and a menu to open the window, add a show, pause
reminders or quit. Other parts add menu entries with `add_action`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .models.rows import Row


def summarise(rows: Iterable[Row], today: date) -> str:
    """ "Cliffhanger — 3 titles, next: Show (December 2026)"."""
    rows = list(rows)
    count = f"{len(rows)} title{'s' if len(rows) != 1 else ''}"
    upcoming = [
        r
        for r in rows
        if r.earliest is not None
        and not r.overdue
        and not ((r.status and r.status.is_final) or (r.status and r.status.is_out))
    ]
    if not upcoming:
        return f"Cliffhanger — {count}"
    soonest = min(upcoming, key=lambda r: (r.earliest, r.title.name.casefold()))
    return f"Cliffhanger — {count}, next: {soonest.title.name} ({soonest.expected})"


class Tray(QObject):
    """Owns the QSystemTrayIcon and its menu.

    Signals:
        open_requested: Open was chosen, or the icon clicked.
        add_requested: "Add show…" was chosen.
        quit_requested: Quit was chosen.
        pause_toggled(bool): reminders were paused (True) or resumed.
    """

    open_requested = Signal()
    add_requested = Signal()
    quit_requested = Signal()
    pause_toggled = Signal(bool)

    def __init__(self, icon: QIcon, *, paused: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = self._add("Open Cliffhanger", self.open_requested)
        self.add_show_action = self._add("Add show…", self.add_requested)
        self.menu.addSeparator()
        self.pause_action = QAction("Pause reminders", self.menu)
        self.pause_action.setCheckable(True)
        self.pause_action.setChecked(paused)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.quit_action = self._add("Quit", self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.setToolTip("Cliffhanger")

    def _add(self, text: str, signal: Signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: signal.emit())
        self.menu.addAction(action)
        return action

    def add_action(self, action: QAction) -> None:
        """Put another entry in the menu, above Quit."""
        self.menu.insertAction(self.quit_action, action)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_summary(self, text: str) -> None:
        self.icon.setToolTip(text)

    @property
    def tooltip(self) -> str:
        return self.icon.toolTip()

    def message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, self.icon.icon(), 8_000)
