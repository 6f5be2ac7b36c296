"""Dates, release windows and the watchlist's vocabularies in the user's language, for the GUI.

Dates go through QLocale with a pattern the translation may change ("d MMMM yyyy" is "d. MMMM yyyy" in
German), so month and day names are the locale's. A fuzzy window reads as a person would say it ("early 2027",
"Anfang 2027"). The domain's own `.text` and `.label` stay English: the command line, exports and stored
claims use them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """ "19 February 2026" / "19. Februar 2026"."""
    return QLocale().toString(_qdate(day), translate("Dates", "d MMMM yyyy"))


def short_day_text(day: date, *, year: bool = True) -> str:
    """ "19 Feb 2026" / "19. Feb. 2026"; without the year: "19 Feb"."""
    pattern = translate("Dates", "d MMM yyyy") if year else translate("Dates", "d MMM")
    return QLocale().toString(_qdate(day), pattern)


def weekday_day_text(day: date) -> str:
    """ "Thu 19 Feb 2026" / "Do., 19. Feb. 2026"."""
    return QLocale().toString(_qdate(day), translate("Dates", "ddd d MMM yyyy"))


def month_text(day: date) -> str:
    """ "February 2026" / "Februar 2026"."""
    return QLocale().toString(_qdate(day), translate("Dates", "MMMM yyyy"))


def time_text(moment: datetime) -> str:
    """ "09:00" in the locale's short time format."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime, *, weekday: bool = False) -> str:
    """ "19 Feb 2026, 09:00" (with `weekday`: "Thu 19 Feb 2026, 09:00"), in local time when aware."""
    local = moment.astimezone() if moment.tzinfo else moment
    day = weekday_day_text(local.date()) if weekday else short_day_text(local.date())
    return translate("Dates", "%1, %2").replace("%1", day).replace("%2", time_text(local))


def days_text(days: int) -> str:
    """ "today", "tomorrow", "in 59 days", "yesterday", "3 days ago"."""
    if days == 0:
        return translate("Dates", "today")
    if days == 1:
        return translate("Dates", "tomorrow")
    if days == -1:
        return translate("Dates", "yesterday")
    if days > 0:
        return translate("Dates", "in %n day(s)", None, days)
    return translate("Dates", "%n day(s) ago", None, -days)


_PARTS = {
    1: QT_TRANSLATE_NOOP("Windows", "early %1"),
    5: QT_TRANSLATE_NOOP("Windows", "mid %1"),
    9: QT_TRANSLATE_NOOP("Windows", "late %1"),
}
_SEASONS = {
    3: QT_TRANSLATE_NOOP("Windows", "spring %1"),
    6: QT_TRANSLATE_NOOP("Windows", "summer %1"),
    9: QT_TRANSLATE_NOOP("Windows", "fall %1"),
    12: QT_TRANSLATE_NOOP("Windows", "winter %1"),
}


