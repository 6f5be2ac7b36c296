"""Regular expressions built from word lists, so the rules read as vocabularies rather than line noise."""

from __future__ import annotations

import re


def any_of(*phrases: str) -> str:
    """A non-capturing alternation of the phrases (each may hold regex syntax), longest first."""
    return "(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + ")"


def words(*phrases: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern that finds any of the phrases as whole words."""
    return re.compile(rf"\b{any_of(*phrases)}\b", flags)
