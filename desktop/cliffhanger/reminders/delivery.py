"""One delivery pass: plan, claim what is due in the outbox, notify, and record how it went.

The claim is written in the BEGIN IMMEDIATE transaction that planned it, so two processes (the app and
`cliffhanger check`) never both deliver an event. A claim left unsent longer than `LEASE` (the process died
between claim and send) is sent once more, then given up as failed.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from cliffhanger.domain.reminders import Event
from cliffhanger.notify.base import FallbackNotifier, Notification
from cliffhanger.settings import Settings
from cliffhanger.storage import outbox_repo as outbox
from cliffhanger.storage import reminders_repo as reminder_rows
from cliffhanger.storage import repository as titles_repo
from cliffhanger.storage.engine import Database

from .alerts import DEBOUNCE
from .planner import Agenda, Plan, QuietHours, expand

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=2)
DIGEST_OVER = 3
DIGEST_LINES = 10


@dataclass(frozen=True)
class Preferences:
    """What the planner needs from the user's settings."""

    paused: bool = False
    quiet: QuietHours | None = None
    debounce: timedelta = DEBOUNCE

    @classmethod
    def from_settings(cls, settings: Settings, zone_name: str) -> Preferences:
        quiet = None
        if settings.quiet_hours_start and settings.quiet_hours_end:
            try:
                start, end = (
                    time.fromisoformat(settings.quiet_hours_start),
                    time.fromisoformat(settings.quiet_hours_end),
                )
                quiet = QuietHours(start, end, zone_name) if start != end else None
            except ValueError:
                log.warning("quiet hours %r-%r not understood; ignored", settings.quiet_hours_start,
                            settings.quiet_hours_end)  # fmt: skip
        minutes = getattr(settings, "status_alert_debounce_minutes", 10)
        return cls(settings.reminders_paused, quiet, timedelta(minutes=max(0, minutes)))


@dataclass(frozen=True)
class PassResult:
    """What a pass delivered (and through which notifier), and when the next one is due."""

    delivered: tuple[Event, ...]
    channel: str
    next_wake: datetime | None
    digest: str = ""


def load_agenda(session, prefs: Preferences) -> Agenda:  # type: ignore[no-untyped-def]
    """Everything pending, read in the caller's transaction."""
    events = expand(
        titles_repo.load_titles(session=session),
        reminder_rows.rules(session=session),
        reminder_rows.alert_settings(session=session),
        reminder_rows.snoozes(session=session),
        prefs.debounce,
    )
    return Agenda(events, outbox.delivered_keys(session=session))


def run_pass(db: Database, notifier: FallbackNotifier, *, now: datetime, prefs: Preferences) -> PassResult:
    """Deliver every event due at `now` exactly once; more than `DIGEST_OVER` become one digest."""
    with db.immediate() as session:
        plan: Plan = load_agenda(session, prefs).plan(now, paused=prefs.paused, quiet=prefs.quiet)
        retries = [] if prefs.paused else outbox.reclaim_stale(session=session, now=now, lease=LEASE)
        due = [*plan.due, *(r.as_event() for r in retries)]
        digest = f"away-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}" if len(due) > DIGEST_OVER else ""
        outbox.claim(session=session, events=plan.due, now=now, digest=digest)
    if not due:
        return PassResult((), "", plan.next_wake)
    channel = _send(db, notifier, due, now, digest)
    return PassResult(tuple(due), channel, plan.next_wake, digest)


def _send(db: Database, notifier: FallbackNotifier, due: Sequence[Event], now: datetime, digest: str) -> str:
    if digest:
        channel = notifier.notify(digest_notification(due))
        with db.immediate() as session:  # a write from the start: no lock upgrade to lose
            outbox.finish(session=session, keys=[e.key for e in due], now=now, channel=channel, digest=digest)
        return channel
    channels = []
    for group in group_by_season(due):
        note = combined_notification(group)
        channel = notifier.notify(note)
        with db.immediate() as session:  # a write from the start: no lock upgrade to lose
            outbox.finish(session=session, keys=[e.key for e in group], now=now, channel=channel)
        channels.append(channel)
    return ",".join(sorted(set(channels)))


_FIRST = {"date": 0, "status": 1, "season": 2, "claim": 3}


def group_by_season(events: Sequence[Event]) -> list[list[Event]]:
    """Status alerts about one season that fall due together become one group (one catalogue change is one
    notification); reminders the user set stay one notification each."""
    groups: dict[object, list[Event]] = {}
    for event in events:
        alert = event.kind.value in _FIRST
        groups.setdefault((event.title_id, event.season) if alert else event.key, []).append(event)
    return [sorted(g, key=lambda e: _FIRST.get(e.kind.value, 9)) for g in groups.values()]


def combined_notification(group: Sequence[Event]) -> Notification:
    """One event as it is; several about one season as one notification, the date news first."""
    first = group[0]
    body = "; ".join(e.body for e in group)
    return Notification(first.summary, body, title_id=first.title_id, event_key=first.key)


def digest_notification(events: Sequence[Event]) -> Notification:
    """ "While you were away: 5 reminders", listing them (each stays visible in the app)."""
    lines = [e.message for e in events[:DIGEST_LINES]]
    if len(events) > DIGEST_LINES:
        lines.append(f"and {len(events) - DIGEST_LINES} more in Cliffhanger")
    return Notification(f"While you were away: {len(events)} reminders", "\n".join(lines))
