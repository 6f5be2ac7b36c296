"""Release windows: a date range with a precision, parsed from and rendered back to human text.

"2027-01-15", "15 January 2027", "December 2026", "Q1 2027", "early 2027", "first half of 2027", "fall 2027"
and "2027" all name a window; `parse_window(w.text) == w` holds for every window.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

ACCEPTED_FORMS = (
    "2027-01-15",
    "15 January 2027",
    "January 15, 2027",
    "December 2026",
    "Dec 2026",
    "2026-12",
    "Q1 2027",
    "early 2027 / mid 2027 / late 2027",
    "first half of 2027 / second half of 2027",
    "spring 2027 / summer 2027 / fall 2027 / winter 2027",
    "2027",
)


class WindowError(ValueError):
    """Raised for text that names no release window; the message lists the accepted forms."""

    def __init__(self, text: str) -> None:
        forms = "; ".join(ACCEPTED_FORMS)
        super().__init__(f"can't read {text!r} as a release date or window. Use one of: {forms}")
        self.text = text


class Precision(StrEnum):
    """How wide a window is, from one day to a whole year."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    PART = "part"  # early, mid or late: a third of a year
    SEASON = "season"  # spring, summer, fall (autumn) or winter: three months
    HALF = "half"
    YEAR = "year"


_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_HALVES = {"first": (1, 6), "second": (7, 12)}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}  # the first month; winter runs into January


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


