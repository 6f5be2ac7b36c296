"""One delivery pass: plan what changed, claim what is due in the outbox, notify, and record how it went.

Planning is incremental (`replan`): the titles changed since the last pass are planned again, outside the
claim. The claim is one BEGIN IMMEDIATE transaction that reads the due events from the plan and writes them
to the outbox, so two processes (the app and `cliffhanger check`) never both deliver an event. A claim
left unsent longer than `LEASE` (the process died
between claim and send) is sent once more, then given up as failed. The notification server's id is noted
the moment a notification is shown, so when the process died after showing it but before recording it, the
one re-send carries that id as `replaces_id` and replaces the notification instead of showing a second one.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import TypedDict

from cliffhanger.domain.reminders import AutoAlerts, Event
from cliffhanger.i18n import translate
from cliffhanger.notify.base import FallbackNotifier, Notification
from cliffhanger.settings import Settings
from cliffhanger.storage.engine import Database, Session
from cliffhanger.storage.reminder_store import AgendaRows, ReminderStore, agenda_rows

from .planner import Agenda, Plan, QuietHours, expand
from .replan import replan_marked

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=2)
STALE_RETRY = timedelta(minutes=1)
DIGEST_OVER = 3
DIGEST_LINES = 10


@dataclass(frozen=True)
class Preferences:
    """What the planner needs from the user's settings."""

    paused: bool = False
    quiet: QuietHours | None = None
    auto: AutoAlerts | None = None  # None: no automatic release-day or window-passed alerts
    zone: str = "UTC"  # where an episode listed with a date only airs, at `air_time`
    air_time: time = time(9)

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
        auto = AutoAlerts(
            zone_name,
            cls.default_time(settings),
            release_day=settings.release_day_alerts,
            window_passed=settings.window_passed_alerts,
        )
        return cls(settings.reminders_paused, quiet, auto, zone_name, cls.default_time(settings))

    @staticmethod
    def default_time(settings: Settings) -> time:
        """The time of day new reminders start at: settings' "09:00", or 09:00 when it is not a time."""
        try:
            return time.fromisoformat(settings.default_reminder_time)
        except ValueError:
            return time(9)


@dataclass(frozen=True)
class PassResult:
    """What a pass delivered (and through which notifier), and when the next one is due."""

    delivered: tuple[Event, ...]
    channel: str
    next_wake: datetime | None
    digest: str = ""


def agenda_from(found: AgendaRows, prefs: Preferences) -> Agenda:
    """The pending events of what planning read (see `storage.reminder_store.agenda_rows`)."""
    events = expand(
        found.titles, found.rules, found.alerts, found.snoozes, prefs.auto, prefs.zone, prefs.air_time
    )
    return Agenda(events, found.delivered)


def load_agenda(session: Session, prefs: Preferences) -> Agenda:
    """Everything pending, read in the caller's transaction (episodes only of titles with alerts on)."""
    return agenda_from(agenda_rows(session=session), prefs)


@dataclass(frozen=True)
class Claim:
    """Events claimed in the outbox by one pass, not yet shown; `next_wake` is when to look again."""

    due: tuple[Event, ...]
    next_wake: datetime | None
    now: datetime
    digest: str = ""
    replaces: dict[str, int] = field(default_factory=dict)  # ids of re-sent events' first showing


Sent = tuple[tuple[str, ...], str]  # the keys one notification carried, and the notifier that showed it


def claim_due(
    db: Database, *, now: datetime, prefs: Preferences, stopped: Callable[[], bool] = lambda: False
) -> Claim:
    """Plan the titles changed since the last pass, then claim what is due at `now` (run it off the GUI).

    Once `stopped()` says True (the app is quitting), planning ends after its current chunk and nothing is
    claimed: what is due stays due for the next start."""
    replan_marked(db, prefs, stopped)
    if stopped():
        return Claim((), None, now)
    return claim_planned(db, now=now, prefs=prefs)


def claim_planned(db: Database, *, now: datetime, prefs: Preferences) -> Claim:
    """Claim what the plan holds due at `now`, in one short write transaction: index reads and the claim.

    Events of a title changed since it was planned wait for the next pass (at most `STALE_RETRY` away)."""
    with ReminderStore(db).claiming() as batch:
        upcoming = batch.plan.first_after(now)
        agenda = Agenda([*batch.plan.due(now), *([upcoming] if upcoming else [])])
        plan: Plan = agenda.plan(now, paused=prefs.paused, quiet=prefs.quiet)
        retries = [] if prefs.paused else batch.reclaim_stale(now, LEASE)
        due = (*plan.due, *(r.as_event() for r in retries))
        many = len(group_by_season(due)) > DIGEST_OVER
        digest = f"away-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}" if many else ""
        batch.claim(plan.due, now, digest)
        batch.plan.forget([e.key for e in plan.due])
        replaces = batch.shown_ids([r.key for r in retries]) if retries else {}
        wake = plan.next_wake
        if not prefs.paused and batch.plan.any_marked():
            wake = min(wake, now + STALE_RETRY) if wake else now + STALE_RETRY
    return Claim(due, wake, now, digest, replaces)


