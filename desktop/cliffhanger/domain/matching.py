"""Finding a title from what a user typed: case-insensitive, exact name first, then unique fragment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class TitleLookupError(LookupError):
    """No title, or more than one, matches; `candidates` lists the names that came close."""

    def __init__(self, query: str, candidates: Sequence[str]) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        if candidates:
            listed = "; ".join(candidates)
            message = f"{query!r} matches more than one title: {listed}. Be more specific."
        else:
            message = f"no title on the watchlist matches {query!r}"
        super().__init__(message)


def fold(text: str) -> str:
    """The form names are compared in."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Named:
    """Anything with an id and a name (and maybe a year) to be matched."""

    id: int
    name: str
    year: int | None = None


def match_title(query: str, candidates: Sequence[Named]) -> Named:
    """The one candidate the query names, or `TitleLookupError`."""
    key = fold(query)
    exact = [c for c in candidates if fold(c.name) == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [c for c in candidates if key and key in fold(c.name)]
    if len(partial) == 1:
        return partial[0]
    names = [f"{c.name} ({c.year})" if c.year else c.name for c in partial]
    raise TitleLookupError(query, sorted(names, key=str.casefold))