def window_text(window: ReleaseWindow) -> str:
    """The window in the words a person would use, in the user's language."""
    start, year = window.earliest, str(window.earliest.year)
    match window.precision:
        case Precision.DAY:
            return day_text(start)
        case Precision.MONTH:
            return month_text(start)
        case Precision.QUARTER:
            return (
                translate("Windows", "Q%1 %2")
                .replace("%1", str((start.month - 1) // 3 + 1))
                .replace("%2", year)
            )
        case Precision.PART:
            return translate("Windows", _PARTS[start.month]).replace("%1", year)
        case Precision.SEASON:
            return translate("Windows", _SEASONS[start.month]).replace("%1", year)
        case Precision.HALF:
            half = (
                translate("Windows", "first half of %1")
                if start.month == 1
                else translate("Windows", "second half of %1")
            )
            return half.replace("%1", year)
        case Precision.YEAR:
            return year
    raise AssertionError(window.precision)


# (label, the word inside a sentence: "now in post-production"); keyed by type too, since
# Status.RUMOURED == Confidence.RUMOURED
_WORDS: dict[tuple[type, str], tuple[str, str]] = {
    (Status, Status.RUMOURED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Rumoured"),
        QT_TRANSLATE_NOOP("RunningText", "rumoured"),
    ),
    (Status, Status.ANNOUNCED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Announced"),
        QT_TRANSLATE_NOOP("RunningText", "announced"),
    ),
    (Status, Status.IN_DEVELOPMENT): (
        QT_TRANSLATE_NOOP("Vocabulary", "In development"),
        QT_TRANSLATE_NOOP("RunningText", "in development"),
    ),
    (Status, Status.FILMING): (
        QT_TRANSLATE_NOOP("Vocabulary", "Filming"),
        QT_TRANSLATE_NOOP("RunningText", "filming"),
    ),
    (Status, Status.POST_PRODUCTION): (
        QT_TRANSLATE_NOOP("Vocabulary", "Post-production"),
        QT_TRANSLATE_NOOP("RunningText", "post-production"),
    ),
    (Status, Status.SCHEDULED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Scheduled"),
        QT_TRANSLATE_NOOP("RunningText", "scheduled"),
    ),
    (Status, Status.AIRING): (
        QT_TRANSLATE_NOOP("Vocabulary", "Airing"),
        QT_TRANSLATE_NOOP("RunningText", "airing"),
    ),
    (Status, Status.RELEASED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Released"),
        QT_TRANSLATE_NOOP("RunningText", "released"),
    ),
    (Status, Status.ENDED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
        QT_TRANSLATE_NOOP("RunningText", "ended"),
    ),
    (Status, Status.CANCELLED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
        QT_TRANSLATE_NOOP("RunningText", "cancelled"),
    ),
    (Status, Status.ON_HOLD): (
        QT_TRANSLATE_NOOP("Vocabulary", "On hold"),
        QT_TRANSLATE_NOOP("RunningText", "on hold"),
    ),
    (Confidence, Confidence.OFFICIAL): (
        QT_TRANSLATE_NOOP("Vocabulary", "Official"),
        QT_TRANSLATE_NOOP("RunningText", "official"),
    ),
    (Confidence, Confidence.REPORTED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Reported"),
        QT_TRANSLATE_NOOP("RunningText", "reported"),
    ),
    (Confidence, Confidence.RUMOURED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Rumoured", "confidence"),
        QT_TRANSLATE_NOOP("RunningText", "rumoured", "confidence"),
    ),
    (Confidence, Confidence.SPECULATED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Speculated"),
        QT_TRANSLATE_NOOP("RunningText", "speculated"),
    ),
    (WatchState, WatchState.PLAN): (
        QT_TRANSLATE_NOOP("Vocabulary", "Plan"),
        QT_TRANSLATE_NOOP("RunningText", "plan"),
    ),
    (WatchState, WatchState.WATCHING): (
        QT_TRANSLATE_NOOP("Vocabulary", "Watching"),
        QT_TRANSLATE_NOOP("RunningText", "watching"),
    ),
    (WatchState, WatchState.WAITING): (
        QT_TRANSLATE_NOOP("Vocabulary", "Waiting"),
        QT_TRANSLATE_NOOP("RunningText", "waiting"),
    ),
    (WatchState, WatchState.COMPLETED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
        QT_TRANSLATE_NOOP("RunningText", "completed"),
    ),
    (WatchState, WatchState.DROPPED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
        QT_TRANSLATE_NOOP("RunningText", "dropped"),
    ),
    (Kind, Kind.SERIES): (
        QT_TRANSLATE_NOOP("Vocabulary", "Series"),
        QT_TRANSLATE_NOOP("RunningText", "series"),
    ),
    (Kind, Kind.FILM): (
        QT_TRANSLATE_NOOP("Vocabulary", "Film"),
        QT_TRANSLATE_NOOP("RunningText", "film"),
    ),
    (Standing, Standing.OPEN): (
        QT_TRANSLATE_NOOP("Vocabulary", "Open"),
        QT_TRANSLATE_NOOP("RunningText", "open"),
    ),
    (Standing, Standing.DOUBTFUL): (
        QT_TRANSLATE_NOOP("Vocabulary", "Doubtful"),
        QT_TRANSLATE_NOOP("RunningText", "doubtful"),
    ),
    (Standing, Standing.DEBUNKED): (
        QT_TRANSLATE_NOOP("Vocabulary", "Debunked"),
        QT_TRANSLATE_NOOP("RunningText", "debunked"),
    ),
}


def word(member: Status | Confidence | WatchState | Kind | Standing) -> str:
    """The label of a status, confidence, watch state, kind or standing, capitalised, translated."""
    disambiguation = "confidence" if member is Confidence.RUMOURED else None
    return translate("Vocabulary", _WORDS[(type(member), member)][0], disambiguation)


def lower_word(member: Status | Confidence | WatchState | Kind | Standing) -> str:
    """The word inside a sentence ("post-production since …"): lower case in English, and in other
    languages the form a sentence needs (German "in der Postproduktion seit …")."""
    disambiguation = "confidence" if member is Confidence.RUMOURED else None
    return translate("RunningText", _WORDS[(type(member), member)][1], disambiguation)


class LocaleFormats:
    """The core's running-text forms (notifications, reminder reasons) through QLocale and the translation."""

    def day(self, day: date) -> str:
        return day_text(day)

    def window(self, window: ReleaseWindow) -> str:
        return window_text(window)

    def word(self, member: Status | Confidence | WatchState | Kind | Standing) -> str:
        return lower_word(member)
