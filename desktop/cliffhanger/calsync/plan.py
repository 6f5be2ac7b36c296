"""One snapshot of the calendar: the events as built now, with the ledger brought in step, in one transaction.

The calendar file and the CalDAV sync both start here, so both see the same UIDs, SEQUENCE numbers and
LAST-MODIFIED moments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from cliffhanger.domain.calendar import EventSpec, LedgerEntry
from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import ReminderRule
from cliffhanger.reminders.clock import local_zone_name
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.settings import load_settings
from cliffhanger.storage import calendar_repo, reminders_repo, repository
from cliffhanger.storage.engine import Database

from . import events


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


def extra_alarm_sources(session: Session) -> Sequence[events.AlarmSource]:
    """Alarm sources beyond the user's own reminders: the automatic alerts of a release, placed as the
    desktop places them (the local zone, the default reminder time for an episode without an air time)."""
    settings = reminders_repo.alert_settings(session=session)
    air_time = Preferences.default_time(load_settings())
    return (events.alert_alarms(settings, local_zone_name(), air_time),)


@dataclass(frozen=True)
class _Read:
    """What the events are built from, read in one read transaction."""

    titles: list[Title]
    rules: list[ReminderRule]
    keys: dict[int, str]
    sources: Sequence[events.AlarmSource]
    ledger: dict[str, LedgerEntry]

    def build(self, today: date, keys: dict[int, str] | None = None) -> list[EventSpec]:
        chosen = self.keys if keys is None else keys
        return events.build(self.titles, self.rules, today=today, keys=chosen, alarm_sources=self.sources)


def _read(db: Database) -> _Read:
    with db.transaction() as session:
        return _Read(
            titles=repository.load_titles(session=session, episodes=True),  # for air times and premieres
            rules=reminders_repo.rules(session=session),
            keys=calendar_repo.title_keys(session=session),
            sources=extra_alarm_sources(session),
            ledger=calendar_repo.ledger(session=session),
        )


def peek(db: Database, *, today: date) -> Snapshot:
    """The events as `take` would build them, writing nothing (for a database that can't be written)."""
    read = _read(db)
    return Snapshot(tuple(read.build(today)), read.ledger)


def take(db: Database, *, today: date, now: datetime) -> Snapshot:
    """Build every event from the watchlist and record it in the ledger.

    The watchlist is read and the events built outside any write; the write lock is held only to fix keys
    for new titles and to record the ledger, so other writers never wait for the whole build."""
    read = _read(db)
    keys = read.keys
    if any(t.id is not None and t.id not in keys for t in read.titles):
        with db.immediate() as session:
            keys = calendar_repo.ensure_keys(session=session, titles=read.titles)
    specs = read.build(today, keys)
    with db.immediate() as session:
        ledger = calendar_repo.record(session=session, specs=specs, now=now)
    return Snapshot(tuple(specs), ledger)