Remember = Callable[[tuple[str, ...]], Callable[[int], None]]


def notifications(
    claim: Claim, remember: Remember | None = None
) -> list[tuple[Notification, tuple[str, ...]]]:
    """The notifications a claim becomes (one digest, or one per season group), each with its event keys;
    each replaces its first showing if it had one, and tells `remember(keys)` the id it is shown under."""
    if claim.digest:
        made = [(digest_notification(claim.due), tuple(e.key for e in claim.due))]
    else:
        made = [(combined_notification(g), tuple(e.key for e in g)) for g in group_by_season(claim.due)]
    return [
        (replace(note, replaces_id=max((claim.replaces.get(k, 0) for k in keys), default=0),
                 shown=remember(keys) if remember else None), keys)
        for note, keys in made
    ]  # fmt: skip


def remember_shown(db: Database) -> Remember:
    """Note a notification's id as soon as the server gives it (its own short write transaction)."""

    def for_keys(keys: tuple[str, ...]) -> Callable[[int], None]:
        def note(notification_id: int) -> None:
            ReminderStore(db).note_shown(keys, notification_id)

        return note

    return for_keys


def record_sent(db: Database, claim: Claim, sent: Sequence[Sent]) -> None:
    """Mark the claimed events sent (or failed, when no notifier could show them)."""
    ReminderStore(db).record_sent(sent, claim.now, claim.digest)


def result_of(claim: Claim, sent: Sequence[Sent]) -> PassResult:
    channels = ",".join(sorted({channel for _keys, channel in sent}))
    return PassResult(claim.due, channels, claim.next_wake, claim.digest)


def run_pass(db: Database, notifier: FallbackNotifier, *, now: datetime, prefs: Preferences) -> PassResult:
    """Deliver every event due at `now` exactly once; more than `DIGEST_OVER` become one digest."""
    claim = claim_due(db, now=now, prefs=prefs)
    sent: list[Sent] = []
    for note, keys in notifications(claim, remember_shown(db)):
        sent.append((keys, notifier.notify(note)))
        record_sent(db, claim, sent[-1:])  # one at a time: a crash re-sends only what was not recorded
    return result_of(claim, sent)


_FIRST = {
    "release-day": -1,  # the day itself, with the premiere the catalogue lists for it
    "date": 0,
    "status": 1,
    "season": 2,
    "claim": 3,
    "premiere": 4,
    "episode": 5,
    "finale": 6,
    "episode-date": 7,
    "window-passed": 8,
}


def group_by_season(events: Sequence[Event]) -> list[list[Event]]:
    """Status alerts about one season that fall due together become one group (one catalogue change is one
    notification); reminders the user set stay one notification each."""
    groups: dict[object, list[Event]] = {}
    for event in events:
        alert = event.kind.value in _FIRST
        groups.setdefault((event.title_id, event.season) if alert else event.key, []).append(event)
    return [sorted(g, key=lambda e: _FIRST.get(e.kind.value, 9)) for g in groups.values()]


NEWS_KINDS = frozenset(
    {"date", "status", "season", "release-day", "window-passed", "premiere", "episode-date", "finale"}
)  # what a fan waits for: stays on screen until dismissed


class Presentation(TypedDict):
    """How a notification is shown (the fields of `Notification` that say so)."""

    resident: bool
    urgency: int
    category: str


def presentation(kinds: Sequence[str]) -> Presentation:
    """How a notification of these event kinds is shown: resident news, or a reminder that may expire."""
    if any(kind in NEWS_KINDS for kind in kinds):
        return {"resident": True, "urgency": 1, "category": "x-cliffhanger.news"}
    if "claim" in kinds or "episode" in kinds:
        return {"resident": False, "urgency": 0, "category": "x-cliffhanger.estimate"}
    return {"resident": False, "urgency": 1, "category": "x-cliffhanger.reminder"}


def combined_notification(group: Sequence[Event]) -> Notification:
    """One event as it is; several about one season as one notification, the date news first."""
    first = group[0]
    body = "; ".join(e.body for e in group)
    shown = presentation([e.kind.value for e in group])
    return Notification(first.summary, body, title_id=first.title_id, event_key=first.key, **shown)


def digest_notification(events: Sequence[Event]) -> Notification:
    """ "While you were away: 5 reminders", one line per title and season, news first (each stays in the
    inbox)."""
    groups = sorted(group_by_season(events), key=lambda g: _FIRST.get(g[0].kind.value, 9))
    lines = [f"{g[0].summary}: {combined_notification(g).body}" for g in groups[:DIGEST_LINES]]
    if len(groups) > DIGEST_LINES:
        more = len(groups) - DIGEST_LINES
        lines.append(translate("Delivery", "and %n more in Cliffhanger", None, more))
    shown = presentation([e.kind.value for e in events])
    count = len(groups)
    summary = translate("Delivery", "While you were away: %n reminder(s)", None, count)
    first = groups[0][0] if groups else None  # Open shows the first (news first) title
    title_id = first.title_id if first else None
    return Notification(summary, "\n".join(lines), title_id=title_id, **shown)
