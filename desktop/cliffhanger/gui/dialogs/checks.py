"""The checks behind the dialogs' live messages: each returns a value or raises `ValueError`."""

from __future__ import annotations

from datetime import date

from cliffhanger.domain.credits import parse_credit
from cliffhanger.domain.models import Credit
from cliffhanger.domain.windows import ReleaseWindow, parse_window
from cliffhanger.i18n import translate

from ..locale_text import short_day_text

FIRST_YEAR = 1870
LAST_YEAR = 2100


def check_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValueError(translate("Checks", "A title is required"))
    return name


def check_year(text: str) -> int | None:
    """An empty year is allowed; anything else must be a plausible year."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        text = translate("Checks", "Enter a year between %1 and %2")
        raise ValueError(text.replace("%1", str(FIRST_YEAR)).replace("%2", str(LAST_YEAR)))
    return int(text)


def check_since(day: date, today: date) -> date:
    if day > today:
        text = translate("Checks", "A status can't take effect in the future; record it when it happens")
        raise ValueError(text)
    if day.year < FIRST_YEAR:
        raise ValueError(translate("Checks", "Pick a date after %1").replace("%1", str(FIRST_YEAR)))
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
        return f"→ {short_day_text(first)}"
    start = short_day_text(first, year=first.year != last.year)
    return f"→ {start} – {short_day_text(last)}"


def check_cast(text: str) -> list[Credit]:
    """One "ACTOR as CHARACTER" per line; blank lines are skipped."""
    credits: list[Credit] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            credits.append(parse_credit(line, order=len(credits)))
        except ValueError as error:
            text = translate("Checks", "Line %1: %2").replace("%1", str(number))
            raise ValueError(text.replace("%2", str(error))) from error
    return credits
