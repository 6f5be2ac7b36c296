"""Delegates for the watchlist table: the coloured status chip; the expected window and its confidence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.i18n import translate

from .. import theme
from ..locale_text import lower_word, word
from ..models.watchlist_model import Role
from ..poster_thumbnails import PosterThumbnails
from .poster import paint_poster

POSTER_SIZE = QSize(24, 34)

Index = QModelIndex | QPersistentModelIndex


def _status(index: Index) -> Status | None:
    value = index.data(Role.STATUS)
    return Status(value) if value else None


_FONTS: dict[tuple[str, float, bool], tuple[QFont, QFontMetrics]] = {}


def derived_font(font: QFont, scale: float, bold: bool = False) -> tuple[QFont, QFontMetrics]:
    """`font` scaled (and made demi-bold), with its metrics: made once per font, not once per painted cell."""
    key = (font.key(), scale, bold)
    found = _FONTS.get(key)
    if found is None:
        made = QFont(font)
        made.setPointSizeF(font.pointSizeF() * scale)
        if bold:
            made.setWeight(QFont.Weight.DemiBold)
        found = _FONTS[key] = (made, QFontMetrics(made))
    return found


def paint_chip(painter: QPainter, rect: QRect, status: Status | None, font: QFont) -> int:
    """Draw a status chip vertically centred at the left of `rect`; return its width."""
    colours = theme.chip_colours(status)
    chip_font, metrics = derived_font(font, 0.9, bold=True)
    text = word(status) if status else translate("Delegates", "Unknown")
    width = metrics.horizontalAdvance(text) + 20
    height = metrics.height() + 6
    chip = QRectF(rect.left(), rect.center().y() - height / 2 + 1, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.fill))
    painter.drawRoundedRect(chip, height / 2, height / 2)
    painter.setPen(QColor(colours.text))
    painter.setFont(chip_font)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width


class _RowDelegate(QStyledItemDelegate):
    """Draws the selection/hover background the style would, then leaves the content to subclasses."""

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> QRect:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        return option.rect.adjusted(8, 0, -8, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), QFontMetrics(option.font).height() + 18))


class TitleDelegate(_RowDelegate):
    """The title's name (a tooltip shows it whole only when it is cut), after its poster when posters are on.

    `thumbnails` (a `PosterThumbnails`) gives the cached posters; a title without one gets a placeholder.
    """

    thumbnails: PosterThumbnails | None = None
    show_posters = False

    @staticmethod
    def poster_room() -> int:
        return POSTER_SIZE.width() + 10

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.poster_room(), 0, 0, 0) if self.show_posters else rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = self._background(painter, option, index)
        text = str(index.data() or "")
        if self.show_posters:
            box = QRect(rect.left(), rect.center().y() - POSTER_SIZE.height() // 2 + 1, POSTER_SIZE.width(),
                        POSTER_SIZE.height())  # fmt: skip
            title_id = index.data(Role.TITLE_ID)
            found = self.thumbnails.pixmap(title_id, POSTER_SIZE) if self.thumbnails and title_id else None
            paint_poster(painter, box, found, text)
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(QColor(theme.palette().selection_text if selected else theme.palette().text))
        area = self._text_rect(rect)
        shown = QFontMetrics(option.font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = str(index.data() or "")
            room = self._text_rect(option.rect.adjusted(8, 0, -8, 0)).width()
            if QFontMetrics(option.font).horizontalAdvance(text) > room:
                QToolTip.showText(event.globalPos(), text, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


class StatusChipDelegate(_RowDelegate):
    """Paints the status column as a rounded chip in the status's colours."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = self._background(painter, option, index)
        paint_chip(painter, rect, _status(index), option.font)


class ExpectedDelegate(_RowDelegate):
    """Paints the best estimate's text, its confidence in a quieter colour, and an overdue flag."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = self._background(painter, option, index)
        row = index.data(Role.ROW)
        painter.save()
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        if row is None or not row.expected:
            painter.setPen(QColor(theme.palette().muted))
            painter.drawText(rect, align, "—")
            painter.restore()
            return
        main = QColor(theme.palette().overdue if row.overdue else theme.palette().text)
        painter.setPen(main)
        _font, metrics = derived_font(option.font, 1.0)
        shown = metrics.elidedText(row.expected, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, align, shown)
        used = metrics.horizontalAdvance(row.expected + "  ")
        small, small_metrics = derived_font(option.font, 0.88)
        painter.setFont(small)
        overdue = QColor(theme.palette().overdue)
        painter.setPen(overdue if row.overdue else theme.confidence_colour(row.confidence))
        note = note_text(row.confidence, row.overdue)
        elided = small_metrics.elidedText(note, Qt.TextElideMode.ElideRight, max(rect.width() - used, 0))
        painter.drawText(rect.adjusted(used, 0, 0, 0), align, elided)
        painter.restore()


def note_text(confidence: Confidence | None, overdue: bool) -> str:
    """The quieter words after the estimate: "rumoured", or "overdue · rumoured"."""
    label = lower_word(confidence) if confidence else ""
    # "overdue" first, so eliding keeps it
    return translate("Delegates", "overdue · %1").replace("%1", label) if overdue else label
