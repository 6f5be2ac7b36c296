"""The two small forms that add a reminder rule: at a set local time, and relative to the release."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.i18n import translate

from .widgets.qt_dates import pydatetime, qdatetime


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class AtForm(QWidget):
    """ "Remind me at [date and time] [Add]", in local wall time.

    Signals:
        wanted(object): the naive local datetime chosen.
    """

    wanted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(translate("Dates", "ddd d MMM yyyy") + ", HH:mm")  # the dates' own pattern
        self.add = QPushButton(translate("ReminderForms", "Add"))
        self.add.clicked.connect(self._add)
        column = QVBoxLayout(self)  # the label above, so the detail pane may be narrow in any language
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(QLabel(translate("ReminderForms", "Remind me at")))
        row = QHBoxLayout()
        row.addWidget(self.when, 1)
        row.addWidget(self.add)
        column.addLayout(row)
        self.reset(time(9))

    def reset(self, default: time) -> None:
        """Tomorrow at the default reminder time."""
        tomorrow = datetime.now().date() + timedelta(days=1)
        self.when.setDateTime(qdatetime(datetime.combine(tomorrow, default)))

    def _add(self) -> None:
        chosen = pydatetime(self.when.dateTime())
        self.wanted.emit(chosen.replace(second=0, microsecond=0))


class ReleaseForm(QWidget):
    """ "[N] days before release, and on release day, at [time]; also at a window's start [Add]".

    Signals:
        wanted(object, bool, object, bool): days before (or None), on the day, time of day, at window start.
    """

    wanted = Signal(object, bool, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before = QCheckBox()
        self.before.setChecked(True)
        self.days = QSpinBox()
        self.days.setRange(0, 3660)
        self.days.setValue(3)
        self.days.setFixedWidth(self.days.fontMetrics().horizontalAdvance("0000") + 36)
        self.before.toggled.connect(self.days.setEnabled)
        self.on_day = QCheckBox(translate("ReminderForms", "On release day"))
        self.at_time = QTimeEdit()
        self.at_time.setDisplayFormat("HH:mm")
        self.window_start = QCheckBox(translate("ReminderForms", "Also when a window without a day begins"))
        self.add = QPushButton(translate("ReminderForms", "Add"))
        self.add.clicked.connect(self._add)
        self.before.toggled.connect(self._valid)
        self.on_day.toggled.connect(self._valid)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        days = QHBoxLayout()
        days.setSpacing(6)
        days.addWidget(self.before)
        days.addWidget(self.days)
        days.addWidget(QLabel(translate("ReminderForms", "days before release")))
        days.addStretch(1)
        grid.addLayout(days, 0, 0, 1, 2)
        grid.addWidget(self.on_day, 1, 0, 1, 2)
        timing = QHBoxLayout()
        timing.addWidget(QLabel(translate("ReminderForms", "at")))
        timing.addWidget(self.at_time)
        timing.addStretch(1)
        grid.addLayout(timing, 2, 0)
        grid.addWidget(self.add, 2, 1)
        grid.addWidget(self.window_start, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def reset(self, default: time) -> None:
        self.at_time.setTime(_qtime(default))

    def _valid(self) -> None:
        self.add.setEnabled(self.before.isChecked() or self.on_day.isChecked())

    def _add(self) -> None:
        days = self.days.value() if self.before.isChecked() else None
        chosen = self.at_time.time().toPython()
        self.wanted.emit(days, self.on_day.isChecked(), chosen, self.window_start.isChecked())
