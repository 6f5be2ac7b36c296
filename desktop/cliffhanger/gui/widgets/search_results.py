"""Catalogue search results as a list model, and the delegate that draws a row: poster, name, facts, status.

Provider text is drawn as plain text (it never goes through a rich-text label).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cliffhanger.providers import SearchHit
from cliffhanger.providers.registry import display_name

from .. import theme
from ..locale_text import word
from .delegates import paint_chip
from .poster import paint_poster

Index = QModelIndex | QPersistentModelIndex
POSTER = QSize(46, 66)
ROW_HEIGHT = POSTER.height() + 12


class Role(IntEnum):
    HIT = Qt.ItemDataRole.UserRole + 1
    POSTER = Qt.ItemDataRole.UserRole + 2


def facts(hit: SearchHit) -> str:
    """ "Series · 2022 · Netflix · TVmaze"."""
    source = display_name(hit.ref.provider)
    parts = [word(hit.kind), str(hit.year) if hit.year else "", hit.network, source]
    return " · ".join(p for p in parts if p)


class SearchResultsModel(QAbstractListModel):
    """The hits of the current query, with posters filled in as they arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._posters: dict[str, QPixmap] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.name} — {facts(hit)}"
        if role == Role.HIT:
            return hit
        if role == Role.POSTER:
            return self._posters.get(hit.poster_url or "")
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def set_poster(self, url: str, pixmap: QPixmap) -> None:
        self._posters[url] = pixmap
        for row, hit in enumerate(self._hits):
            if hit.poster_url == url:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Role.POSTER])


class SearchHitDelegate(QStyledItemDelegate):
    """Poster (or a placeholder with the initial), the name in bold, facts below, and the status chip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(Role.HIT)
        if hit is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(theme.palette().selection))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(theme.palette().hover))
        poster = QRect(rect.left() + 8, rect.top() + 6, POSTER.width(), POSTER.height())
        paint_poster(painter, poster, index.data(Role.POSTER), hit.name)
        left = poster.right() + 12
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(name_font)
        painter.setPen(QColor(theme.palette().text))
        top = QRect(left, rect.top() + 12, rect.right() - left - 8, 20)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hit.name)
        painter.setFont(option.font)
        painter.setPen(QColor(theme.palette().muted))
        below = QRect(left, top.bottom() + 2, top.width(), 20)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, facts(hit))
        chip = QRect(left, below.bottom() + 2, top.width(), 22)
        if hit.status is not None or hit.status_text:
            paint_chip(painter, chip, hit.status, option.font)
        painter.setPen(QColor(theme.palette().line))
        painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
        painter.restore()
