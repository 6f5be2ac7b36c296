"""The Settings dialog's Appearance page: the theme (follow the desktop, light or dark)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cliffhanger.settings import Settings

THEMES = (("system", "Follow the desktop"), ("light", "Light"), ("dark", "Dark"))


class AppearancePage(QWidget):
    """Edits the theme in place and saves it through `save` after every change.

    Signals:
        theme_changed(str): the user chose "system", "light" or "dark".
    """

    theme_changed = Signal(str)

    def __init__(self, settings: Settings, save: Callable[[Settings], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self._save = settings, save
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for key, text in THEMES:
            self.theme.addItem(text, key)
        index = self.theme.findData(settings.theme)
        self.theme.setCurrentIndex(max(index, 0))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        hint = QLabel("“Follow the desktop” uses the colour scheme your desktop asks for, and follows it.")
        hint.setProperty("role", "subtle")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Theme:", self.theme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

    def _theme_chosen(self, _index: int) -> None:
        self.settings.theme = str(self.theme.currentData())
        self._save(self.settings)
        self.theme_changed.emit(self.settings.theme)
