"""An import plan as a table: what happens to each row of the file (add, merge, skip, bad) and where it is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cliffhanger.gui import theme
from cliffhanger.transfer.plan import Action, ImportPlan
from cliffhanger.transfer.report import preview_rows

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Action", "Where", "Title", "Details")
WORDS = {"add": "Add", "merge": "Merge", "skip": "Skip", "bad": "Bad row"}


def counts_text(plan: ImportPlan) -> str:
    """ "12 to add · 3 to merge · 1 skipped · 1 bad row"."""
    counts = plan.counts()
    parts = [
        f"{counts['add']} to add",
        f"{counts['merge']} to merge",
        f"{counts['skip']} skipped",
        f"{counts['bad']} bad row{'s' if counts['bad'] != 1 else ''}",
    ]
    return " · ".join(parts)


class ImportPreviewModel(QAbstractTableModel):
    """Rows of `preview_rows(plan)`; the action column is coloured, bad rows are easy to spot."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = preview_rows(plan) if plan is not None else []
        self.endResetModel()

    def rows(self) -> list[tuple[str, str, str, str]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        action = row[0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return WORDS.get(action, action) if index.column() == 0 else row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (index.column() == 0 or action == Action.BAD.value):
            return QColor(theme.palette().import_actions.get(action, theme.palette().text))
        return None
