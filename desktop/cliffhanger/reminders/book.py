"""Reminder operations for the CLI and the GUI: rules, alerts, snoozes and the delivered history.

Each operation is one transaction; afterwards listeners in this process hear of it and the change stamp tells
other processes, so the app's service re-plans whoever made the edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path

from cliffhanger.domain.reminders import AlertKind, AlertSetting, Delivery, Event, ReminderRule, snooze_until
from cliffhanger.storage.engine import Database
from cliffhanger.storage.reminder_store import ReminderStore

from .clock import local_zone_name, utc_now
from .delivery import Preferences, agenda_from


class UnknownEventError(LookupError):
    """No delivered event has that key."""


class ReminderBook:
    """The reminders kept in one database."""

    def __init__(self, db: Database, *, stamp: Path | None = None, zone: str | None = None) -> None:
        self.db = db
        self.store = ReminderStore(db)
        self.zone = zone or local_zone_name()
        self._stamp = stamp
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        if self._stamp is not None:
            self._stamp.touch()
        for listener in list(self._listeners):
            listener()

    def add_rule(self, rule: ReminderRule, now: datetime | None = None) -> int:
        rule_id = self.store.add_rule(rule, now or utc_now())
        self._changed()
        return rule_id

    def remove_rule(self, rule_id: int) -> bool:
        removed = self.store.remove_rule(rule_id)
        self._changed()
        return removed

    def rules(self, title_id: int | None = None) -> list[ReminderRule]:
        return self.store.rules(title_id)

    def alerts(self, title_id: int) -> AlertSetting | None:
        return self.store.alerts(title_id)

    def set_alerts(
        self,
        title_id: int,
        enabled: bool,
        now: datetime | None = None,
        kinds: Sequence[AlertKind] | None = None,
    ) -> None:
        """Switch a title's status alerts on or off; `kinds` (when given) chooses which alerts it gets."""
        self.store.set_alerts(title_id, enabled, now or utc_now(), kinds)
        self._changed()

    def upcoming(self, prefs: Preferences, title_id: int | None = None) -> list[Event]:
        """Events planned and not yet delivered (soonest first), for one title or all."""
        events = agenda_from(self.store.agenda_rows(), prefs).events
        return [e for e in events if title_id is None or e.title_id == title_id]

    def snooze(self, key: str, choice: str, now: datetime | None = None, morning: time = time(9)) -> datetime:
        """Show a delivered event again after "1h", "tomorrow" (morning) or "week"; return when."""
        moment = now or utc_now()
        until = snooze_until(choice, moment, self.zone, morning)
        if self.store.snooze(key, until, moment) is None:
            raise UnknownEventError(f"no delivered reminder has the key {key!r}")
        self._changed()
        return until

    def deliveries(self, title_id: int | None = None, limit: int = 500) -> list[Delivery]:
        return self.store.deliveries(title_id, limit)

    def inbox(self, *, unread: bool = False, title_id: int | None = None, limit: int = 500) -> list[Delivery]:
        """Every alert delivered, newest first (only the unread ones with `unread`)."""
        return self.store.inbox(unread=unread, title_id=title_id, limit=limit)

    def unread_count(self) -> int:
        return self.store.unread_count()

    def mark_read(
        self, keys: Sequence[str] | None = None, *, read: bool = True, now: datetime | None = None
    ) -> int:
        """Mark alerts read (every unread one when `keys` is None); other processes hear of it."""
        count = self.store.mark_read(keys, read=read, now=now or utc_now())
        if count:
            self._changed()
        return count
