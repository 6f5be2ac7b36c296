"""The Settings dialog's Appearance page: the theme (follow the desktop, light or dark) and the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.settings import Settings

THEMES = (
    ("system", QT_TRANSLATE_NOOP("AppearancePage", "Follow the desktop")),
    ("light", QT_TRANSLATE_NOOP("AppearancePage", "Light")),
    ("dark", QT_TRANSLATE_NOOP("AppearancePage", "Dark")),
)
LANGUAGES = (  # each language is named in itself, so it can be found whatever the current one
    ("system", QT_TRANSLATE_NOOP("AppearancePage", "The desktop's language")),
    ("en", "English"),
    ("de", "Deutsch"),
)


def _combo(name: str, choices: tuple[tuple[str, str], ...], current: str, *, translated: bool) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for index, (key, text) in enumerate(choices):
        shown = translate("AppearancePage", text) if translated or index == 0 else text
        combo.addItem(shown, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class AppearancePage(QWidget):
    """Edits the theme and the language in place and saves them through `save` after every change.

    Signals:
        theme_changed(str): the user chose "system", "light" or "dark".
    """

    theme_changed = Signal(str)

    def __init__(self, settings: Settings, save: Callable[[Settings], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self._save = settings, save
        self.theme = _combo(translate("AppearancePage", "Theme"), THEMES, settings.theme, translated=True)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.language = _combo(
            translate("AppearancePage", "Language"), LANGUAGES, settings.language, translated=False
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        form = QFormLayout()
        form.addRow(translate("AppearancePage", "&Theme:"), self.theme)
        form.addRow(translate("AppearancePage", "&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            _hint(
                translate(
                    "AppearancePage",
                    "“Follow the desktop” uses the colour scheme your desktop asks for, and follows it.",
                )
            )
        )
        self.restart_note = _hint(
            translate("AppearancePage", "The new language is used the next time Cliffhanger starts.")
        )
        self.restart_note.setVisible(False)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)

    def _theme_chosen(self, _index: int) -> None:
        self.settings.theme = str(self.theme.currentData())
        self._save(self.settings)
        self.theme_changed.emit(self.settings.theme)

    def _language_chosen(self, _index: int) -> None:
        self.settings.language = str(self.language.currentData())
        self._save(self.settings)
        self.restart_note.setVisible(True)


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setProperty("role", "subtle")
    hint.setWordWrap(True)
    return hint
