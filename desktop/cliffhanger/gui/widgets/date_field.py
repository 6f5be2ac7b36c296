"""A day typed as text: every form `domain.dates.parse_day` reads ("2026-02-19", "19 February 2026",
"19 Feb 2026", "February 19, 2026", "today", "yesterday") means that day.

A sectioned QDateEdit read "19 Feb 2026" typed over its text as 11 February (the keystrokes landed in the
wrong sections), so the field is a line edit whose text is parsed whole; `understood` ("→ 19 February
2026") and `error` are for its dialog's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from cliffhanger.domain.dates import DayError, parse_day

from .qt_dates import pydate, qdate


def day_text(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


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
        self.edit.setPlaceholderText("2026-02-19, 19 Feb 2026, yesterday")
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
            self._day = parse_day(text, today=self._today())
        except DayError as error:
            self.error, self.understood = str(error), ""
        else:
            self.error, self.understood = "", f"→ {day_text(self._day)}"
        self.dateChanged.emit(qdate(self._day))
