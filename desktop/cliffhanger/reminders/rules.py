"""Turning reminder rules and snoozes into events: at a set time, or relative to the best release estimate.

A relative reminder follows the estimate: its event's value holds the target day, so a moved date gives a
new event (delivered once) and the old one is simply no longer planned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import Event, EventKind, ReminderRule, RuleKind, Snooze, local_instant
from cliffhanger.i18n import day_text, fill, translate

from . import wording


def rule_events(title: Title, rule: ReminderRule) -> list[Event]:
    """Every event a rule gives for the title as it stands; events due before the rule existed are dropped."""
    events = list(_at_events(title, rule) if rule.kind is RuleKind.AT else _release_events(title, rule))
    if rule.created_at is None:
        return events
    created = wording.aware(rule.created_at)
    return [e for e in events if e.due >= created - timedelta(minutes=1)]


def _at_events(title: Title, rule: ReminderRule) -> Iterator[Event]:
    assert rule.at is not None
    due = local_instant(rule.at, rule.zone)
    moment = fill(translate("ReminderRules", "%1, %2"), day_text(rule.at.date()), f"{rule.at:%H:%M}")
    body = rule.note.strip() or fill(translate("ReminderRules", "your reminder for %1"), moment)
    yield Event(
        title.id or 0,
        rule.season,
        EventKind.AT,
        f"{rule.at.isoformat(timespec='seconds')}#{rule.id}",
        due,
        wording.heading(title, rule.season),
        body,
        fill(translate("ReminderRules", "your reminder %1"), wording.rule_words(rule)),
    )


def target_season(title: Title, number: int | None) -> Season | None:
    """The season a rule is about: the numbered one, else the latest (or the film itself)."""
    return title.season(number) if number is not None else title.focus


def _release_events(title: Title, rule: ReminderRule) -> Iterator[Event]:
    season = target_season(title, rule.season)
    estimate = season.expected if season else None
    if season is None or estimate is None:
        return
    if not estimate.window.is_exact and not rule.fire_on_window_start:
        return
    day = estimate.window.earliest
    heading = wording.heading(title, season.number)

    def event(kind: EventKind, value: str, days: int, body: str) -> Event:
        due = local_instant(datetime.combine(day - timedelta(days=days), rule.at_time), rule.zone)
        why = fill(
            translate("ReminderRules", "your reminder %1, for %2"),
            wording.rule_words(rule),
            wording.estimate_words(estimate),
        )
        return Event(title.id or 0, season.number, kind, value, due, heading, body, why)

    if rule.days_before is not None and rule.days_before > 0:
        days = rule.days_before
        yield event(EventKind.BEFORE, f"{day}-{days}d", days, wording.before_release(estimate, days))
    if rule.on_day or rule.days_before == 0:
        yield event(EventKind.RELEASE_DAY, str(day), 0, wording.release_day(estimate))


def snooze_events(snoozes: Iterable[Snooze]) -> Iterator[Event]:
    for snooze in snoozes:
        value = f"{snooze.key}@{snooze.until:%Y-%m-%dT%H:%M}"
        yield Event(
            snooze.title_id,
            snooze.season,
            EventKind.SNOOZED,
            value,
            wording.aware(snooze.until),
            snooze.summary,
            snooze.body,
            "snoozed",
        )
