"""Reading a single day from user text ("2026-02-19", "19 February 2026", "today")."""

from __future__ import annotations

from datetime import date, timedelta

from .windows import WindowError, parse_window


class DayError(ValueError):
    """Text that names no single day."""


def parse_day(text: str, *, today: date) -> date:
    """A day written as ISO 8601, in words, or as today/yesterday."""
    key = text.strip().lower()
    if key in ("today", "now"):
        return today
    if key == "yesterday":
        return today - timedelta(days=1)
    try:
        window = parse_window(text)
    except WindowError:
        window = None
    if window is None or not window.is_exact:
        raise DayError(f"can't read {text!r} as a day; write it like 2026-02-19 or 19 February 2026")
    return window.earliest


def check_not_future(day: date, *, today: date, what: str) -> date:
    """Refuse a day after today for something that has already happened."""
    if day > today:
        raise DayError(
            f"{what} can't be in the future ({day.isoformat()}); record expected dates with `expect`"
        )
    return day
