"""The alerts a followed title gets without a rule: the release day, and "the window has passed".

When the best estimate is an official date with a day, the day itself is announced at the default reminder
time in the user's zone (an instant computed through the zone, so right on either side of a DST change).
When a fuzzy window ("early 2027") ends with no release and no date, one alert says so and names the latest
claim. Neither is planned for a moment before the title's alert baseline or before the fact was known: an
imported season released in 2022 has no release day to announce.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import AlertKind, AlertSetting, AutoAlerts, Event, EventKind, local_instant
from cliffhanger.i18n import fill, translate, window_text

from . import wording


def automatic_events(title: Title, setting: AlertSetting, auto: AutoAlerts) -> list[Event]:
    """The release-day and window-passed alerts of one followed title."""
    if not setting.enabled:
        return []
    events: list[Event] = []
    for season in title.seasons:
        if auto.release_day and AlertKind.RELEASE_DAY in setting.kinds:
            events.extend(_release_day(title, season, setting, auto))
        if auto.window_passed and AlertKind.WINDOW_PASSED in setting.kinds:
            events.extend(_window_passed(title, season, setting, auto))
    return events


def _known_since(season: Season, setting: AlertSetting) -> datetime:
    """The latest of the baseline and the moment the best estimate was noted."""
    moments = [wording.aware(c.noted_at) for c in season.claims if c.noted_at is not None]
    return max([setting.baseline, *moments[-1:]]) if moments else setting.baseline


def _release_day(title: Title, season: Season, setting: AlertSetting, auto: AutoAlerts) -> Iterator[Event]:
    estimate = season.expected
    if estimate is None or not estimate.window.is_exact or estimate.confidence.rank != 0:
        return
    day = estimate.window.earliest
    due = local_instant(datetime.combine(day, auto.at_time), auto.zone)
    if due <= _known_since(season, setting):
        return
    heading = wording.heading(title, season.number)
    body = wording.release_day(estimate)
    why = fill(translate("Automatic", "official date %1"), wording.estimate_words(estimate))
    yield Event(title.id or 0, season.number, EventKind.RELEASE_DAY, str(day), due, heading, body, why)


def _window_passed(title: Title, season: Season, setting: AlertSetting, auto: AutoAlerts) -> Iterator[Event]:
    estimate, status = season.expected, season.status
    if estimate is None or estimate.window.is_exact:
        return
    if status is not None and (status.is_out or status.is_final):
        return
    window = estimate.window
    due = local_instant(datetime.combine(window.latest + timedelta(days=1), auto.at_time), auto.zone)
    if due <= _known_since(season, setting):
        return
    latest = max(season.claims, key=lambda c: (wording.aware(c.noted_at or datetime.min), c.id or 0))
    claim = f"{window_text(latest.window)} {wording.attribution(latest.confidence, latest.source)}"
    body = fill(
        translate("Automatic", "%1 has passed with no date; latest claim: %2"), window_text(window), claim
    )
    ends = wording.day_words(window.latest)
    why = fill(translate("Automatic", "best estimate %1 ends %2"), wording.estimate_words(estimate), ends)
    value = f"{window.earliest}/{window.precision}"
    yield Event(
        title.id or 0,
        season.number,
        EventKind.WINDOW_PASSED,
        value,
        due,
        wording.heading(title, season.number),
        body,
        why,
    )
