"""Text fit to store and to show: no NUL, no control characters, no bidi overrides, and a length cap.

Every string from a catalogue, an import or the user passes through `clean` before it is stored. Newlines
and tabs are kept in text that may hold several lines (overviews, notes) and become spaces elsewhere.
Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are removed, since they can make a
name read as something else; the plain direction marks (U+200E, U+200F, U+061C) stay for right-to-left text.
"""

from __future__ import annotations

import re

NAME_LIMIT = 300  # names, original names, networks, actors, characters, sources
TEXT_LIMIT = 10_000  # overviews and notes
_STRIP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile("[\t\n\r]+")


def clean(text: str, *, limit: int | None = None, lines: bool = True) -> str:
    """`text` without NUL, control characters or bidi overrides; one line unless `lines`; at most
    `limit` characters (the last of them an ellipsis when cut)."""
    if not text.isprintable():  # fast path: most text has nothing to remove
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        text = _STRIP.sub("", text)
        if not lines:
            text = _SPACES.sub(" ", text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def name(text: str) -> str:
    """A name or other one-line field, cleaned, trimmed and capped at `NAME_LIMIT`."""
    if len(text) <= NAME_LIMIT and text.isprintable():  # what `clean` leaves as it is: most names
        return text.strip()
    return clean(text, limit=NAME_LIMIT, lines=False).strip()


def long_text(text: str) -> str:
    """An overview or notes, cleaned and capped at `TEXT_LIMIT`."""
    return clean(text, limit=TEXT_LIMIT).strip()
