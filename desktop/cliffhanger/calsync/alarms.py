"""The alarms on a release event: the desktop planner's own events for that release, at their instants.

The app's calendar takes them from the planner's own functions with the app's preferences: the user's
reminders relative to the release, the automatic release-day alert and a season's premiere, deduplicated
by event key as the planner does (a rule's release-day event and the automatic one are the same event).
Events due at one instant become one alarm, as the desktop makes them one notification.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, time

from cliffhanger.domain.calendar import Alarm
from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import AlertSetting, AutoAlerts, Event, EventKind, ReminderRule, RuleKind
from cliffhanger.reminders.automatic import automatic_events
from cliffhanger.reminders.episode_alerts import episode_events
from cliffhanger.reminders.rules import rule_events

AlarmSource = Callable[[Title], Iterable[Event]]
ALARM_KINDS = (EventKind.BEFORE, EventKind.RELEASE_DAY, EventKind.PREMIERE)


def _by_title(rules: Iterable[ReminderRule]) -> dict[int, list[ReminderRule]]:
    found: dict[int, list[ReminderRule]] = {}
    for rule in rules:
        if rule.kind is RuleKind.RELEASE:
            found.setdefault(rule.title_id, []).append(rule)
    return found


def rule_alarms(rules: Sequence[ReminderRule]) -> AlarmSource:
    """The user's reminders relative to the release alone (for a calendar made without the app's settings)."""
    by_title = _by_title(rules)

    def source(title: Title) -> Iterator[Event]:
        for rule in by_title.get(title.id or 0, ()):
            yield from rule_events(title, rule)

    return source


def planned_alarms(
    rules: Sequence[ReminderRule],
    alerts: Mapping[int, AlertSetting],
    auto: AutoAlerts | None,
    zone_name: str,
    air_time: time,
) -> AlarmSource:
    """What the desktop plans for a title's release, with the desktop's own preferences: the planner's own
    functions for these kinds (`expand` minus the status and window-passed alerts, which are never alarms)."""
    by_title = _by_title(rules)
    day_only = replace(auto, window_passed=False) if auto is not None else None

    def source(title: Title) -> Iterator[Event]:
        for rule in by_title.get(title.id or 0, ()):
            yield from rule_events(title, rule)
        setting = alerts.get(title.id or 0)
        if setting is None or not setting.enabled:
            return
        yield from episode_events(title, setting, zone_name, air_time)
        if day_only is not None:
            yield from automatic_events(title, setting, day_only)

    return source


def season_alarms(title: Title, sources: Sequence[AlarmSource]) -> dict[int | None, list[Alarm]]:
    """The alarms of each season's release event, one per instant, earliest first."""
    unique: dict[str, Event] = {}
    for source in sources:
        for event in source(title):
            if event.kind in ALARM_KINDS:
                unique.setdefault(event.key, event)
    grouped: dict[tuple[int | None, datetime], list[str]] = {}
    for event in sorted(unique.values(), key=lambda e: (e.due, e.key)):
        texts = grouped.setdefault((event.season, event.due), [])
        if event.message not in texts:
            texts.append(event.message)
    alarms: dict[int | None, list[Alarm]] = {}
    for (season, due), texts in grouped.items():
        alarms.setdefault(season, []).append(Alarm(due, "; ".join(texts)))
    return alarms
