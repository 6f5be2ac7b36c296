"""An import plan as a table: what happens to each row of the file (add, merge, skip, bad) and where it is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cliffhanger.gui import theme
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.transfer.plan import Action, ImportPlan
from cliffhanger.transfer.report import preview_rows

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Action"),
    QT_TRANSLATE_NOOP("ImportPreview", "Where"),
    QT_TRANSLATE_NOOP("ImportPreview", "Title"),
    QT_TRANSLATE_NOOP("ImportPreview", "Details"),
)
WORDS = {
    "add": QT_TRANSLATE_NOOP("ImportPreview", "Add"),
    "merge": QT_TRANSLATE_NOOP("ImportPreview", "Merge"),
    "skip": QT_TRANSLATE_NOOP("ImportPreview", "Skip"),
    "bad": QT_TRANSLATE_NOOP("ImportPreview", "Bad row"),
}


def counts_text(plan: ImportPlan) -> str:
    """ "12 to add · 3 to merge · 1 skipped · 1 bad row"."""
    counts = plan.counts()
    add, merge, skip, bad = counts["add"], counts["merge"], counts["skip"], counts["bad"]
    parts = [
        translate("ImportPreview", "%n to add", None, add),
        translate("ImportPreview", "%n to merge", None, merge),
        translate("ImportPreview", "%n skipped", None, skip),
        translate("ImportPreview", "%n bad row(s)", None, bad),
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
            return translate("ImportPreview", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        action = row[0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return translate("ImportPreview", WORDS[action]) if action in WORDS else action
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (index.column() == 0 or action == Action.BAD.value):
            return QColor(theme.palette().import_actions.get(action, theme.palette().text))
        return None
