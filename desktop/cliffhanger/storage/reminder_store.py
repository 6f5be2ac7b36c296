"""Reminder rules, alert settings, snoozes and the delivered history, as the reminder book sees them: one
transaction per operation, domain values out, the session kept here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import AlertKind, AlertSetting, Delivery, Event, ReminderRule, Snooze

from . import outbox_repo as outbox
from . import reminders_repo as rows
from . import repository as titles_repo
from .engine import Database
from .plan_claims import ClaimReads


@dataclass(frozen=True)
class AgendaRows:
    """What planning reads: titles (episodes of followed ones), rules, alerts, snoozes and delivered keys."""

    titles: list[Title]
    rules: list[ReminderRule]
    alerts: dict[int, AlertSetting]
    snoozes: list[Snooze]
    delivered: set[str]


def agenda_rows(*, session: Session, ids: Sequence[int] | None = None) -> AgendaRows:
    """Everything pending (of the titles `ids`, when given), read in the caller's transaction (episodes only
    of titles with alerts on). With `ids`, `delivered` is left empty: the incremental planner reads it at
    write time."""
    alerts = rows.alert_settings(session=session, ids=ids)
    followed = {title_id for title_id, setting in alerts.items() if setting.enabled}
    return AgendaRows(
        titles_repo.load_titles(session=session, ids=ids, episodes=followed),
        rows.rules(session=session, title_ids=ids),
        alerts,
        rows.snoozes(session=session, ids=ids),
        outbox.delivered_keys(session=session) if ids is None else set(),
    )


class OutboxBatch:
    """One delivery pass's claim: reads and writes in the write transaction that made it."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.plan = ClaimReads(session)

    def agenda_rows(self) -> AgendaRows:
        return agenda_rows(session=self._session)

    def reclaim_stale(self, now: datetime, lease: timedelta) -> list[Delivery]:
        return outbox.reclaim_stale(session=self._session, now=now, lease=lease)

    def claim(self, events: Sequence[Event], now: datetime, digest: str) -> None:
        outbox.claim(session=self._session, events=events, now=now, digest=digest)

    def shown_ids(self, keys: Sequence[str]) -> dict[str, int]:
        return outbox.shown_ids(session=self._session, keys=keys)


class ReminderStore:
    """The reminder tables of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_rule(self, rule: ReminderRule, now: datetime) -> int:
        """Add a rule to a title that exists (a `NotFoundError` otherwise)."""
        with self.db.transaction() as session:
            titles_repo.get_title(session=session, title_id=rule.title_id)
            return rows.add_rule(session=session, rule=rule, now=now)

    def remove_rule(self, rule_id: int) -> bool:
        with self.db.transaction() as session:
            return rows.delete_rule(session=session, rule_id=rule_id)

    def rules(self, title_id: int | None = None) -> list[ReminderRule]:
        with self.db.transaction() as session:
            return rows.rules(session=session, title_id=title_id)

    def alerts(self, title_id: int) -> AlertSetting | None:
        with self.db.transaction() as session:
            return rows.alert_settings(session=session).get(title_id)

    def set_alerts(
        self, title_id: int, enabled: bool, now: datetime, kinds: Sequence[AlertKind] | None = None
    ) -> None:
        with self.db.transaction() as session:
            titles_repo.get_title(session=session, title_id=title_id)
            rows.set_alerts(session=session, title_id=title_id, enabled=enabled, now=now, kinds=kinds)

    def agenda_rows(self) -> AgendaRows:
        with self.db.transaction() as session:
            return agenda_rows(session=session)

    def snooze(self, key: str, until: datetime, now: datetime) -> Snooze | None:
        """Snooze the delivered event `key` until `until`; None when no delivered event has that key."""
        with self.db.transaction() as session:
            sent = outbox.delivery(session=session, key=key)
            if sent is None:
                return None
            snooze = Snooze(key, until, sent.title_id, sent.season, sent.summary, sent.body)
            rows.add_snooze(session=session, snooze=snooze, now=now)
            return snooze

    def deliveries(self, title_id: int | None = None, limit: int = 500) -> list[Delivery]:
        with self.db.transaction() as session:
            return outbox.deliveries(session=session, title_id=title_id, limit=limit)

    def inbox(self, *, unread: bool, title_id: int | None, limit: int) -> list[Delivery]:
        with self.db.transaction() as session:
            return outbox.inbox(session=session, unread=unread, title_id=title_id, limit=limit)

    def unread_count(self) -> int:
        with self.db.transaction() as session:
            return outbox.unread_count(session=session)

    @contextmanager
    def claiming(self) -> Iterator[OutboxBatch]:
        """One write transaction, the write lock taken at its start, for planning and claiming a pass."""
        with self.db.immediate() as session:
            yield OutboxBatch(session)

    def note_shown(self, keys: Sequence[str], notification_id: int) -> None:
        with self.db.immediate() as session:
            outbox.shown(session=session, keys=keys, notification_id=notification_id)

    def record_sent(self, sent: Sequence[tuple[Sequence[str], str]], now: datetime, digest: str) -> None:
        """Mark claimed events sent through a channel (or failed, with an empty one), in one write."""
        with self.db.immediate() as session:
            for keys, channel in sent:
                outbox.finish(session=session, keys=keys, now=now, channel=channel, digest=digest)

    def mark_read(self, keys: Sequence[str] | None, *, read: bool, now: datetime) -> int:
        with self.db.immediate() as session:
            return outbox.mark_read(session=session, keys=keys, now=now, read=read)
