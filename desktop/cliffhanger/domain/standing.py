"""The user's judgement of a release claim: open (no judgement), doubtful (ranks below every claim not
doubted) or debunked (kept in the history, never counted)."""

from __future__ import annotations

from enum import StrEnum


class Standing(StrEnum):
    """Where a claim stands with the user."""

    OPEN = "open"
    DOUBTFUL = "doubtful"
    DEBUNKED = "debunked"


def parse_standing(text: str | None) -> Standing:
    """The standing stored as `text`; anything unknown counts as open."""
    try:
        return Standing(text or Standing.OPEN)
    except ValueError:
        return Standing.OPEN
