"""The checks behind the dialogs' live messages: each returns a value or raises `ValueError`."""

from __future__ import annotations

from datetime import date

from cliffhanger.domain.credits import parse_credit
from cliffhanger.domain.models import Credit
from cliffhanger.domain.windows import ReleaseWindow, parse_window

FIRST_YEAR = 1870
LAST_YEAR = 2100


def check_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValueError("A title is required")
    return name


def check_year(text: str) -> int | None:
    """An empty year is allowed; anything else must be a plausible year."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise ValueError(f"Enter a year between {FIRST_YEAR} and {LAST_YEAR}")
    return int(text)


def check_since(day: date, today: date) -> date:
    if day > today:
        raise ValueError("A status can't take effect in the future; record it when it happens")
    if day.year < FIRST_YEAR:
        raise ValueError(f"Pick a date after {FIRST_YEAR}")
    return day


def check_window(text: str) -> ReleaseWindow | None:
    """An empty window is allowed (nothing known); otherwise it must parse."""
    if not text.strip():
        return None
    return parse_window(text)


def describe_window(window: ReleaseWindow) -> str:
    """ "→ 1 Jan – 30 Apr 2027", or "→ 15 Jan 2027" for a single day."""
    first, last = window.earliest, window.latest
    if first == last:
        return f"→ {first.day} {first:%b %Y}"
    start = f"{first.day} {first:%b}" if first.year == last.year else f"{first.day} {first:%b %Y}"
    return f"→ {start} – {last.day} {last:%b %Y}"


def check_cast(text: str) -> list[Credit]:
    """One "ACTOR as CHARACTER" per line; blank lines are skipped."""
    credits: list[Credit] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            credits.append(parse_credit(line, order=len(credits)))
        except ValueError as error:
            raise ValueError(f"Line {number}: {error}") from error
    return credits
