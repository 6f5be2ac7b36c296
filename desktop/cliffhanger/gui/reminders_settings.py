"""The Settings dialog's Reminders page: which notifiers to try and in what order (with a test), quiet
hours, the default reminder time, starting at login, and pausing every reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cliffhanger import autostart
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.settings import Settings

NOTIFIERS = {
    "freedesktop": QT_TRANSLATE_NOOP(
        "RemindersSettings", "Desktop notifications (with Open and Snooze buttons)"
    ),
    "plyer": QT_TRANSLATE_NOOP("RemindersSettings", "Cross-platform notifications (plyer)"),
    "tray": QT_TRANSLATE_NOOP("RemindersSettings", "Tray icon balloon"),
    "log": QT_TRANSLATE_NOOP("RemindersSettings", "Log file only"),
}


def _time_edit(text: str, fallback: time) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    try:
        chosen = time.fromisoformat(text) if text else fallback
    except ValueError:
        chosen = fallback
    edit.setTime(QTime(chosen.hour, chosen.minute))
    return edit


class RemindersPage(QWidget):
    """Edits reminder settings in place and saves them through `save` after every change.

    Signals:
        changed: a setting changed and was saved.
        pause_toggled(bool): reminders were paused or resumed here.
        test_requested: "Send test notification" was pressed.
    """

    changed = Signal()
    pause_toggled = Signal(bool)
    test_requested = Signal()

    def __init__(
        self, settings: Settings, save: Callable[[Settings], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings, self._save = settings, save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(12)
        layout.addWidget(self._notifier_box())
        layout.addWidget(self._timing_box())
        layout.addWidget(self._general_box())
        layout.addStretch(1)

    def _notifier_box(self) -> QGroupBox:
        box = QGroupBox(translate("RemindersSettings", "Notify me through"))
        self.notifiers = QListWidget()
        self.notifiers.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        chosen = [n for n in self.settings.notifiers if n in NOTIFIERS]
        for name in chosen + [n for n in NOTIFIERS if n not in chosen]:
            item = QListWidgetItem(translate("RemindersSettings", NOTIFIERS[name]))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.notifiers.addItem(item)
        self.notifiers.setFixedHeight(self.notifiers.sizeHintForRow(0) * len(NOTIFIERS) + 8)
        self.notifiers.itemChanged.connect(self._store_notifiers)
        self.notifiers.model().rowsMoved.connect(self._store_notifiers)
        self.up, self.down = (
            QPushButton(translate("RemindersSettings", "Move up")),
            QPushButton(translate("RemindersSettings", "Move down")),
        )
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.test = QPushButton(translate("RemindersSettings", "Send test notification"))
        self.test.clicked.connect(self.test_requested)
        self.test_result = QLabel("")
        self.test_result.setProperty("role", "subtle")
        buttons = QHBoxLayout()
        for button in (self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_result)
        buttons.addWidget(self.test)
        hint = QLabel(
            translate(
                "RemindersSettings", "The first one that works shows the reminder; the log always comes last."
            )
        )
        hint.setProperty("role", "subtle")
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notifiers)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return box

    def _timing_box(self) -> QGroupBox:
        box = QGroupBox(translate("RemindersSettings", "When"))
        s = self.settings
        self.quiet = QCheckBox(translate("RemindersSettings", "Hold reminders during quiet hours"))
        self.quiet.setChecked(bool(s.quiet_hours_start and s.quiet_hours_end))
        self.quiet_start = _time_edit(s.quiet_hours_start, time(22))
        self.quiet_end = _time_edit(s.quiet_hours_end, time(8))
        self.default_time = _time_edit(s.default_reminder_time, time(9))
        span = QHBoxLayout()
        span.addWidget(self.quiet_start)
        span.addWidget(QLabel(translate("RemindersSettings", "to")))
        span.addWidget(self.quiet_end)
        span.addStretch(1)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.quiet)
        form.addRow(translate("RemindersSettings", "Quiet from"), span)
        form.addRow(translate("RemindersSettings", "Default reminder time"), self.default_time)
        self.release_day = QCheckBox(
            translate("RemindersSettings", "Remind on the release day of every title with an official date")
        )
        self.release_day.setChecked(s.release_day_alerts)
        self.release_day.toggled.connect(lambda on: self._commit(release_day_alerts=on))
        self.window_passed = QCheckBox(
            translate("RemindersSettings", "Tell me once when an expected window passes with no date")
        )
        self.window_passed.setChecked(s.window_passed_alerts)
        self.window_passed.toggled.connect(lambda on: self._commit(window_passed_alerts=on))
        form.addRow(self.release_day)
        form.addRow(self.window_passed)
        for edit in (self.quiet_start, self.quiet_end, self.default_time):
            edit.timeChanged.connect(self._store_times)
        self.quiet.toggled.connect(self._store_times)
        self._enable_quiet()
        return box

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(translate("RemindersSettings", "General"))
        self.autostart = QCheckBox(translate("RemindersSettings", "Start Cliffhanger at login, in the tray"))
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self._store_autostart)
        self.paused = QCheckBox(translate("RemindersSettings", "Pause all reminders"))
        self.paused.setChecked(self.settings.reminders_paused)
        self.paused.toggled.connect(self._store_paused)
        layout = QVBoxLayout(box)
        layout.addWidget(self.autostart)
        layout.addWidget(self.paused)
        return box

    # -- storing --------------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        row = self.notifiers.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.notifiers.count():
            return
        item = self.notifiers.takeItem(row)
        self.notifiers.insertItem(target, item)
        self.notifiers.setCurrentRow(target)
        self._store_notifiers()

    def _store_notifiers(self, *_: object) -> None:
        items = [self.notifiers.item(row) for row in range(self.notifiers.count())]
        names = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        self._commit(notifiers=names)

    def _enable_quiet(self) -> None:
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(self.quiet.isChecked())

    def _store_times(self, *_: object) -> None:
        self._enable_quiet()
        quiet = self.quiet.isChecked()
        start = self.quiet_start.time().toString("HH:mm") if quiet else ""
        end = self.quiet_end.time().toString("HH:mm") if quiet else ""
        default = self.default_time.time().toString("HH:mm")
        self._commit(quiet_hours_start=start, quiet_hours_end=end, default_reminder_time=default)

    def _store_autostart(self, enabled: bool) -> None:
        autostart.set_enabled(enabled)
        self._commit(autostart=enabled)

    def _store_paused(self, paused: bool) -> None:
        self._commit(reminders_paused=paused)
        self.pause_toggled.emit(paused)

    def show_test_result(self, channel: str) -> None:
        sent = translate("RemindersSettings", "Sent via %1").replace("%1", channel)
        self.test_result.setText(
            sent if channel else translate("RemindersSettings", "No notifier could show it")
        )

    def set_paused(self, paused: bool) -> None:
        """Follow a pause made elsewhere (the tray menu) without announcing it back."""
        with QSignalBlocker(self.paused):
            self.paused.setChecked(paused)

    def _commit(self, **values: object) -> None:
        for name, value in values.items():
            setattr(self.settings, name, value)
        self._save(self.settings)
        self.changed.emit()
