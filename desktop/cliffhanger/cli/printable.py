"""Terminal output with no control characters: a title named with an escape sequence prints as text.

Whatever a command prints (names from a catalogue or an import, error messages quoting them) passes
through `Printable`, which drops NUL, escape and other control characters and bidi overrides, keeping
newlines and tabs.
"""

from __future__ import annotations

from typing import Any, TextIO

from cliffhanger.domain.cleantext import clean


class Printable:
    """A text stream that writes to `stream` only what is safe to show on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(text if text.isprintable() else clean(text))
        return len(text)

    @property
    def unfiltered(self) -> TextIO:
        """The stream underneath, for the app's own control sequences (a progress line's carriage return)."""
        return self._stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
