"""Python days and moments to Qt's and back, field by field (PySide6's type stubs know neither conversion:
its constructors take no `date`, and `toPython()` is typed as returning a bare object)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def qdatetime(moment: datetime) -> QDateTime:
    """A naive (local) moment as Qt's local date and time, to the millisecond."""
    clock = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qdate(moment.date()), clock)


def pydatetime(moment: QDateTime) -> datetime:
    """Qt's local date and time as a naive moment."""
    day, clock = moment.date(), moment.time()
    return datetime(
        day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second(), clock.msec() * 1000
    )
