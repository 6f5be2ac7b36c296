"""A vertical timeline of a season's status history: newest first, each with date, source and confidence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cliffhanger.domain.models import StatusChange

from .. import theme

_RAIL_X = 9
_TEXT_X = 28
_GAP = 10


def format_day(day) -> str:  # type: ignore[no-untyped-def]
    return f"{day.day} {day:%b %Y}"


class StatusTimeline(QWidget):
    """Paints the status changes it is given; the current one (the newest) is drawn filled and bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: tuple[StatusChange, ...] = ()
        self._current: StatusChange | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_history(self, history: Sequence[StatusChange], current: StatusChange | None = None) -> None:
        self._changes = tuple(sorted(history, key=lambda c: (c.since, c.id or 0), reverse=True))
        self._current = current if current is not None else (self._changes[0] if self._changes else None)
        self.updateGeometry()
        self.update()

    def lines(self) -> list[tuple[str, str]]:
        """Each stop's headline and detail line, newest first (what is painted, for tests and tooltips)."""
        return [(c.status.label, _detail(c)) for c in self._changes]

    def _entry_height(self) -> int:
        bold = QFontMetrics(self._bold_font()).height()
        return bold + QFontMetrics(self._small_font()).height() + _GAP + 4

    def sizeHint(self) -> QSize:
        count = max(len(self._changes), 1)
        return QSize(240, count * self._entry_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.9)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._changes:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, "No status recorded yet")
            return
        step = self._entry_height()
        if len(self._changes) > 1:
            painter.setPen(QPen(QColor(theme.LINE), 2))
            painter.drawLine(QPointF(_RAIL_X, 10), QPointF(_RAIL_X, (len(self._changes) - 1) * step + 10))
        for n, change in enumerate(self._changes):
            self._paint_stop(painter, change, n * step)

    def _paint_stop(self, painter: QPainter, change: StatusChange, top: int) -> None:
        colours = theme.chip_colours(change.status)
        current = change is self._current or change == self._current
        painter.setPen(QPen(QColor(colours.text), 2))
        painter.setBrush(QColor(colours.text) if current else QColor("white"))
        painter.drawEllipse(QPointF(_RAIL_X, top + 10), 6, 6)
        bold = self._bold_font()
        head = QFontMetrics(bold)
        width = self.width() - _TEXT_X
        painter.setFont(bold)
        painter.setPen(QColor(colours.text if current else theme.TEXT))
        painter.drawText(
            QRectF(_TEXT_X, top, width, head.height()), Qt.AlignmentFlag.AlignLeft, change.status.label
        )
        small = self._small_font()
        painter.setFont(small)
        painter.setPen(QColor(theme.MUTED))
        text = QFontMetrics(small).elidedText(_detail(change), Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRectF(_TEXT_X, top + head.height() + 2, width, head.height()), Qt.AlignmentFlag.AlignLeft, text
        )


def _detail(change: StatusChange) -> str:
    parts = [f"since {format_day(change.since)}"]
    if change.source:
        parts.append(change.source)
    parts.append(change.confidence.value)
    return " · ".join(parts)
