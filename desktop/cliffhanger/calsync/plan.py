"""One snapshot of the calendar: the events as built now, with the ledger brought in step.

The calendar file and the CalDAV sync both start here, so both see the same UIDs, SEQUENCE numbers and
LAST-MODIFIED moments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cliffhanger.domain.calendar import EventSpec, LedgerEntry
from cliffhanger.reminders.clock import local_zone_name
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.settings import load_settings
from cliffhanger.storage.calendar_store import CalendarInputs, CalendarStore
from cliffhanger.storage.engine import Database

from . import alarms, events


@dataclass(frozen=True)
class Snapshot:
    """The events to hold and the ledger of every UID ever written (unwanted ones included)."""

    specs: tuple[EventSpec, ...]
    ledger: dict[str, LedgerEntry]
    by_uid: dict[str, EventSpec] = field(init=False, repr=False, compare=False)

    @property
    def pending(self) -> list[LedgerEntry]:
        return [e for e in self.ledger.values() if e.needs_put or e.needs_delete]

    @property
    def waiting(self) -> int:
        """How many events the server lacks, judged against the events as built now (even unrecorded)."""
        built = {s.uid: s.digest for s in self.specs}
        stale = sum(1 for uid, digest in built.items() if self._synced(uid) != digest)
        gone = sum(1 for e in self.ledger.values() if e.uid not in built and e.href is not None)
        return stale + gone

    def _synced(self, uid: str) -> str:
        entry = self.ledger.get(uid)
        return entry.synced_digest if entry is not None else ""

    def spec(self, uid: str) -> EventSpec | None:
        return self.by_uid.get(uid)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_uid", {s.uid: s for s in self.specs})


def app_alarms(inputs: CalendarInputs) -> alarms.AlarmSource:
    """The alarms as the app plans them: its preferences (zone, default time, automatic alerts) applied."""
    prefs = Preferences.from_settings(load_settings(), local_zone_name())
    return alarms.planned_alarms(inputs.rules, inputs.alerts, prefs.auto, prefs.zone, prefs.air_time)


def _build(inputs: CalendarInputs, today: date, keys: dict[int, str]) -> list[EventSpec]:
    return events.build(
        inputs.titles, inputs.rules, today=today, keys=keys, alarm_sources=[app_alarms(inputs)]
    )


def peek(db: Database, *, today: date) -> Snapshot:
    """The events as `take` would build them, writing nothing (for a database that can't be written)."""
    inputs = CalendarStore(db).inputs()
    return Snapshot(tuple(_build(inputs, today, inputs.keys)), inputs.ledger)


def take(db: Database, *, today: date, now: datetime) -> Snapshot:
    """Build every event from the watchlist and record it in the ledger.

    The watchlist is read and the events built outside any write; the write lock is held only to fix keys
    for new titles and to record the ledger, so other writers never wait for the whole build."""
    store = CalendarStore(db)
    inputs = store.inputs()
    keys = inputs.keys
    if any(t.id is not None and t.id not in keys for t in inputs.titles):
        keys = store.fix_keys(inputs.titles)
    specs = _build(inputs, today, keys)
    return Snapshot(tuple(specs), store.record(specs, now))
