"""Removing entries recorded by mistake: a season's status changes and claims, and the title's cast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cliffhanger.domain.models import Title
from cliffhanger.i18n import translate

from ..locale_text import lower_word, short_day_text, window_text, word
from ..widgets.labels import plain_label

ENTRY = Qt.ItemDataRole.UserRole


def _entries(title: Title, season: int | None) -> list[tuple[str, str, int]]:
    """(kind, words, id) for everything that can be removed, as the detail pane shows it."""
    chosen = title.season(season)
    rows: list[tuple[str, str, int]] = []
    for change in chosen.history if chosen else ():
        source = f" · {change.source}" if change.source else ""
        words = (
            translate("CorrectEntries", "Status: %1 since %2%3 (%4)")
            .replace("%1", word(change.status))
            .replace("%2", short_day_text(change.since))
            .replace("%3", source)
            .replace("%4", lower_word(change.confidence))
        )
        rows.append(("status", words, change.id or 0))
    for claim in chosen.claims if chosen else ():
        source = f" · {claim.source}" if claim.source else ""
        words = translate("CorrectEntries", "Expected: %1, %2%3").replace("%1", window_text(claim.window))
        words = words.replace("%2", lower_word(claim.confidence)).replace("%3", source)
        rows.append(("claim", words, claim.id or 0))
    for credit in title.credits_for(season):
        words = translate("CorrectEntries", "Cast: %1").replace("%1", credit.actor)
        if credit.character:
            words = (
                translate("CorrectEntries", "Cast: %1 as %2")
                .replace("%1", credit.actor)
                .replace("%2", credit.character)
            )
        rows.append(("credit", words, credit.id or 0))
    return [row for row in rows if row[2]]


class CorrectEntriesDialog(QDialog):
    """Tick the entries to remove; `chosen()` gives their ids by kind ("status", "claim", "credit")."""

    def __init__(self, title: Title, season: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = translate("CorrectEntries", "Correct entries — %1").replace("%1", title.name)
        if season is not None:
            caption = translate("CorrectEntries", "Correct entries — %1, season %2").replace("%1", title.name)
            caption = caption.replace("%2", str(season))
        self.setWindowTitle(caption)
        self.list = QListWidget()
        for kind, words, entry_id in _entries(title, season):
            item = QListWidgetItem(words)
            item.setData(ENTRY, (kind, entry_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove = buttons.addButton(
            translate("CorrectEntries", "Remove ticked"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self.remove.setEnabled(any(self.chosen().values())))
        layout = QVBoxLayout(self)
        hint = translate("CorrectEntries", "Tick what was recorded by mistake. Removing cannot be undone.")
        layout.addWidget(plain_label(hint, "subtle", wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> dict[str, list[int]]:
        picked: dict[str, list[int]] = {"status": [], "claim": [], "credit": []}
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                kind, entry_id = item.data(ENTRY)
                picked[kind].append(entry_id)
        return picked
