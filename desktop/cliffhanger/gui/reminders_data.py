"""The GUI's door to reminders: every read and write of the reminder book runs on the task runner.

Widgets ask for a snapshot (one title's reminders, or the overview of all) and get it back on the main
thread; edits are writes queued behind every other write, and `changed` tells the lists to reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from cliffhanger.domain.reminders import (
    AlertKind,
    AlertSetting,
    Delivery,
    Event,
    ReminderRule,
    RuleKind,
    zone,
)
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.reminders.inbox import InboxEntry, entries
from cliffhanger.tasks import TaskRunner

from .locale_text import moment_text, time_text

log = logging.getLogger(__name__)
SNOOZE_CHOICES = (
    ("1h", QT_TRANSLATE_NOOP("RemindersData", "In an hour")),
    ("tomorrow", QT_TRANSLATE_NOOP("RemindersData", "Tomorrow morning")),
    ("week", QT_TRANSLATE_NOOP("RemindersData", "Next week")),
)


def snooze_label(label: str) -> str:
    """A label of `SNOOZE_CHOICES` in the user's language."""
    return translate("RemindersData", label)


@dataclass(frozen=True)
class TitleReminders:
    """One title's rules, status alerts, pending events and delivered history."""

    title_id: int
    rules: tuple[ReminderRule, ...]
    alerts: AlertSetting | None
    upcoming: tuple[Event, ...]
    delivered: tuple[Delivery, ...]


@dataclass(frozen=True)
class Overview:
    """Every pending event (soonest first) and the delivered history (latest first)."""

    upcoming: tuple[Event, ...]
    delivered: tuple[Delivery, ...]


class ReminderData(QObject):
    """Runs reminder-book operations in the background and hands results back on the main thread.

    Signals:
        changed: reminders were edited or delivered; shown lists should reload.
        error(str): an operation failed; the text is for the user.
    """

    changed = Signal()
    error = Signal(str)

    def __init__(
        self,
        book: ReminderBook,
        tasks: TaskRunner,
        prefs: Callable[[], Preferences],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.tasks, self._prefs = book, tasks, prefs

    @property
    def zone(self) -> str:
        return self.book.zone

    def for_title(self, title_id: int, done: Callable[[TitleReminders], None]) -> None:
        book, prefs = self.book, self._prefs()

        def work() -> TitleReminders:
            return TitleReminders(
                title_id,
                tuple(book.rules(title_id)),
                book.alerts(title_id),
                tuple(book.upcoming(prefs, title_id)),
                tuple(book.deliveries(title_id, limit=50)),
            )

        self.tasks.run(work, name="load title reminders", on_success=done, on_failure=self._failed)

    def overview(self, done: Callable[[Overview], None]) -> None:
        book, prefs = self.book, self._prefs()

        def work() -> Overview:
            return Overview(tuple(book.upcoming(prefs)), tuple(book.deliveries(limit=500)))

        self.tasks.run(work, name="load reminders", on_success=done, on_failure=self._failed)

    def inbox(self, done: Callable[[list[InboxEntry]], None]) -> None:
        """Every delivered alert, one entry per notification, newest first."""
        book = self.book
        self.tasks.run(
            lambda: entries(book.inbox()), name="load inbox", on_success=done, on_failure=self._failed
        )

    def unread(self, done: Callable[[int], None]) -> None:
        """How many notifications are unread (counted as the inbox shows them)."""
        book = self.book

        def work() -> int:
            return sum(1 for entry in entries(book.inbox(unread=True)))

        self.tasks.run(work, name="count unread", on_success=done, on_failure=self._failed)

    def mark_read(self, keys: Sequence[str] | None = None) -> None:
        """Mark these alerts (every unread one when None) read."""
        chosen = None if keys is None else tuple(keys)
        self._write("mark alerts read", lambda: self.book.mark_read(chosen))

    # -- writes ---------------------------------------------------------------------------------------
    def _write(self, name: str, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def succeeded(result: Any) -> None:
            if done is not None:
                done(result)
            self.changed.emit()

        self.tasks.run(work, name=name, write=True, on_success=succeeded, on_failure=self._failed)

    def add_rule(self, rule: ReminderRule, done: Callable[[Any], None] | None = None) -> None:
        self._write("add reminder", lambda: self.book.add_rule(rule), done)

    def remove_rule(self, rule_id: int) -> None:
        self._write("remove reminder", lambda: self.book.remove_rule(rule_id))

    def set_alerts(self, title_id: int, enabled: bool, kinds: Sequence[AlertKind]) -> None:
        chosen = tuple(kinds)
        self._write("switch alerts", lambda: self.book.set_alerts(title_id, enabled, kinds=chosen))

    def snooze(self, key: str, choice: str, done: Callable[[Any], None] | None = None) -> None:
        self._write("snooze reminder", lambda: self.book.snooze(key, choice), done)

    def _failed(self, error: BaseException) -> None:
        log.warning("reminder operation failed: %s", error)
        self.error.emit(str(error) or type(error).__name__)


def local_text(instant: datetime, zone_name: str) -> str:
    """An instant as the user reads it in their zone: "Fri 15 Jan 2027, 09:00", in their language."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)  # stored naive means UTC
    local = aware.astimezone(zone(zone_name))
    return moment_text(local.replace(tzinfo=None), weekday=True)  # naive: already the zone's wall time


def rule_text(rule: ReminderRule) -> str:
    """A rule as a sentence for the lists: "Thu 14 Jan 2027, 20:00 — rewatch season 1"."""
    season = ""
    if rule.season is not None:
        season = translate("RemindersData", "Season %1: ").replace("%1", str(rule.season))
    if rule.kind is RuleKind.AT and rule.at is not None:
        note = f" — {rule.note}" if rule.note else ""
        return season + moment_text(rule.at, weekday=True) + note
    parts = []
    if rule.days_before is not None:
        days = rule.days_before
        parts.append(translate("RemindersData", "%n day(s) before release", None, days))
    if rule.on_day:
        parts.append(translate("RemindersData", "on release day"))
    when = "".join(parts)
    if len(parts) == 2:
        when = translate("RemindersData", "%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
    at = time_text(datetime.combine(date.min, rule.at_time))
    text = season + translate("RemindersData", "%1 at %2").replace("%1", when).replace("%2", at)
    text = text[0].upper() + text[1:]
    also = translate("RemindersData", ", also at a window's start")
    return text + (also if rule.fire_on_window_start else "")
