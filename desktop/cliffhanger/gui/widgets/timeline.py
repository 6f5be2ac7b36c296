"""A vertical timeline of a season's status history: newest first, each with date, source and confidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cliffhanger.domain.models import StatusChange
from cliffhanger.i18n import translate

from .. import theme
from ..locale_text import lower_word, short_day_text, word

_RAIL_X = 9
_TEXT_X = 28
_GAP = 10


def format_day(day: date) -> str:
    """ "19 Feb 2026", in the user's language."""
    return short_day_text(day)


class StatusTimeline(QWidget):
    """Paints the status changes it is given; the current one (the newest) is drawn filled and bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: tuple[StatusChange, ...] = ()
        self._current: StatusChange | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Timeline", "Status history"))

    def set_history(self, history: Sequence[StatusChange], current: StatusChange | None = None) -> None:
        self._changes = tuple(sorted(history, key=lambda c: (c.since, c.id or 0), reverse=True))
        self._current = current if current is not None else (self._changes[0] if self._changes else None)
        self.setFixedHeight(self.heightForWidth(max(self.width(), 240)))
        said = "; ".join(f"{head}, {detail}" for head, detail in self.lines())
        self.setAccessibleDescription(said or translate("Timeline", "No status recorded yet"))
        self.updateGeometry()
        self.update()

    def lines(self) -> list[tuple[str, str]]:
        """Each stop's headline and detail line, newest first (what is painted, for tests and tooltips)."""
        return [(word(c.status), _detail(c)) for c in self._changes]

    def _detail_height(self, change: StatusChange, width: int) -> int:
        metrics = QFontMetrics(self._small_font())
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(0, 0, width, 10_000, flags, _detail(change)).height()

    def _entry_heights(self, width: int) -> list[int]:
        bold = QFontMetrics(self._bold_font()).height()
        text_width = max(width - _TEXT_X, 80)
        return [bold + 2 + self._detail_height(c, text_width) + _GAP for c in self._changes]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(sum(self._entry_heights(width)), QFontMetrics(self.font()).height() + _GAP)

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 240)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.setFixedHeight(self.heightForWidth(self.width()))

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
            painter.setPen(QColor(theme.palette().muted))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignLeft, translate("Timeline", "No status recorded yet")
            )
            return
        heights = self._entry_heights(self.width())
        tops = [sum(heights[:n]) for n in range(len(heights))]
        if len(self._changes) > 1:
            painter.setPen(QPen(QColor(theme.palette().line), 2))
            painter.drawLine(QPointF(_RAIL_X, 10), QPointF(_RAIL_X, tops[-1] + 10))
        for top, change in zip(tops, self._changes, strict=True):
            self._paint_stop(painter, change, top)

    def _paint_stop(self, painter: QPainter, change: StatusChange, top: int) -> None:
        colours = theme.chip_colours(change.status)
        current = change is self._current or change == self._current
        painter.setPen(QPen(QColor(colours.text), 2))
        painter.setBrush(QColor(colours.text) if current else QColor(theme.palette().base))
        painter.drawEllipse(QPointF(_RAIL_X, top + 10), 6, 6)
        bold = self._bold_font()
        head = QFontMetrics(bold)
        width = self.width() - _TEXT_X
        painter.setFont(bold)
        painter.setPen(QColor(colours.text if current else theme.palette().text))
        painter.drawText(
            QRectF(_TEXT_X, top, width, head.height()), Qt.AlignmentFlag.AlignLeft, word(change.status)
        )
        small = self._small_font()
        painter.setFont(small)
        painter.setPen(QColor(theme.palette().muted))
        height = self._detail_height(change, width)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(QRectF(_TEXT_X, top + head.height() + 2, width, height), flags, _detail(change))


def _detail(change: StatusChange) -> str:
    parts = [translate("Timeline", "since %1").replace("%1", format_day(change.since))]
    if change.source:
        parts.append(change.source)
    parts.append(lower_word(change.confidence))
    return " · ".join(parts)
