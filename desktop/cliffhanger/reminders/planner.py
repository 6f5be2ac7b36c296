"""The planner: from titles, rules, alert settings, snoozes and what was already delivered, what is due now
and when to wake up next. Pure: no Qt, no SQL, and the clock is a parameter.

`Agenda` keeps the pending events sorted by due time, so the next wake-up is a binary search however many
reminders there are; building it is the only linear step.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import (
    AlertSetting,
    AutoAlerts,
    Event,
    ReminderRule,
    Snooze,
    local_instant,
    zone,
)

from .alerts import alert_events
from .automatic import automatic_events
from .episode_alerts import episode_events
from .rules import rule_events, snooze_events


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local time (it may run past midnight) in which nothing is delivered."""

    start: time
    end: time
    zone: str

    def contains(self, instant: datetime) -> bool:
        local = instant.astimezone(zone(self.zone)).time()
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def end_after(self, instant: datetime) -> datetime:
        """The first moment after `instant` at which quiet hours end."""
        day = instant.astimezone(zone(self.zone)).date()
        for offset in range(3):
            end = local_instant(datetime.combine(day + timedelta(days=offset), self.end), self.zone)
            if end > instant:
                return end
        raise AssertionError("quiet hours end within two days")


@dataclass(frozen=True)
class Plan:
    """What to deliver now, and when to look again (None: nothing is planned)."""

    due: tuple[Event, ...]
    next_wake: datetime | None


class Agenda:
    """The events not yet delivered, sorted by due time."""

    def __init__(self, events: Iterable[Event], delivered: Collection[str] = ()) -> None:
        unique: dict[str, Event] = {}
        for event in events:
            if event.key not in delivered:
                unique.setdefault(event.key, event)
        self.events = sorted(unique.values(), key=lambda e: (e.due, e.key))
        self._dues = [e.due for e in self.events]

    def __len__(self) -> int:
        return len(self.events)

    def due(self, now: datetime) -> list[Event]:
        return self.events[: bisect.bisect_right(self._dues, now)]

    def next_after(self, now: datetime) -> datetime | None:
        index = bisect.bisect_right(self._dues, now)
        return self._dues[index] if index < len(self._dues) else None

    def plan(self, now: datetime, *, paused: bool = False, quiet: QuietHours | None = None) -> Plan:
        """Due events and the next wake-up; paused or in quiet hours, delivery is held (never dropped)."""
        if paused:
            return Plan((), None)
        due, upcoming = self.due(now), self.next_after(now)
        if quiet is not None and quiet.contains(now):
            end = quiet.end_after(now)
            wake = end if due or (upcoming is not None and upcoming <= end) else upcoming
            return Plan((), wake)
        if upcoming is not None and quiet is not None and quiet.contains(upcoming):
            upcoming = quiet.end_after(upcoming)
        return Plan(tuple(due), upcoming)


def expand(
    titles: Iterable[Title],
    rules: Iterable[ReminderRule],
    alerts: Mapping[int, AlertSetting],
    snoozes: Iterable[Snooze] = (),
    auto: AutoAlerts | None = None,
    zone_name: str = "UTC",
    air_time: time = time(9),
) -> list[Event]:
    """Every event the rules, alerts, automatic alerts (when `auto` is given) and snoozes give, whether due
    or not. A rule's release-day event and the automatic one share a key, so the day is told once.

    Episode alerts need the titles' episodes loaded; `zone_name` and `air_time` place an episode listed
    with a date only."""
    by_id = {t.id: t for t in titles}
    events: list[Event] = []
    for rule in rules:
        title = by_id.get(rule.title_id)
        if title is not None:
            events.extend(rule_events(title, rule))
    for title_id, setting in alerts.items():
        title = by_id.get(title_id)
        if title is not None:
            events.extend(alert_events(title, setting))
            events.extend(episode_events(title, setting, zone_name, air_time))
            if auto is not None:
                events.extend(automatic_events(title, setting, auto))
    events.extend(e for e in snooze_events(snoozes) if e.title_id in by_id)
    return events


def plan(
    *,
    now: datetime,
    titles: Iterable[Title],
    rules: Iterable[ReminderRule],
    alerts: Mapping[int, AlertSetting],
    delivered: Collection[str],
    snoozes: Iterable[Snooze] = (),
    paused: bool = False,
    quiet: QuietHours | None = None,
    auto: AutoAlerts | None = None,
) -> Plan:
    """What is due at `now` (aware) and when to wake up next."""
    if now.tzinfo is None:
        raise ValueError("the planner needs an aware `now`")
    agenda = Agenda(expand(titles, rules, alerts, snoozes, auto), delivered)
    return agenda.plan(now, paused=paused, quiet=quiet)
