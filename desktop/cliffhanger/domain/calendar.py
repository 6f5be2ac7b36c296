"""What the user's own calendar holds of the watchlist: event specifications, their ledger and the account.

An `EventSpec` is one calendar event as Cliffhanger wants it to be, identified by a UID that never changes
for the same title, season and kind. The ledger (`LedgerEntry`) remembers, per UID, the content last built,
its SEQUENCE and LAST-MODIFIED, and what the CalDAV server holds (href, ETag and which content). Pure values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

UID_DOMAIN = "cliffhanger.local"


@dataclass(frozen=True)
class Alarm:
    """A VALARM at an absolute instant (aware, UTC), the same instant the desktop reminder fires."""

    at: datetime
    text: str


@dataclass(frozen=True)
class EventSpec:
    """One event: all-day (`start`/`end` dates, `end` exclusive) or timed (aware date-times)."""

    uid: str
    summary: str
    description: str
    start: date | datetime
    end: date | datetime
    tentative: bool
    alarms: tuple[Alarm, ...] = ()
    title_id: int = 0

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def digest(self) -> str:
        """A fingerprint of the content (not the title id), so any change moves SEQUENCE."""
        alarms = sorted((a.at.isoformat(), a.text) for a in self.alarms)
        parts = (self.uid, self.summary, self.description, repr(self.start), repr(self.end), self.tentative)
        return hashlib.sha256(repr((parts, alarms)).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class LedgerEntry:
    """One UID as the ledger holds it; `wanted` False means the event should no longer exist."""

    uid: str
    digest: str
    sequence: int
    modified_at: datetime
    wanted: bool = True
    href: str | None = None
    etag: str | None = None
    synced_digest: str = ""

    @property
    def needs_put(self) -> bool:
        return self.wanted and self.synced_digest != self.digest

    @property
    def needs_delete(self) -> bool:
        return not self.wanted and self.href is not None


@dataclass(frozen=True)
class CalendarAccount:
    """The CalDAV account and chosen calendar; the password is in the keyring, never here."""

    server_url: str = ""
    username: str = ""
    calendar_url: str = ""
    calendar_name: str = ""
    synced_at: datetime | None = None
    attempted_at: datetime | None = None
    last_error: str = ""

    @property
    def connected(self) -> bool:
        return bool(self.server_url and self.calendar_url)


def title_key(name: str, kind: str, year: int | None) -> str:
    """A title's key derived from what survives export, restore and merge (never a row id)."""
    cleaned = " ".join(name.casefold().split())
    digest = hashlib.sha256(f"{kind}|{cleaned}|{year or ''}".encode()).hexdigest()
    return f"t{digest[:16]}"


def uid(key: str, season: int | None, what: str) -> str:
    part = "film" if season is None else f"s{season}"
    return f"{key}-{part}-{what}@{UID_DOMAIN}"
