"""Loading the user's language into Qt: the app's own translation, Qt's, and the locale for dates.

The language is chosen in Settings ("system", "en" or "de"); "system" takes the first of the desktop's UI
languages the app has a translation for, else English. The app's translations are compiled .qm files in
resources/translations (made by packaging/translations.py); Qt's own come with Qt. Once loaded, the Qt-free
core's `translate` goes through Qt's translators too, so notifications speak the same language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cliffhanger import i18n, paths

from .locale_text import LocaleFormats

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de")  # English is the source language: it needs no file


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def language_for(choice: str, ui_languages: list[str]) -> str:
    """The language for the setting `choice`, given the desktop's UI languages ("de-DE", "en-GB"...)."""
    if choice in LANGUAGES:
        return choice
    for name in ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, choice: str) -> str:
    """Load the translation for the setting `choice` into `app`; return the language code now in use."""
    remove_language(app)
    system = QLocale.system()
    code = language_for(choice, system.uiLanguages())
    locale = system if system.language() == QLocale(code).language() else QLocale(code)
    QLocale.setDefault(locale)
    if code != "en":
        _load(app, "qtbase_" + code, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, "cliffhanger_" + code, str(translations_dir()))
    i18n.install_backend(QCoreApplication.translate)
    i18n.install_formats(LocaleFormats())
    return code


def remove_language(app: QCoreApplication) -> None:
    """Back to the English source texts and the system's locale."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation %s in %s; those words stay in English", name, folder)