@dataclass(frozen=True, order=True)
class ReleaseWindow:
    """The span of days in which something is expected to come out."""

    earliest: date
    latest: date
    precision: Precision

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError("a window cannot end before it starts")

    @classmethod
    def on(cls, day: date) -> ReleaseWindow:
        return cls(day, day, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> ReleaseWindow:
        return cls(*_month_span(year, month, month), Precision.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReleaseWindow:
        if not 1 <= quarter <= 4:
            raise ValueError(f"there is no quarter {quarter}")
        first = 3 * quarter - 2
        return cls(*_month_span(year, first, first + 2), Precision.QUARTER)

    @classmethod
    def part(cls, year: int, part: str) -> ReleaseWindow:
        return cls(*_month_span(year, *_PARTS[part]), Precision.PART)

    @classmethod
    def half(cls, year: int, half: int) -> ReleaseWindow:
        first, last = _HALVES["first" if half == 1 else "second"]
        return cls(*_month_span(year, first, last), Precision.HALF)

    @classmethod
    def season(cls, year: int, name: str) -> ReleaseWindow:
        """Spring (March to May), summer, fall or winter (December to February) of `year`."""
        first = _SEASONS["fall" if name == "autumn" else name]
        start = date(year, first, 1)
        end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
        end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        return cls(start, end, Precision.SEASON)

    @classmethod
    def year(cls, year: int) -> ReleaseWindow:
        return cls(*_month_span(year, 1, 12), Precision.YEAR)

    @classmethod
    def from_bounds(cls, earliest: date, latest: date, precision: Precision | str) -> ReleaseWindow:
        """Rebuild a stored window, checking that its bounds fit its precision."""
        window = cls(earliest, latest, Precision(precision))
        if parse_window(window.text) != window:
            raise ValueError(f"inconsistent window {earliest}..{latest} ({precision})")
        return window

    @property
    def is_exact(self) -> bool:
        return self.precision is Precision.DAY

    @property
    def text(self) -> str:
        """The window in the words a person would use."""
        start, year = self.earliest, self.earliest.year
        match self.precision:
            case Precision.DAY:
                return f"{start.day} {calendar.month_name[start.month]} {year}"
            case Precision.MONTH:
                return f"{calendar.month_name[start.month]} {year}"
            case Precision.QUARTER:
                return f"Q{(start.month - 1) // 3 + 1} {year}"
            case Precision.PART:
                name = next(p for p, (first, _) in _PARTS.items() if first == start.month)
                return f"{name} {year}"
            case Precision.SEASON:
                name = next(n for n, first in _SEASONS.items() if first == start.month)
                return f"{name} {year}"
            case Precision.HALF:
                return f"{'first' if start.month == 1 else 'second'} half of {year}"
            case Precision.YEAR:
                return str(year)
        raise AssertionError(self.precision)

    def contains(self, day: date) -> bool:
        return self.earliest <= day <= self.latest

    def has_passed(self, today: date) -> bool:
        """True once the last day of the window is behind `today`."""
        return self.latest < today

    def days_until(self, today: date) -> int:
        """Days from `today` to the window's first day (negative once it has begun)."""
        return (self.earliest - today).days

    def __str__(self) -> str:
        return self.text


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTHS.update({  # German, so the app's German user can type what it shows: "19. Februar 2026", "Anfang 2027"
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
})  # fmt: skip
_GERMAN_PARTS = {"anfang": "early", "mitte": "mid", "ende": "late"}
_GERMAN_SEASONS = {"frühjahr": "spring", "frühling": "spring", "sommer": "summer", "herbst": "fall"}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"


def _day(m: re.Match[str]) -> ReleaseWindow:
    month = int(m["month"]) if m["month"].isdigit() else _MONTHS[m["month"]]
    return ReleaseWindow.on(date(int(m["year"]), month, int(m["day"])))


def _month(m: re.Match[str]) -> ReleaseWindow:
    month = int(m["month"]) if m["month"].isdigit() else _MONTHS[m["month"]]
    return ReleaseWindow.month(int(m["year"]), month)


_PATTERNS = (
    (rf"{_YEAR}-(?P<month>\d{{1,2}})-{_DAY}", _day),
    (rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}", _day),
    (rf"{_DAY} {_MONTH},? {_YEAR}", _day),
    (rf"{_MONTH} {_DAY},? {_YEAR}", _day),
    (rf"{_MONTH},? {_YEAR}", _month),
    (rf"{_YEAR}-(?P<month>\d{{1,2}})", _month),
    (rf"(?P<month>\d{{1,2}})/{_YEAR}", _month),
    (rf"q(?P<q>[1-4]) {_YEAR}", lambda m: ReleaseWindow.quarter(int(m["year"]), int(m["q"]))),
    (rf"{_YEAR}[ -]q(?P<q>[1-4])", lambda m: ReleaseWindow.quarter(int(m["year"]), int(m["q"]))),
    (rf"(?P<part>early|mid|late)[ -]{_YEAR}", lambda m: ReleaseWindow.part(int(m["year"]), m["part"])),
    (
        rf"(?P<part>anfang|mitte|ende) {_YEAR}",
        lambda m: ReleaseWindow.part(int(m["year"]), _GERMAN_PARTS[m["part"]]),
    ),
    (
        rf"(?P<half>first|second|1st|2nd) half(?: of)? {_YEAR}",
        lambda m: ReleaseWindow.half(int(m["year"]), 1 if m["half"] in ("first", "1st") else 2),
    ),
    (
        rf"(?P<season>spring|summer|fall|autumn|winter)(?: of)? {_YEAR}",
        lambda m: ReleaseWindow.season(int(m["year"]), m["season"]),
    ),
    (rf"h(?P<half>[12]) {_YEAR}", lambda m: ReleaseWindow.half(int(m["year"]), int(m["half"]))),
    (
        rf"(?P<half>erstes|zweites|1\.|2\.) halbjahr {_YEAR}",
        lambda m: ReleaseWindow.half(int(m["year"]), 1 if m["half"] in ("erstes", "1.") else 2),
    ),
    (
        rf"(?P<season>frühjahr|frühling|sommer|herbst|winter) {_YEAR}",
        lambda m: ReleaseWindow.season(int(m["year"]), _GERMAN_SEASONS.get(m["season"], m["season"])),
    ),
    (_YEAR, lambda m: ReleaseWindow.year(int(m["year"]))),
)
_COMPILED = tuple((re.compile(pattern), build) for pattern, build in _PATTERNS)


def parse_window(text: str) -> ReleaseWindow:
    """Read a release date or window from the forms in `ACCEPTED_FORMS`; raise `WindowError` otherwise."""
    cleaned = " ".join(str(text).lower().split())  # runs of white space as one space, none at the ends
    for pattern, build in _COMPILED:
        match = pattern.fullmatch(cleaned)
        if match:
            try:
                window: ReleaseWindow = build(match)
            except (ValueError, KeyError):
                break
            if 1 <= window.earliest.year <= 9999:
                return window
            break
    raise WindowError(str(text))
