"""The app's words in the user's language: `translate(context, text, disambiguation, n)`.

Source strings are English. A plural marks its varying part "(s)" and its count "%n" ("in %n day(s)"). The
Qt-free core calls this too, for words the GUI shows (notifications, wording of dates and windows); with no
backend installed, as on the command line, the English is given, its plurals made here. The GUI installs Qt's
translators as the backend (`cliffhanger.gui.i18n`). The name `translate` with the context first is what
pyside6-lupdate extracts (packaging/translations.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

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


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2 ... replaced by `values` in one pass, so a value holding "%2" stays as it is."""
    return re.sub(
        r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], text
    )


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Marks `text` for extraction where it is made (a constant) and gives it back untouched; it is
    translated where it is shown, by `translate(context, name)`. Named as Qt's marker, which lupdate knows."""
    return text


class _Windowed(Protocol):
    @property
    def text(self) -> str: ...


class Formats(Protocol):
    """How dates, windows and vocabulary words read in running text, in the user's language."""

    def day(self, day: date) -> str: ...
    def window(self, window: Any) -> str: ...
    def word(self, member: Any) -> str: ...


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


class EnglishFormats:
    """The command line's forms, independent of the C library's locale: "19 February 2026"."""

    def day(self, day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def window(self, window: _Windowed) -> str:
        return window.text

    def word(self, member: object) -> str:
        return str(getattr(member, "label", member)).lower()


_formats: Formats = EnglishFormats()


def install_formats(formats: Formats | None) -> None:
    """Route `day_text`, `window_text` and `word_text` through `formats` (None: English again)."""
    global _formats
    _formats = formats or EnglishFormats()


def day_text(day: date) -> str:
    """ "19 February 2026" in the user's language."""
    return _formats.day(day)


def window_text(window: _Windowed) -> str:
    """A release window as words: "early 2027"."""
    return _formats.window(window)


def word_text(member: object) -> str:
    """A status, confidence or other vocabulary word in running text: "post-production"."""
    return _formats.word(member)
