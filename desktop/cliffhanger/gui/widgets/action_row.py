"""A row of buttons for actions that folds the ones that do not fit into a "More" menu button.

Buttons keep their order: when the row is narrow the last ones leave the row for the menu, and come back when
there is room. The row never asks for more width than its first button and the menu button, so the pane it
sits in can be narrow without cutting anything off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from cliffhanger.i18n import translate

SPACING = 4


class ActionRow(QWidget):
    """Buttons for `add_action` actions, folding into `more` when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QToolButton] = []
        self.more = QToolButton()
        self.more.setText(translate("ActionRow", "More ▾"))
        self.more.setAccessibleName(translate("ActionRow", "More actions"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(QMenu(self.more))
        self.more.hide()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add_action(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…").rstrip())
        self._layout.insertWidget(len(self._buttons), button)
        self._buttons.append(button)
        self._fold(self.width())
        return button

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)

    def shown(self) -> list[QToolButton]:
        """The buttons in the row now (the others are in the More menu)."""
        return [b for b in self._buttons if not b.isHidden()]

    def minimumSizeHint(self) -> QSize:
        first = self._buttons[0].sizeHint().width() if self._buttons else 0
        return QSize(first + SPACING + self.more.sizeHint().width(), self.sizeHint().height())

    def sizeHint(self) -> QSize:
        widths = [b.sizeHint().width() for b in self._buttons]
        height = max([b.sizeHint().height() for b in self._buttons] + [self.more.sizeHint().height()])
        return QSize(sum(widths) + SPACING * max(len(widths) - 1, 0), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold(event.size().width())

    def _fold(self, width: int) -> None:
        widths = [b.sizeHint().width() for b in self._buttons]
        fits = len(widths)
        if sum(widths) + SPACING * max(fits - 1, 0) > width:
            room = width - self.more.sizeHint().width() - SPACING
            used, fits = 0, 0
            for w in widths:
                if used + w > room:
                    break
                used, fits = used + w + SPACING, fits + 1
            fits = max(fits, 1) if width > 0 else fits
        menu = self.more.menu()
        menu.clear()
        for n, button in enumerate(self._buttons):
            button.setHidden(n >= fits)
            if n >= fits:
                menu.addAction(button.defaultAction())
        self.more.setVisible(fits < len(self._buttons))
