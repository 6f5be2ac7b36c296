"""Posters drawn in a rectangle: the cached image when there is one, else initials on a colour of the theme.

The placeholder's colour is chosen from the title's name (the same title always gets the same colour), so a
hand-added or offline title is still easy to spot.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from cliffhanger.i18n import translate

from .. import theme
from ..palettes import Pair


def initials(name: str) -> str:
    """Up to two initials, from the words that start with a capital or a digit ("All of Us Are Dead" -> "AU"),
    or "?"."""
    words = [w for w in name.replace(":", " ").split() if w[:1].isalnum()]
    strong = [w for w in words if not w[0].islower()] or words
    letters = "".join(w[0] for w in strong[:2]).upper()
    return letters or "?"


def placeholder_colours(name: str) -> Pair:
    posters = theme.palette().posters
    return posters[zlib.crc32(name.casefold().encode()) % len(posters)]


def paint_poster(painter: QPainter, rect: QRect, pixmap: QPixmap | None, name: str) -> None:
    """Draw the poster scaled to cover `rect`, or the placeholder."""
    if pixmap is not None and not pixmap.isNull():
        scaled = pixmap.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        painter.drawPixmap(rect, scaled, QRect(0, 0, rect.width(), rect.height()))
        return
    colours = placeholder_colours(name)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.fill))
    painter.drawRoundedRect(QRectF(rect), 5, 5)
    font = QFont(painter.font())
    font.setPixelSize(max(8, min(rect.width() // 3, rect.height() // 3)))
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(QColor(colours.text))
    painter.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


class PosterWidget(QWidget):
    """A poster of a fixed size: the image once it is given, the placeholder for `name` until then."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size)
        self.name = ""
        self.image: QPixmap | None = None
        self.setAccessibleName(translate("Poster", "Poster"))

    def show_poster(self, name: str, image: QPixmap | None) -> None:
        self.name, self.image = name, image
        said = (
            translate("Poster", "Poster of %1")
            if image is not None
            else translate("Poster", "No poster for %1")
        )
        self.setAccessibleDescription(said.replace("%1", name))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_poster(painter, self.rect(), self.image, self.name)
        painter.end()
