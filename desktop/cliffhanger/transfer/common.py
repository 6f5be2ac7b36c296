"""Helpers the format parsers share: ids, years, dates, and the season facts a release date implies."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import Precision, ReleaseWindow, WindowError, parse_window

_IMDB = re.compile(r"tt\d{5,10}")
_YEAR_SUFFIX = re.compile(r"^(?P<name>.+?)\s*\((?P<year>\d{4})\)$")


def imdb_id(text: object) -> str | None:
    """An IMDb title id ("tt…") or None."""
    value = str(text or "").strip()
    return value if _IMDB.fullmatch(value) else None


def whole(text: object) -> int | None:
    """A positive whole number, from an int or a digit string; None otherwise."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if text > 0 else None
    value = str(text or "").strip()
    return int(value) if value.isdecimal() and int(value) > 0 else None  # "²" is a digit int() can't read


def year(text: object) -> int | None:
    value = whole(text)
    return value if value is not None and 1870 <= value <= 2200 else None


def year_of(field: str) -> int | None:
    """`year` of a CSV field already stripped, read at once."""
    if field.isdecimal():
        value = int(field)
        return value if 1870 <= value <= 2200 else None
    return None


def split_year(name: str) -> tuple[str, int | None]:
    """ "The Kingdom (1994)" -> ("The Kingdom", 1994)."""
    match = _YEAR_SUFFIX.match(name.strip())
    if match and year(match["year"]):
        return match["name"], int(match["year"])
    return name.strip(), None


def window_of(text: str) -> ReleaseWindow | None:
    """A release window from an export's date field ("2007-08-17", "2017", an ISO timestamp), or None."""
    value = text.strip()
    day = iso_day(value)
    if day is not None:
        return ReleaseWindow.on(day)
    if not value:
        return None
    if "T" in value:
        moment = instant(value)
        return ReleaseWindow.on(moment.date()) if moment else None
    try:
        return parse_window(value)
    except WindowError:
        return None


def iso_day(value: str) -> date | None:
    """The usual "2007-08-17", read straight as `parse_window` would read it; None for any other text."""
    if len(value) == 10 and value[4] == value[7] == "-" and value.replace("-", "").isdigit():
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


RELEASED, PASSED, COMING = "released", "passed", "coming"


def release_stage(earliest: date, latest: date, precision: Precision, today: date) -> str:
    """What a first release window says by `today`: `RELEASED` (its day has come), `PASSED` (a wider
    window now over, which tells no day) or `COMING` (a claim on what is still to come)."""
    if precision is Precision.DAY and earliest <= today:
        return RELEASED
    return PASSED if latest < today else COMING


def instant(text: str) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime, or None."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def release_season(
    window: ReleaseWindow | None, kind: Kind, today: date, source: str, number: int | None = 1
) -> Season:
    """The season a first release date describes: released once the day has passed, else claimed."""
    number = None if kind is Kind.FILM else number
    if window is None:
        return Season(number)
    stage = release_stage(window.earliest, window.latest, window.precision, today)
    if stage == RELEASED:
        change = StatusChange(Status.RELEASED, window.earliest, source, Confidence.OFFICIAL)
        return Season(number, history=(change,))
    if stage == PASSED:
        return Season(number)
    claim = ReleaseClaim(window, Confidence.OFFICIAL, source)
    return Season(number, claims=(claim,))
