"""The calendar's rows as domain values: title keys, the event ledger and the CalDAV account.

`record` is the ledger's one rule: a UID whose content changed gets SEQUENCE + 1 and a new LAST-MODIFIED; a
UID no longer built is marked unwanted (its event is deleted from the server, its SEQUENCE kept, so an event
that comes back later still moves forward).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, select

from cliffhanger.domain.calendar import CalendarAccount, EventSpec, LedgerEntry, title_key
from cliffhanger.domain.models import Title

from .calendar_tables import CalendarAccountRow, CalendarEventRow, TitleKeyRow


def title_keys(*, session: Session) -> dict[int, str]:
    return {row.title_id: row.key for row in session.exec(select(TitleKeyRow))}


def ensure_keys(*, session: Session, titles: Iterable[Title]) -> dict[int, str]:
    """Every title's key, fixing (and storing) one for titles that have none yet."""
    keys = title_keys(session=session)
    taken = set(keys.values())
    for title in titles:
        if title.id is None or title.id in keys:
            continue
        base = key = title_key(title.name, title.kind.value, title.year)
        number = 1
        while key in taken:
            number += 1
            key = f"{base}-{number}"
        session.add(TitleKeyRow(title_id=title.id, key=key))
        keys[title.id] = key
        taken.add(key)
    session.flush()
    return keys


def _entry(row: CalendarEventRow) -> LedgerEntry:
    return LedgerEntry(
        uid=row.uid,
        digest=row.digest,
        sequence=row.sequence,
        modified_at=row.modified_at,
        wanted=row.wanted,
        href=row.href,
        etag=row.etag,
        synced_digest=row.synced_digest,
    )


def ledger(*, session: Session) -> dict[str, LedgerEntry]:
    return {row.uid: _entry(row) for row in session.exec(select(CalendarEventRow))}


def record(*, session: Session, specs: Sequence[EventSpec], now: datetime) -> dict[str, LedgerEntry]:
    """Bring the ledger in step with the events as built now; return the whole ledger."""
    rows = {row.uid: row for row in session.exec(select(CalendarEventRow))}
    built = {spec.uid: spec.digest for spec in specs}
    for uid, digest in built.items():
        row = rows.get(uid)
        if row is None:
            rows[uid] = row = CalendarEventRow(uid=uid, digest=digest, modified_at=now)
        elif row.digest != digest or not row.wanted:
            row.digest, row.wanted = digest, True
            row.sequence, row.modified_at = row.sequence + 1, now
        else:
            continue
        session.add(row)
    for uid, row in rows.items():
        if uid not in built and row.wanted:
            row.wanted, row.sequence, row.modified_at = False, row.sequence + 1, now
            session.add(row)
    session.flush()
    return {uid: _entry(row) for uid, row in rows.items()}


def mark_synced(*, session: Session, results: Mapping[str, tuple[str, str | None, str | None]]) -> None:
    """Record what the server now holds per UID: (digest sent, href, ETag); href None: deleted there."""
    for uid, (digest, href, etag) in results.items():
        row = session.get(CalendarEventRow, uid)
        if row is None:
            continue
        row.synced_digest, row.href, row.etag = (digest, href, etag) if href else ("", None, None)
        session.add(row)
    session.flush()


def forget_server(*, session: Session) -> None:
    """Another calendar (or none): nothing is on the server as far as the ledger knows."""
    for row in session.exec(select(CalendarEventRow)):
        row.href, row.etag, row.synced_digest = None, None, ""
        session.add(row)
    session.flush()


def account(*, session: Session) -> CalendarAccount:
    row = session.get(CalendarAccountRow, 1)
    if row is None:
        return CalendarAccount()
    return CalendarAccount(
        server_url=row.server_url,
        username=row.username,
        calendar_url=row.calendar_url,
        calendar_name=row.calendar_name,
        synced_at=row.synced_at,
        attempted_at=row.attempted_at,
        last_error=row.last_error,
    )


def save_account(*, session: Session, value: CalendarAccount) -> None:
    row = session.get(CalendarAccountRow, 1) or CalendarAccountRow(id=1)
    for name in ("server_url", "username", "calendar_url", "calendar_name", "synced_at", "attempted_at"):
        setattr(row, name, getattr(value, name))
    row.last_error = value.last_error
    session.add(row)
    session.flush()
