"""Translating the GUI's words: `tr(context, text, n)` over Qt's translators, with English plurals built in.

Source strings are English and mark a plural with "(s)" and the count with "%n" ("in %n day(s)"). A loaded
translation gives its own plural forms; without one the English forms are made here ("in 1 day", "in 2 days"),
so no English .qm file is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, n: int = -1) -> str:
    """`text` in the user's language; `n` >= 0 picks the plural form and fills in %n."""
    translated = QCoreApplication.translate(context, text, None, n)
    source = text.replace("%n", str(n)) if n >= 0 else text
    if translated == source and "(s)" in translated:
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated
