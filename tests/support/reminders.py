"""Shared pieces for reminder tests: a recording notifier and a title with reminders at fixed times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.notify.base import FallbackNotifier, Notification
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.storage.watchlist import Watchlist

T0 = datetime(2026, 3, 1, 12, tzinfo=UTC)


class RecordingNotifier:
    """Stands in for the desktop where no daemon is wanted; the e2e tests of delivery use a real daemon."""

    name = "recorder"

    def __init__(self, fail: bool = False) -> None:
        self.shown: list[Notification] = []
        self.fail = fail

    def notify(self, notification: Notification) -> None:
        if self.fail:
            raise OSError("the desktop went away")
        self.shown.append(notification)


def chain(recorder: RecordingNotifier) -> FallbackNotifier:
    return FallbackNotifier([recorder])


def add_at_reminders(wl: Watchlist, count: int, first: datetime = T0, step=timedelta(hours=1)) -> list[int]:
    """A title with `count` reminders at `first`, `first + step`, ... (UTC wall times)."""
    title = wl.add(Title(f"Show {count}"))
    book = ReminderBook(wl.db, zone="UTC")
    ids = []
    for i in range(count):
        at = (first + i * step).replace(tzinfo=None)
        rule = ReminderRule(
            title.id, RuleKind.AT, "UTC", at=at, note=f"note {i}", created_at=first - timedelta(days=1)
        )
        ids.append(book.add_rule(rule))
    return ids
