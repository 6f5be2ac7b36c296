"""The Reminders tab: what is coming up across every title, and what was delivered, with "While you were
away" digests opened into the reminders they held; a delivered reminder can be snoozed from here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cliffhanger.domain.reminders import Delivery, Event
from cliffhanger.i18n import translate

from .reminders_data import Overview, ReminderData, local_text
from .reminders_section import KEY, snooze_button
from .widgets.labels import plain_label

SHOWN_UPCOMING = 500  # a list, not a table model: beyond this the next ones are counted, not listed


def _tree(headers: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    return tree


class RemindersView(QWidget):
    """Upcoming and delivered reminders of every title; reloads when reminders change while it is shown,
    else when it is next shown (listing what is coming up plans every title: not while nobody looks)."""

    def __init__(self, data: ReminderData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.overview: Overview | None = None
        title, reminder = translate("RemindersView", "Title"), translate("RemindersView", "Reminder")
        self.upcoming = _tree([translate("RemindersView", "When"), title, reminder])
        self.delivered = _tree([translate("RemindersView", "Delivered"), title, reminder])
        self.more = plain_label("", "subtle")
        self.status = plain_label("", "subtle")
        self.snooze = snooze_button(self._snooze)
        self.snooze.setEnabled(False)
        self.delivered.currentItemChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(_heading(translate("RemindersView", "Coming up")))
        layout.addWidget(self.upcoming, 3)
        layout.addWidget(self.more)
        layout.addSpacing(8)
        layout.addWidget(_heading(translate("RemindersView", "Delivered")))
        layout.addWidget(self.delivered, 2)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.snooze)
        layout.addLayout(row)
        self._stale = True
        data.changed.connect(self._changed)

    def reload(self) -> None:
        self._stale = False
        self.data.overview(self._fill)

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill(self, overview: Overview) -> None:
        self.overview = overview
        zone = self.data.zone
        self.upcoming.clear()
        for event in overview.upcoming[:SHOWN_UPCOMING]:
            self.upcoming.addTopLevelItem(_event_item(event, zone))
        extra = len(overview.upcoming) - SHOWN_UPCOMING
        self.more.setText(translate("RemindersView", "and %n more later", None, extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        if not overview.upcoming:
            self.upcoming.addTopLevelItem(_placeholder(translate("RemindersView", "Nothing planned")))
        self._fill_delivered(overview.delivered, zone)
        for tree in (self.upcoming, self.delivered):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    def _fill_delivered(self, deliveries: Sequence[Delivery], zone: str) -> None:
        self.delivered.clear()
        digests: dict[str, QTreeWidgetItem] = {}
        for sent in deliveries:
            item = _delivery_item(sent, zone)
            if not sent.digest:
                self.delivered.addTopLevelItem(item)
                continue
            if sent.digest not in digests:
                digests[sent.digest] = _digest_item(sent, deliveries, zone)
                self.delivered.addTopLevelItem(digests[sent.digest])
            digests[sent.digest].addChild(item)
        self.delivered.setRootIsDecorated(bool(digests))
        self.delivered.expandAll()
        if not deliveries:
            self.delivered.addTopLevelItem(_placeholder(translate("RemindersView", "Nothing delivered yet")))

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.snooze.setEnabled(item is not None and item.data(0, KEY) is not None)

    def _snooze(self, choice: str) -> None:
        item = self.delivered.currentItem()
        if item is None or item.data(0, KEY) is None:
            return
        zone = self.data.zone
        said = translate("RemindersView", "Snoozed until %1")
        self.data.snooze(item.data(0, KEY), choice, lambda until: self.status.setText(
            said.replace("%1", local_text(until, zone))))  # fmt: skip


def _heading(text: str) -> QLabel:
    return plain_label(text.upper(), "section")


def _title_of(summary: str, season: int | None) -> tuple[str, str]:
    """ "Show, season 2" → ("Show", "Season 2: ") for the Title column and the reminder's words. The heading
    was worded when the reminder was planned: in the language now in use, or in English."""
    if season is None:
        return summary, ""
    for heading in (translate("Wording", "%1, season %2"), "%1, season %2"):
        tail = heading.partition("%1")[2].replace("%2", str(season))
        if tail and summary.endswith(tail):
            label = translate("RemindersView", "Season %1: ").replace("%1", str(season))
            return summary[: -len(tail)], label
    return summary, ""  # a film's heading has no season


def _event_item(event: Event, zone: str) -> QTreeWidgetItem:
    name, season = _title_of(event.summary, event.season)
    item = QTreeWidgetItem([local_text(event.due, zone), name, season + event.body])
    item.setToolTip(2, event.message)
    return item


def _delivery_item(sent: Delivery, zone: str) -> QTreeWidgetItem:
    name, season = _title_of(sent.summary, sent.season)
    when = local_text(sent.delivered_at, zone) if sent.delivered_at else translate("RemindersView", "pending")
    failed = "" if sent.channel else translate("RemindersView", " (no notifier could show it)")
    item = QTreeWidgetItem([when, name, season + sent.body + failed])
    item.setData(0, KEY, sent.key)
    shown = (
        translate("RemindersView", "shown via %1")
        if sent.channel
        else translate("RemindersView", "shown via nothing")
    )
    item.setToolTip(2, f"{sent.message}\n" + shown.replace("%1", sent.channel))
    return item


def _digest_item(first: Delivery, deliveries: Sequence[Delivery], zone: str) -> QTreeWidgetItem:
    count = sum(1 for d in deliveries if d.digest == first.digest)
    when = (
        local_text(first.delivered_at, zone) if first.delivered_at else translate("RemindersView", "pending")
    )
    item = QTreeWidgetItem(
        [when, "", translate("RemindersView", "While you were away: %n reminder(s)", None, count)]
    )
    item.setFirstColumnSpanned(False)
    font = item.font(2)
    font.setBold(True)
    item.setFont(2, font)
    return item


def _placeholder(text: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(["", "", text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item
