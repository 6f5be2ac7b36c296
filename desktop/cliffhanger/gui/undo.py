"""Undoable watchlist changes for the main window's QUndoStack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .controller import WatchlistController


class RemoveTitleCommand(QUndoCommand):
    """Taking a title off the watchlist; undo brings it back (the database keeps it until purged)."""

    def __init__(self, controller: WatchlistController, title_id: int, name: str) -> None:
        super().__init__(f"Remove “{name}”")
        self.controller = controller
        self.title_id = title_id
        self.name = name

    def redo(self) -> None:
        self.controller.remove(self.title_id)

    def undo(self) -> None:
        self.controller.restore(self.title_id)
