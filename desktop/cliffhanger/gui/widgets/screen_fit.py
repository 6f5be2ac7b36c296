"""Keeping windows on the screen: a scroll area as tall as its contents, and a fit to the available space.

A dialog puts its fields in a `ContentScrollArea` and calls `fit_to_screen` when shown: on a large screen it
opens at its natural size with no scroll bar; on a small one (1024x600) it is cut to the screen's available
area, and only its fields scroll while its title and buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

MARGIN = 24  # room left for the window frame and a panel


class ContentScrollArea(QScrollArea):
    """Scrolls vertically only, and asks for the whole size of its contents."""

    def __init__(self, contents: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(contents)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def refresh(self) -> None:
        """Forget the sizes cached while the contents were being built (Qt keeps a nested layout's size
        from before its fields were added, as it was measured when the contents were set)."""
        layout = self.contents().layout()
        if layout is not None:
            _invalidate(layout)
        self.updateGeometry()  # the layout holding this area caches its size hint too

    def sizeHint(self) -> QSize:
        inner = self.contents().sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())

    def minimumSizeHint(self) -> QSize:
        inner = self.contents().minimumSizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), 80)

    def contents(self) -> QWidget:
        """The widget it scrolls."""
        contents = self.widget()
        assert contents is not None  # set in __init__ and never taken back
        return contents


def _invalidate(layout: QLayout) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            _invalidate(child)
    layout.invalidate()


def available_size(widget: QWidget) -> QSize:
    screen = widget.screen()
    area = screen.availableGeometry().size() if screen is not None else QSize(1024, 600)
    return QSize(area.width() - MARGIN, area.height() - MARGIN)


def fit_to_screen(widget: QWidget) -> None:
    """Resize `widget` to its size hint, no larger than the screen's available area, and keep it inside."""
    room = available_size(widget)
    wanted = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    size = QSize(min(max(wanted.width(), widget.width()), room.width()), min(wanted.height(), room.height()))
    widget.setMinimumSize(
        min(widget.minimumWidth(), room.width()), min(widget.minimumHeight(), room.height())
    )
    widget.resize(size)
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move `widget` (its frame included) inside the screen's available area."""
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        frame = widget.frameGeometry()
        x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
        y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
        widget.move(max(x, area.x()), max(y, area.y()))
