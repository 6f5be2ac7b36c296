"""The window's undo stack, which says by its own signals what can be undone and whether to offer it.

The Undo and Redo entries follow the stack's `canUndoChanged`/`undoTextChanged` (and the Redo pair); the
status bar's Undo button follows `removal_offered`/`offer_withdrawn`, raised when the command just done is a
title's removal. Nothing reads the status bar's text to learn what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from cliffhanger.i18n import translate

from .undo import RemoveTitleCommand


class UndoHistory(QUndoStack):
    """A QUndoStack that tells when the last thing done was taking a title off the list.

    Signals:
        removal_offered(str): the command just done removed the title of that name; it can be undone.
        offer_withdrawn(): the last command done is no longer a removal (undone, or another change came).
    """

    removal_offered = Signal(str)
    offer_withdrawn = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offered = ""
        self.indexChanged.connect(self._index_changed)

    def offered(self) -> str:
        """The name of the removed title the window offers to bring back, or "" when there is none."""
        return self._offered

    def _index_changed(self, index: int) -> None:
        command = self.command(index - 1) if index > 0 else None
        name = command.name if isinstance(command, RemoveTitleCommand) else ""
        if not name and not self._offered:
            return  # nothing was offered, so nothing to withdraw
        self._offered = name
        if name:
            self.removal_offered.emit(name)
        else:
            self.offer_withdrawn.emit()


def undo_actions(history: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and Redo entries whose enabled state and text follow the stack's own signals."""
    undo = QAction(translate("UndoHistory", "&Undo"), parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = QAction(translate("UndoHistory", "&Redo"), parent)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    undo.triggered.connect(lambda _checked=False: history.undo())
    redo.triggered.connect(lambda _checked=False: history.redo())
    history.canUndoChanged.connect(undo.setEnabled)
    history.canRedoChanged.connect(redo.setEnabled)
    history.undoTextChanged.connect(lambda text: undo.setText(_undo_entry(text)))
    history.redoTextChanged.connect(lambda text: redo.setText(_redo_entry(text)))
    undo.setEnabled(history.canUndo())
    redo.setEnabled(history.canRedo())
    undo.setText(_undo_entry(history.undoText()))
    redo.setText(_redo_entry(history.redoText()))
    return undo, redo


def _undo_entry(what: str) -> str:
    """ "&Undo Remove “Severance”", or "&Undo" when there is nothing to name."""
    if not what:
        return translate("UndoHistory", "&Undo")
    return translate("UndoHistory", "&Undo %1").replace("%1", what)


def _redo_entry(what: str) -> str:
    if not what:
        return translate("UndoHistory", "&Redo")
    return translate("UndoHistory", "&Redo %1").replace("%1", what)
