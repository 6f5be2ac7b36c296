"""The app's words in the user's language: `translate(context, text, disambiguation, n)`.

Source strings are English. A plural marks its varying part "(s)" and its count "%n" ("in %n day(s)"). The
Qt-free core calls this too, for words the GUI shows (notifications, wording of dates and windows); with no
backend installed, as on the command line, the English is given, its plurals made here. The GUI installs Qt's
translators as the backend (`cliffhanger.gui.i18n`). The name `translate` with the context first is what
pyside6-lupdate extracts (packaging/translations.py).
"""

from __future__ import annotations

from collections.abc import Callable

Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None


def install_backend(backend: Backend | None) -> None:
    """Route every later `translate` through `backend` (None: English again)."""
    global _backend
    _backend = backend


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `n` >= 0 picks the plural form and fills in %n."""
    translated = _backend(context, text, disambiguation, n) if _backend else text
    if n >= 0:
        translated = translated.replace("%n", str(n))
        if "(s)" in translated:
            translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Marks `text` for extraction where it is made (a constant) and gives it back untouched; it is
    translated where it is shown, by `translate(context, name)`. Named as Qt's marker, which lupdate knows."""
    return text
