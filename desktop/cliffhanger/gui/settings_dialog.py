"""The Settings dialog: a list of pages on the left, the chosen page on the right.

Parts of the app add their own page with `add_page(title, widget)`; each page saves its own changes as they
are made, so the dialog has only a Close button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.i18n import translate


class SettingsDialog(QDialog):
    """Pages of preferences; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings — Cliffhanger"))
        self.pages = QListWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.setFixedWidth(160)
        self.pages.setSpacing(2)
        self.pages.setStyleSheet("QListWidget#settingsPages::item { padding: 5px 8px; }")
        self.stack = QStackedWidget()
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(680, 520)

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page (scrollable when tall) under `title` (already in the user's language) in the list;
        returns its index."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(widget)
        index = self.stack.addWidget(scroll)
        self.pages.addItem(title)
        if self.pages.currentRow() < 0:
            self.pages.setCurrentRow(0)
        return index

    def show_page(self, title: str) -> None:
        """Open the dialog at the page called `title`."""
        for row in range(self.pages.count()):
            if self.pages.item(row).text() == title:
                self.pages.setCurrentRow(row)
        self.show()
        self.raise_()
        self.activateWindow()
