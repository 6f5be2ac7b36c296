"""A day typed as text: every form `domain.dates.parse_day` reads ("2026-02-19", "19 February 2026",
"19 Feb 2026", "February 19, 2026", "today", "yesterday") means that day.

A sectioned QDateEdit read "19 Feb 2026" typed over its text as 11 February (the keystrokes landed in the
wrong sections), so the field is a line edit whose text is parsed whole; `understood` ("→ 19 February
2026") and `error` are for its dialog's message line. The field shows the day in the user's language and
reads it back in that language too ("19. Februar 2026", "gestern"), as well as every English form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from cliffhanger.domain.dates import DayError, parse_day
from cliffhanger.i18n import translate

from .. import locale_text
from .qt_dates import pydate, qdate

EXAMPLE = date(2026, 2, 19)


def day_text(day: date) -> str:
    """ "19 February 2026", in the user's language."""
    return locale_text.day_text(day)


def _local_day(text: str, today: date) -> date | None:
    """The day `text` names in the user's language (its words for today and yesterday, its day patterns)."""
    key = text.strip().casefold()
    if key == translate("DateField", "today").casefold():
        return today
    if key == translate("DateField", "yesterday").casefold():
        return today - timedelta(days=1)
    locale = QLocale()
    patterns = (
        translate("Dates", "d MMMM yyyy"),
        translate("Dates", "d MMM yyyy"),
        locale.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy").replace("yy", "yyyy"),
        locale.dateFormat(QLocale.FormatType.ShortFormat),  # "19.02.26"
        locale.dateFormat(QLocale.FormatType.LongFormat),
    )
    for pattern in patterns:
        found = locale.toDate(text.strip(), pattern)
        if found.isValid():
            return pydate(found)
    return None


def read_day(text: str, today: date) -> date:
    """The day `text` names, in English (`parse_day`) or in the user's language; DayError, in the user's
    language, if it names none."""
    try:
        return parse_day(text, today=today)
    except DayError:
        found = _local_day(text, today)
        if found is None:
            said = translate("DateField", "can't read %1 as a day; write it like %2 or %3")
            said = said.replace("%1", repr(text)).replace("%2", EXAMPLE.isoformat())
            raise DayError(said.replace("%3", day_text(EXAMPLE))) from None
        return found


class DateField(QWidget):
    """A line edit for one day; `date()` and `setDate()` speak QDate like QDateEdit.

    Signals:
        dateChanged(QDate): the text now names another day (or stopped naming one: `error` says why).
    """

    dateChanged = Signal(QDate)

    def __init__(
        self, day: date, *, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today, self._day, self.error = today, day, ""
        self.edit = QLineEdit(day_text(day))
        self.edit.setPlaceholderText(translate("DateField", "2026-02-19, 19 Feb 2026, yesterday"))
        self.understood = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)

    def date(self) -> QDate:
        return qdate(self._day)

    def setDate(self, day: QDate) -> None:
        self._day, self.error = pydate(day), ""
        self.edit.setText(day_text(self._day))
        self.understood = ""
        self.dateChanged.emit(day)

    def _typed(self, text: str) -> None:
        try:
            self._day = read_day(text, self._today())
        except DayError as error:
            self.error, self.understood = str(error), ""
        else:
            self.error, self.understood = "", f"→ {day_text(self._day)}"
        self.dateChanged.emit(qdate(self._day))
