"""Removing entries recorded by mistake: a season's status changes and claims, and the title's cast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cliffhanger.domain.models import Title

from ..widgets.labels import plain_label
from ..widgets.timeline import format_day

ENTRY = Qt.ItemDataRole.UserRole


def _entries(title: Title, season: int | None) -> list[tuple[str, str, int]]:
    """(kind, words, id) for everything that can be removed, as the detail pane shows it."""
    chosen = title.season(season)
    rows: list[tuple[str, str, int]] = []
    for change in chosen.history if chosen else ():
        source = f" · {change.source}" if change.source else ""
        since = format_day(change.since)
        words = f"Status: {change.status.label} since {since}{source} ({change.confidence})"
        rows.append(("status", words, change.id or 0))
    for claim in chosen.claims if chosen else ():
        source = f" · {claim.source}" if claim.source else ""
        rows.append(("claim", f"Expected: {claim.window.text}, {claim.confidence}{source}", claim.id or 0))
    for credit in title.credits_for(season):
        role = f" as {credit.character}" if credit.character else ""
        rows.append(("credit", f"Cast: {credit.actor}{role}", credit.id or 0))
    return [row for row in rows if row[2]]


class CorrectEntriesDialog(QDialog):
    """Tick the entries to remove; `chosen()` gives their ids by kind ("status", "claim", "credit")."""

    def __init__(self, title: Title, season: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        where = "" if season is None else f", season {season}"
        self.setWindowTitle(f"Correct entries — {title.name}{where}")
        self.list = QListWidget()
        for kind, words, entry_id in _entries(title, season):
            item = QListWidgetItem(words)
            item.setData(ENTRY, (kind, entry_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove = buttons.addButton("Remove ticked", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self.remove.setEnabled(any(self.chosen().values())))
        layout = QVBoxLayout(self)
        hint = "Tick what was recorded by mistake. Removing cannot be undone."
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
