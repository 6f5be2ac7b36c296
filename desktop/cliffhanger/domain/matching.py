"""Finding a title from what a user typed: `#ID`, or a name (case-insensitive; exact name first, then a
unique fragment), optionally with its year as "Doctor Who (2005)"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


class TitleLookupError(LookupError):
    """No title, or more than one, matches; `candidates` lists the names that came close."""

    def __init__(self, query: str, candidates: Sequence[str]) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        if candidates:
            listed = "; ".join(candidates)
            message = (
                f"{query!r} matches more than one title: {listed}. "
                'Name one with its year, as "Doctor Who (2005)", or by its id, as "#12".'
            )
        else:
            message = f"no title on the watchlist matches {query!r}"
        super().__init__(message)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str) -> str:
    """The form names are compared in: compatibility forms and curly quotes unified ("What If…?" is
    "What If...?", "Grey’s" is "Grey's"), case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().split())


@dataclass(frozen=True)
class Named:
    """Anything with an id and a name (and maybe a year) to be matched."""

    id: int
    name: str
    year: int | None = None


_YEAR = re.compile(r"^(?P<name>.*\S)\s*\((?P<year>\d{4})\)$")
_ID = re.compile(r"^#\s*(?P<id>\d+)$")


def _label(c: Named) -> str:
    return f"{c.name} ({c.year}) #{c.id}" if c.year else f"{c.name} #{c.id}"


def match_title(query: str, candidates: Sequence[Named]) -> Named:
    """The one candidate the query names, or `TitleLookupError` listing the close ones with ids."""
    text = query.strip()
    if by_id := _ID.match(text):
        wanted = int(by_id["id"])
        found = [c for c in candidates if c.id == wanted]
        if not found:
            raise TitleLookupError(query, ())
        return found[0]
    pool = candidates
    if dated := _YEAR.match(text):
        year = int(dated["year"])
        if any(fold(c.name) == fold(text) for c in candidates):
            pool = candidates  # the year is part of the name itself
        else:
            pool, text = [c for c in candidates if c.year == year], dated["name"]
    key = fold(text)
    exact = [c for c in pool if fold(c.name) == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [c for c in pool if key and key in fold(c.name)]
    if len(partial) == 1:
        return partial[0]
    listed = sorted(partial, key=lambda c: (fold(c.name), c.year or 0, c.id))
    raise TitleLookupError(query, [_label(c) for c in listed])
