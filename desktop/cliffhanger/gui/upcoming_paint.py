"""Painting the Upcoming timeline: month grid, today line, and one row per awaited season."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from cliffhanger.i18n import translate

from . import theme
from .locale_text import lower_word, short_day_text
from .upcoming_view import LABEL, MONTH, ROW, TOP, Timeline, _month_start


def _grid(view: Timeline, painter: QPainter) -> None:
    palette = view.palette()
    painter.fillRect(view.rect(), palette.base())
    faint = QColor(palette.text().color())
    faint.setAlpha(40)
    for index in range(view.months() + 1):
        month = _month_start(view.first, index)
        x = LABEL + index * MONTH
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(x, TOP - 6), QPointF(x, view.height()))
        if index < view.months():
            painter.setPen(palette.text().color() if month.month != 1 else QColor(theme.palette().accent))
            text = QLocale().monthName(month.month, QLocale.FormatType.ShortFormat) + (
                f" {month.year}" if month.month == 1 or index == 0 else ""
            )
            painter.drawText(QRectF(x + 4, 6, MONTH - 6, 20), Qt.AlignmentFlag.AlignLeft, text)
    today_x = view.x_of(view.today)
    painter.setPen(QPen(QColor(theme.palette().overdue), 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(today_x, TOP - 8), QPointF(today_x, view.height()))


def _row(view: Timeline, painter: QPainter, index: int) -> None:
    item = view.items[index]
    top = TOP + index * ROW
    palette = view.palette()
    if index % 2:
        shade = QColor(palette.alternateBase().color())
        painter.fillRect(QRectF(0, top, view.width(), ROW), shade)
    painter.setPen(palette.text().color())
    font = QFont(view.font())
    font.setBold(item.overdue)
    painter.setFont(font)
    label = item.label + ("  ⚠ " + translate("UpcomingPaint", "overdue") if item.overdue else "")
    elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, LABEL - 16)
    painter.drawText(QRectF(10, top, LABEL - 14, ROW), Qt.AlignmentFlag.AlignVCenter, elided)
    bar = theme.palette().bars[item.confidence]
    colour, overdue = QColor(bar.fill), QColor(theme.palette().overdue)
    middle = top + ROW / 2
    if item.exact:
        painter.setPen(QPen(overdue if item.overdue else colour.darker(130), 2))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(view.x_of(item.start), middle), 6, 6)
        painter.setPen(view.palette().text().color())
        when = f"{short_day_text(item.start, year=False)} · {lower_word(item.confidence)}"
        box = QRectF(view.x_of(item.start) + 12, top, 160, ROW)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, when)
        return
    left, right = view.x_of(item.start), view.x_of(item.end + timedelta(days=1))
    painter.setBrush(colour)
    painter.setPen(QPen(overdue, 2, Qt.PenStyle.DashLine) if item.overdue else QPen(colour.darker(120), 1))
    painter.drawRoundedRect(QRectF(left, middle - 8, max(6.0, right - left), 16), 6, 6)
    small = QFont(view.font())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
    painter.setFont(small)
    text = f"{item.window_text} · {lower_word(item.confidence)}"
    if painter.fontMetrics().horizontalAdvance(text) <= right - left - 10:
        painter.setPen(QColor(bar.text))
        box = QRectF(left + 6, middle - 8, right - left - 8, 16)
    else:  # a short window: the words go beside the bar rather than being cut to "Decemb…"
        painter.setPen(view.palette().text().color())
        box = QRectF(right + 6, middle - 8, view.width() - right - 6, 16)
    painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)


def paint_timeline(view: Timeline, painter: QPainter) -> None:
    _grid(view, painter)
    if not view.items:
        painter.setPen(view.palette().placeholderText().color())
        nothing = translate("UpcomingPaint", "Nothing expected yet. Add a release date or window to a title.")
        painter.drawText(view.rect().adjusted(LABEL, TOP, 0, 0), Qt.AlignmentFlag.AlignCenter, nothing)
        return
    for index in range(len(view.items)):
        _row(view, painter, index)
