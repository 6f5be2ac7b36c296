"""The inbox window and the tray's unread count: every delivered alert listed, unread in bold; opening one
asks for its title and marks it read; Mark all read empties the count; the tray icon carries a badge.

A real database file, real passes delivering to the log notifier, and the real task runner.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtGui import QIcon, QPixmap

from cliffhanger.domain.models import Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.vocabulary import Status
from cliffhanger.gui.inbox_view import ENTRY_ROLE, InboxDialog
from cliffhanger.gui.reminders_data import ReminderData
from cliffhanger.gui.tray import Tray, badged
from cliffhanger.notify.base import FallbackNotifier, LogNotifier
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.tasks import TaskRunner


@pytest.fixture
def data(watchlist, qtbot):  # type: ignore[no-untyped-def]
    book = ReminderBook(watchlist.db, zone="Europe/Berlin")
    for name, status in (("All of Us Are Dead", Status.SCHEDULED), ("Kingdom", Status.FILMING)):
        title = watchlist.add(Title(name, seasons=(Season(2),)))
        book.set_alerts(title.id, True, now=datetime(2026, 1, 1, tzinfo=UTC))
        watchlist.record_status(
            title.id, 2, StatusChange(status, date.today(), "TVmaze", origin=Origin.REFRESH)
        )
        run_pass(watchlist.db, FallbackNotifier([LogNotifier()]), now=datetime.now(UTC), prefs=Preferences())
    tasks = TaskRunner()
    yield ReminderData(book, tasks, Preferences)
    tasks.shutdown()


def test_the_inbox_lists_opens_and_marks_read(data, qtbot, tmp_path):
    dialog = InboxDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    first = dialog.model.item(0)
    assert first.text().startswith("Kingdom, season 2: now filming (TVmaze)")  # newest first
    assert first.font().bold() and dialog.status.text() == "2 alerts, 2 unread"
    dialog.grab().save(str(tmp_path / "inbox.png"))
    counts: list[int] = []
    data.unread(counts.append)
    qtbot.waitUntil(lambda: counts == [2], timeout=10_000)
    with qtbot.waitSignal(dialog.open_requested, timeout=5_000) as opened:
        dialog.list.activated.emit(dialog.model.index(0, 0))
    assert opened.args == [dialog.model.item(0).data(ENTRY_ROLE).title_id]
    qtbot.waitUntil(lambda: not dialog.model.item(0).font().bold(), timeout=10_000)
    assert dialog.status.text() == "2 alerts, 1 unread"
    dialog.mark_all.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "2 alerts, 0 unread", timeout=10_000)
    data.unread(counts.append)
    qtbot.waitUntil(lambda: counts == [2, 0], timeout=10_000)


def test_the_tray_shows_the_unread_count_in_its_tooltip_and_icon(qtbot):
    plain = QPixmap(32, 32)
    plain.fill()
    tray = Tray(QIcon(plain))
    tray.show_next(3, [], unread=2)
    assert "2 unread" in tray.tooltip
    assert tray.icon.icon().pixmap(32, 32).toImage() != plain.toImage()
    assert tray.unread_action.isVisible()
    tray.show_next(3, [], unread=0)
    assert tray.icon.icon().pixmap(32, 32).toImage() == plain.toImage()
    assert badged(QIcon(plain), 12).pixmap(32, 32).toImage() != plain.toImage()
