"""Actions on titles (add, edit, record status, add claim, add cast, delete) and their dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from cliffhanger.domain.matching import fold
from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Kind
from cliffhanger.i18n import translate

from .controller import WatchlistController
from .dialogs.correct_entries import CorrectEntriesDialog
from .dialogs.entry_dialogs import CastDialog, ClaimDialog, StatusDialog
from .dialogs.title_dialog import TitleDialog
from .undo import (
    AddTitleCommand,
    CorrectEntriesCommand,
    EditTitleCommand,
    RemoveTitleCommand,
    cast_command,
    claim_command,
    status_command,
)

DialogHook = Callable[[TitleDialog], object]  # what it returns is not used


def _action(
    parent: QObject,
    text: str,
    handler: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: handler())
    return action


class TitleActions(QObject):
    """Builds the title actions and runs their dialogs; `selected` tells which title and season they act on.

    `dialog_hooks` are called with every new add/edit dialog (e.g. to insert a catalogue search).
    """

    def __init__(
        self,
        window: QWidget,
        controller: WatchlistController,
        undo: QUndoStack,
        selected: Callable[[], tuple[Title | None, int | None]],
        on_added: Callable[[Title], None],
    ) -> None:
        super().__init__(window)
        self.window, self.controller, self.undo = window, controller, undo
        self._selected, self._on_added = selected, on_added
        self.dialog_hooks: list[DialogHook] = []
        self.add = _action(
            self, translate("TitleActions", "&Add show…"), self.open_add_dialog, QKeySequence.StandardKey.New
        )
        self.edit = _action(self, translate("TitleActions", "&Edit…"), self.open_edit_dialog, "Ctrl+E")
        self.status = _action(
            self, translate("TitleActions", "New &status…"), self.open_status_dialog, "Ctrl+S"
        )
        self.claim = _action(
            self, translate("TitleActions", "Release &claim…"), self.open_claim_dialog, "Ctrl+D"
        )
        self.cast = _action(
            self, translate("TitleActions", "Add &cast…"), self.open_cast_dialog, "Ctrl+Shift+C"
        )
        self.correct = _action(self, translate("TitleActions", "Co&rrect…"), self.open_correct_dialog)
        self.correct.setToolTip(
            translate("TitleActions", "Remove a status, claim or cast entry recorded by mistake")
        )
        self.delete = _action(
            self, translate("TitleActions", "&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.add.setToolTip(translate("TitleActions", "Add a show or film (Ctrl+N)"))
        for action in self.per_title:
            action.setEnabled(False)

    @property
    def per_title(self) -> tuple[QAction, ...]:
        return (self.status, self.claim, self.cast, self.edit, self.correct, self.delete)

    def on_selection(self) -> None:
        chosen = self._selected()[0] is not None
        for action in self.per_title:
            action.setEnabled(chosen)

    def _name_taken(self, name: str, year: int | None, kind: Kind, own: int | None) -> bool:
        key = fold(name)
        return any(
            t.id != own and fold(t.name) == key and t.year == year and t.kind is kind
            for t in (row.title for row in self.controller.model.rows())
        )

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> QDialog:
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_add_dialog(self) -> TitleDialog:
        dialog = TitleDialog(self.window, name_taken=self._name_taken)
        for hook in self.dialog_hooks:
            hook(dialog)
        self._open(
            dialog, lambda: self.undo.push(AddTitleCommand(self.controller, dialog.value(), self._on_added))
        )
        return dialog

    def open_edit_dialog(self) -> TitleDialog | None:
        title, _season = self._selected()
        if title is None or title.id is None:
            return None
        dialog = TitleDialog(self.window, title=title, name_taken=self._name_taken)
        for hook in self.dialog_hooks:
            hook(dialog)
        self._open(dialog, lambda: self.undo.push(EditTitleCommand(self.controller, title, dialog.value())))
        return dialog

    def open_status_dialog(self) -> StatusDialog | None:
        title, season = self._selected()
        if title is None or title.id is None:
            return None
        dialog = StatusDialog(title, season, self.window)
        push = lambda: self.undo.push(status_command(self.controller, title, dialog.season, dialog.value()))  # noqa: E731
        self._open(dialog, push)
        return dialog

    def open_claim_dialog(self) -> ClaimDialog | None:
        title, season = self._selected()
        if title is None or title.id is None:
            return None
        dialog = ClaimDialog(title, season, self.window)
        push = lambda: self.undo.push(claim_command(self.controller, title, dialog.season, dialog.value()))  # noqa: E731
        self._open(dialog, push)
        return dialog

    def open_cast_dialog(self) -> CastDialog | None:
        title, season = self._selected()
        if title is None or title.id is None:
            return None
        dialog = CastDialog(title, season, self.window)
        self._open(dialog, lambda: self.undo.push(cast_command(self.controller, title, dialog.value())))
        return dialog

    def open_correct_dialog(self) -> CorrectEntriesDialog | None:
        title, season = self._selected()
        if title is None or title.id is None:
            return None
        dialog = CorrectEntriesDialog(title, season, self.window)

        def remove() -> None:
            if any(dialog.chosen().values()):
                self.undo.push(CorrectEntriesCommand(self.controller, title, dialog.chosen()))

        self._open(dialog, remove)
        return dialog

    def delete_selected(self) -> None:
        title, _season = self._selected()
        if title is not None and title.id is not None:
            self.undo.push(RemoveTitleCommand(self.controller, title.id, title.name))
