"""The inbox window: every alert delivered, newest first, unread ones in bold; opening one shows its title
and marks it read."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from cliffhanger.domain.reminders import zone
from cliffhanger.i18n import translate
from cliffhanger.reminders.inbox import InboxEntry

from .locale_text import moment_text
from .reminders_data import ReminderData

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(instant: datetime, zone_name: str) -> str:
    """When an alert came, in the user's zone and language: "Fri 15 Jan 2027, 09:00"."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)  # stored naive means UTC
    return moment_text(aware.astimezone(zone(zone_name)).replace(tzinfo=None), weekday=True)


class InboxDialog(QDialog):
    """Lists the inbox; see the module docstring.

    Signals:
        open_requested(int): the user opened an alert about this title.
    """

    open_requested = Signal(int)

    def __init__(self, data: ReminderData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InboxView", "Inbox"))
        self.resize(640, 420)
        self.data = data
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(5)
        self.list.activated.connect(self._opened)
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.mark_all = QPushButton(translate("InboxView", "Mark all read"))
        buttons.addButton(self.mark_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_all.clicked.connect(lambda: self.data.mark_read(None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        data.changed.connect(self.reload)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        if self.isVisible():
            self.data.inbox(self.show_entries)

    def show_entries(self, listed: list[InboxEntry]) -> None:
        self.model.clear()
        for entry in listed:
            when = when_text(entry.delivered_at, self.data.zone) if entry.delivered_at else ""
            item = QStandardItem(f"{entry.summary}: {entry.body}\n{when}")
            item.setEditable(False)
            item.setData(entry, ENTRY_ROLE)
            if not entry.read:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(item)
        unread = sum(1 for e in listed if not e.read)
        count = len(listed)
        counted = translate("InboxView", "%n alert(s), %1 unread", None, count).replace("%1", str(unread))
        self.status.setText(counted if listed else translate("InboxView", "No alerts delivered yet."))
        self.mark_all.setEnabled(unread > 0)

    def _opened(self, index: QModelIndex) -> None:
        entry: InboxEntry = index.data(ENTRY_ROLE)
        if not entry.read:
            self.data.mark_read(entry.keys)
        self.open_requested.emit(entry.title_id)
