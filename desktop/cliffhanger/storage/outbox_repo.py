"""The outbox: every event claimed for delivery, with a unique key, so each is delivered once.

Claims are written in the BEGIN IMMEDIATE transaction that decided the events are due (see
`Database.immediate`), so of two processes planning at once, the second sees the first's claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from cliffhanger.domain.reminders import Delivery, DeliveryState, Event, EventKind

from .reminder_tables import OutboxRow

MAX_ATTEMPTS = 2


def delivered_keys(*, session: Session) -> set[str]:
    """The keys of every event ever claimed, whatever became of it."""
    return set(session.exec(select(OutboxRow.key)).all())


def claim(*, session: Session, events: Sequence[Event], now: datetime, digest: str = "") -> None:
    for event in events:
        session.add(
            OutboxRow(
                key=event.key,
                title_id=event.title_id,
                season_number=event.season,
                kind=event.kind.value,
                summary=event.summary,
                body=event.body,
                due_at=event.due,
                claimed_at=now,
                digest=digest,
            )
        )
    session.flush()


def reclaim_stale(*, session: Session, now: datetime, lease: timedelta) -> list[Delivery]:
    """Claims left unsent longer than `lease` (the sender died): retried once, then given up as failed."""
    query = select(OutboxRow).where(OutboxRow.state == DeliveryState.CLAIMED.value)
    retry = []
    for row in session.exec(query.where(col(OutboxRow.claimed_at) < now - lease)).all():
        if row.attempts >= MAX_ATTEMPTS:
            row.state = DeliveryState.FAILED.value
        else:
            row.attempts += 1
            row.claimed_at = now
            retry.append(_delivery(row))
        session.add(row)
    session.flush()
    return retry


def finish(*, session: Session, keys: Sequence[str], now: datetime, channel: str, digest: str = "") -> None:
    """Record how the claimed events went out (`channel` empty: every notifier failed)."""
    state = DeliveryState.SENT if channel else DeliveryState.FAILED
    for row in session.exec(select(OutboxRow).where(col(OutboxRow.key).in_(keys))).all():
        row.state, row.delivered_at, row.channel = state.value, now, channel
        if digest:
            row.digest = digest
        session.add(row)
    session.flush()


def shown(*, session: Session, keys: Sequence[str], notification_id: int) -> None:
    """Note the id the notification server gave the notification that carried `keys`, the moment it is
    shown (before it is recorded as sent), so a re-send after a crash can replace it."""
    for row in session.exec(select(OutboxRow).where(col(OutboxRow.key).in_(keys))).all():
        row.notification_id = notification_id
        session.add(row)
    session.flush()


def shown_ids(*, session: Session, keys: Sequence[str]) -> dict[str, int]:
    """The notification ids already noted for any of `keys`."""
    query = select(OutboxRow.key, OutboxRow.notification_id).where(col(OutboxRow.key).in_(keys))
    return {key: number for key, number in session.exec(query).all() if number}


def _delivery(row: OutboxRow) -> Delivery:
    return Delivery(
        key=row.key,
        title_id=row.title_id,
        season=row.season_number,
        kind=EventKind(row.kind),
        summary=row.summary,
        body=row.body,
        due=row.due_at,
        state=DeliveryState(row.state),
        attempts=row.attempts,
        delivered_at=row.delivered_at,
        channel=row.channel,
        digest=row.digest,
        read_at=row.read_at,
    )


def deliveries(*, session: Session, title_id: int | None = None, limit: int = 500) -> list[Delivery]:
    """The outbox, newest first."""
    query = select(OutboxRow).order_by(col(OutboxRow.claimed_at).desc(), col(OutboxRow.id).desc())
    if title_id is not None:
        query = query.where(OutboxRow.title_id == title_id)
    return [_delivery(row) for row in session.exec(query.limit(limit))]


def delivery(*, session: Session, key: str) -> Delivery | None:
    row = session.exec(select(OutboxRow).where(OutboxRow.key == key)).first()
    return _delivery(row) if row else None


def _inbox_query(unread: bool) -> SelectOfScalar[OutboxRow]:
    query = select(OutboxRow).where(OutboxRow.state == DeliveryState.SENT.value)
    return query.where(col(OutboxRow.read_at).is_(None)) if unread else query


def inbox(
    *, session: Session, unread: bool = False, title_id: int | None = None, limit: int = 500
) -> list[Delivery]:
    """Every alert delivered (or only the unread ones), newest first."""
    query = _inbox_query(unread).order_by(col(OutboxRow.delivered_at).desc(), col(OutboxRow.id).desc())
    if title_id is not None:
        query = query.where(OutboxRow.title_id == title_id)
    return [_delivery(row) for row in session.exec(query.limit(limit))]


def unread_count(*, session: Session) -> int:
    query = select(func.count()).select_from(OutboxRow).where(OutboxRow.state == DeliveryState.SENT.value)
    return int(session.exec(query.where(col(OutboxRow.read_at).is_(None))).one())


def mark_read(*, session: Session, keys: Sequence[str] | None, now: datetime, read: bool = True) -> int:
    """Mark delivered alerts read (or unread again); `keys` None means every unread one. Return how many."""
    query = _inbox_query(unread=read)
    if keys is not None:
        query = query.where(col(OutboxRow.key).in_(keys))
    rows = session.exec(query).all()
    for row in rows:
        row.read_at = now if read else None
        session.add(row)
    session.flush()
    return len(rows)
