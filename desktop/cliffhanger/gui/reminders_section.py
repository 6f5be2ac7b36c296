"""The detail pane's Reminders section: the selected title's rules, status alerts, what is coming up, and what
was delivered (with snooze)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import AlertKind, Delivery, ReminderRule, RuleKind
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate

from .locale_text import moment_text
from .reminder_forms import AtForm, ReleaseForm
from .reminders_data import SNOOZE_CHOICES, ReminderData, TitleReminders, local_text, rule_text, snooze_label
from .widgets.labels import plain_label

KEY = Qt.ItemDataRole.UserRole
ALERT_WORDS = {  # the domain's labels, capitalised, as the check boxes show them
    AlertKind.STATUS: QT_TRANSLATE_NOOP("RemindersSection", "New status"),
    AlertKind.CLAIM: QT_TRANSLATE_NOOP("RemindersSection", "New or changed release claim"),
    AlertKind.DATE: QT_TRANSLATE_NOOP("RemindersSection", "Official date announced or moved"),
    AlertKind.SEASON: QT_TRANSLATE_NOOP("RemindersSection", "New season announced"),
    AlertKind.PREMIERE: QT_TRANSLATE_NOOP("RemindersSection", "Season premiere airs"),
    AlertKind.EPISODE: QT_TRANSLATE_NOOP("RemindersSection", "Each new episode airs"),
    AlertKind.FINALE: QT_TRANSLATE_NOOP("RemindersSection", "Season complete (last episode aired)"),
    AlertKind.EPISODE_DATE: QT_TRANSLATE_NOOP("RemindersSection", "Episode date announced or moved"),
    AlertKind.RELEASE_DAY: QT_TRANSLATE_NOOP("RemindersSection", "On the release day"),
    AlertKind.WINDOW_PASSED: QT_TRANSLATE_NOOP("RemindersSection", "When an expected window passes"),
}


def short_list(rows: int = 3) -> QListWidget:
    """A list sized to show a few rows without growing the pane."""
    widget = QListWidget()
    widget.setUniformItemSizes(True)
    widget.setMaximumHeight(widget.fontMetrics().height() * rows + 16)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setWordWrap(False)
    return widget


def snooze_button(choose: Callable[[str], None]) -> QToolButton:
    """A "Snooze" button whose menu offers an hour, tomorrow morning and next week."""
    button = QToolButton()
    button.setText(translate("RemindersSection", "Snooze"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for choice, label in SNOOZE_CHOICES:
        action = QAction(snooze_label(label), menu)
        action.triggered.connect(lambda _checked=False, c=choice: choose(c))
        menu.addAction(action)
    button.setMenu(menu)
    return button


class RemindersSection(QWidget):
    """Shows and edits one title's reminders; see the module docstring."""

    def __init__(
        self, data: ReminderData, default_time: Callable[[], time], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data, self._default_time = data, default_time
        self.title: Title | None = None
        self.season: int | None = None
        self.snapshot: TitleReminders | None = None
        self._build()
        data.changed.connect(self.reload)

    def _build(self) -> None:
        self.rules = short_list()
        self.remove = QPushButton(translate("RemindersSection", "Remove"))
        self.remove.setEnabled(False)
        self.rules.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.remove.clicked.connect(self._remove)
        self.at_form, self.release_form = AtForm(), ReleaseForm()
        self.at_form.wanted.connect(self._add_at)
        self.release_form.wanted.connect(self._add_release)
        self.alerts = QCheckBox(translate("RemindersSection", "Status alerts"))
        self.alerts.clicked.connect(self._alerts_changed)
        self.kinds = {kind: QCheckBox(translate("RemindersSection", ALERT_WORDS[kind])) for kind in AlertKind}
        kinds = QGridLayout()
        kinds.setContentsMargins(20, 0, 0, 0)
        for n, box in enumerate(self.kinds.values()):
            box.clicked.connect(self._alerts_changed)
            kinds.addWidget(box, n, 0)  # one column: the labels are long and the pane is narrow
        self.upcoming, self.delivered = short_list(), short_list()
        self.snooze = snooze_button(self._snooze)
        self.snooze.setEnabled(False)
        self.delivered.currentRowChanged.connect(lambda row: self.snooze.setEnabled(row >= 0))
        self.status = plain_label("", "subtle", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(self.rules)
        layout.addLayout(_right(self.remove))
        layout.addWidget(self.at_form)
        layout.addWidget(self.release_form)
        layout.addWidget(self.alerts)
        layout.addLayout(kinds)
        layout.addSpacing(4)
        layout.addWidget(plain_label(translate("RemindersSection", "Coming up"), "subtle"))
        layout.addWidget(self.upcoming)
        layout.addWidget(plain_label(translate("RemindersSection", "Delivered"), "subtle"))
        layout.addWidget(self.delivered)
        layout.addLayout(_right(self.snooze))
        layout.addWidget(self.status)

    # -- showing --------------------------------------------------------------------------------------
    def show_title(self, title: Title | None, season: int | None) -> None:
        fresh = title is None or self.title is None or title.id != self.title.id
        self.title, self.season = title, season
        if fresh:
            self.at_form.reset(self._default_time())
            self.release_form.reset(self._default_time())
            self.status.clear()
        self.reload()

    def reload(self) -> None:
        title = self.title
        if title is None or title.id is None:
            return
        self.data.for_title(title.id, self._fill)

    def _fill(self, snapshot: TitleReminders) -> None:
        if self.title is None or snapshot.title_id != self.title.id:
            return  # an answer for a title no longer shown
        self.snapshot = snapshot
        _fill_list(
            self.rules,
            [(rule_text(r), r.id) for r in snapshot.rules],
            translate("RemindersSection", "No reminders set"),
        )
        zone = self.data.zone
        upcoming = [(f"{local_text(e.due, zone)} — {e.body}", e.key) for e in snapshot.upcoming]
        _fill_list(self.upcoming, upcoming, translate("RemindersSection", "Nothing planned"))
        delivered = [(_delivered_text(d, zone), d.key) for d in snapshot.delivered]
        _fill_list(self.delivered, delivered, translate("RemindersSection", "Nothing delivered yet"))
        alerts = snapshot.alerts
        self.alerts.setChecked(bool(alerts and alerts.enabled))
        for kind, box in self.kinds.items():
            box.setChecked(alerts is not None and kind in alerts.kinds)
            box.setEnabled(self.alerts.isChecked())

    # -- editing --------------------------------------------------------------------------------------
    def _add_at(self, at: datetime) -> None:
        assert self.title is not None and self.title.id is not None
        rule = ReminderRule(self.title.id, RuleKind.AT, self.data.zone, season=self.season, at=at)
        text = translate("RemindersSection", "Reminder set for %1").replace("%1", moment_text(at))
        self.data.add_rule(rule, lambda _id: self.status.setText(text))

    def _add_release(self, days: int | None, on_day: bool, at: time, window_start: bool) -> None:
        assert self.title is not None and self.title.id is not None
        rule = ReminderRule(
            self.title.id, RuleKind.RELEASE, self.data.zone, season=self.season, days_before=days,
            on_day=on_day, at_time=at, fire_on_window_start=window_start,
        )  # fmt: skip
        text = translate("RemindersSection", "Reminder set: %1").replace("%1", rule_text(rule))
        self.data.add_rule(rule, lambda _id: self.status.setText(text))

    def _remove(self) -> None:
        item = self.rules.currentItem()
        if item is not None and item.data(KEY) is not None:
            self.data.remove_rule(item.data(KEY))

    def _alerts_changed(self) -> None:
        assert self.title is not None and self.title.id is not None
        enabled = self.alerts.isChecked()
        for box in self.kinds.values():
            box.setEnabled(enabled)
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()]
        self.data.set_alerts(self.title.id, enabled, kinds)

    def _snooze(self, choice: str) -> None:
        item = self.delivered.currentItem()
        if item is None or item.data(KEY) is None:
            return
        zone = self.data.zone
        said = translate("RemindersSection", "Snoozed until %1")
        self.data.snooze(item.data(KEY), choice, lambda until: self.status.setText(
            said.replace("%1", local_text(until, zone))))  # fmt: skip


def _right(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


def _fill_list(widget: QListWidget, rows: Sequence[tuple[str, object]], empty: str) -> None:
    widget.clear()
    for text, key in rows:
        item = QListWidgetItem(text)
        item.setData(KEY, key)
        item.setToolTip(text)
        widget.addItem(item)
    if not rows:
        placeholder = QListWidgetItem(empty)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)


def _delivered_text(delivery: Delivery, zone: str) -> str:
    pending = translate("RemindersSection", "pending")
    when = local_text(delivery.delivered_at, zone) if delivery.delivered_at else pending
    return f"{when} — {delivery.body}"
