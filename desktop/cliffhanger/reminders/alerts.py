"""Status alerts from a title's history: only what was recorded after the alert baseline counts.

A status is announced once it has settled: a change followed within the debounce window by another is
part of one burst, and a burst that ends where it began (a status that flips back) announces nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from cliffhanger.domain.estimate import best_estimate, current_status
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.reminders import AlertKind, AlertSetting, Event, EventKind
from cliffhanger.domain.vocabulary import Confidence

from . import wording

DEBOUNCE = timedelta(minutes=10)


def alert_events(title: Title, setting: AlertSetting, debounce: timedelta = DEBOUNCE) -> list[Event]:
    """The status alerts of one title, due or not yet due."""
    if not setting.enabled:
        return []
    events: list[Event] = []
    announced = _new_seasons(title, setting.baseline) if AlertKind.SEASON in setting.kinds else {}
    for number, first in announced.items():
        body = f"season {number} announced"
        events.append(Event(title.id or 0, number, EventKind.SEASON, str(number), first, title.name, body))
    for season in title.seasons:
        if AlertKind.STATUS in setting.kinds:
            skip_first = season.number in announced
            events.extend(_status_events(title, season, setting.baseline, debounce, skip_first))
        events.extend(_claim_events(title, season, setting))
    return _with_status(events, debounce)


def _with_status(events: list[Event], debounce: timedelta) -> list[Event]:
    """Date and claim news recorded with a status change waits for that status to settle, so that one
    catalogue change (a new date and the status it brings) arrives as one notification."""
    settles: dict[tuple[int, int | None], list[datetime]] = {}
    for event in events:
        if event.kind is EventKind.STATUS:
            settles.setdefault((event.title_id, event.season), []).append(event.due)
    aligned = []
    for event in events:
        if event.kind in (EventKind.DATE, EventKind.CLAIM):
            statuses = settles.get((event.title_id, event.season), [])
            near = [d for d in statuses if d - 2 * debounce <= event.due <= d]
            if near:
                event = replace(event, due=max(near))
        aligned.append(event)
    return aligned


def _recorded(change: StatusChange) -> datetime:
    return wording.aware(change.recorded_at or datetime.min)


def _noted(claim: ReleaseClaim) -> datetime:
    return wording.aware(claim.noted_at or datetime.min)


def _status_events(
    title: Title, season: Season, baseline: datetime, debounce: timedelta, skip_first: bool
) -> Iterator[Event]:
    ordered = sorted(season.history, key=lambda c: (_recorded(c), c.id or 0))
    old = [c for c in ordered if _recorded(c) <= baseline]
    new = [c for c in ordered if _recorded(c) > baseline]
    before = current_status(old)
    previous = before.status if before else None
    for i, change in enumerate(new):
        settles = _recorded(change) + debounce
        if i + 1 < len(new) and _recorded(new[i + 1]) <= settles:
            continue  # another change came within the debounce window: not settled yet
        now = current_status(old + new[: i + 1])
        if now is None or now.status == previous:
            continue
        body = f"now {now.status.label.lower()}"
        if previous is not None:
            body += f", was {previous.label.lower()}"
        body += f" {wording.attribution(now.confidence, now.source)}"
        if not (skip_first and previous is None):
            value = f"{now.status.value}:{now.since}"
            yield Event(
                title.id or 0,
                season.number,
                EventKind.STATUS,
                value,
                settles,
                wording.heading(title, season.number),
                body,
            )
        previous = now.status


def _official_day(claims: Sequence[ReleaseClaim]):  # type: ignore[no-untyped-def]
    best = best_estimate(claims)
    if best and best.confidence is Confidence.OFFICIAL and best.window.is_exact:
        return best.window
    return None


def _claim_events(title: Title, season: Season, setting: AlertSetting) -> Iterator[Event]:
    ordered = sorted(season.claims, key=lambda c: (_noted(c), c.id or 0))
    old = [c for c in ordered if _noted(c) <= setting.baseline]
    new = [c for c in ordered if _noted(c) > setting.baseline]
    heading = wording.heading(title, season.number)
    for i, claim in enumerate(new):
        seen = old + new[:i]
        before, after = _official_day(seen), _official_day([*seen, claim])
        attr = (claim.confidence, claim.source)
        if AlertKind.DATE in setting.kinds and after is not None and after != before:
            body = wording.date_announced(after, before, *attr)
            yield Event(
                title.id or 0,
                season.number,
                EventKind.DATE,
                str(after.earliest),
                _noted(claim),
                heading,
                body,
            )
            continue
        if AlertKind.CLAIM in setting.kinds:
            value = f"{claim.window.earliest}/{claim.window.precision}/{claim.confidence}/{claim.source}"
            earlier = [c for c in seen if c.source == claim.source and c.window != claim.window]
            words = f"{claim.window.text} {wording.attribution(*attr)}"
            body = f"release estimate changed to {words}" if earlier else f"new release estimate, {words}"
            yield Event(title.id or 0, season.number, EventKind.CLAIM, value, _noted(claim), heading, body)


def _new_seasons(title: Title, baseline: datetime) -> dict[int, datetime]:
    """Seasons whose first recorded fact came after the baseline, above every season known before it.

    Seasons carry no date of their own, so a season counts as new only when a lower-numbered one exists: the
    season a title was added with (even without facts) is not news when its first fact arrives.
    """
    firsts = {}
    for season in title.seasons:
        moments = [_recorded(c) for c in season.history] + [_noted(c) for c in season.claims]
        if season.number is not None and moments:
            firsts[season.number] = min(moments)
    numbers = [s.number for s in title.seasons if s.number is not None]
    top = max((n for n, first in firsts.items() if first <= baseline), default=0)
    return {
        n: first
        for n, first in firsts.items()
        if first > baseline and n > top and any(other < n for other in numbers)
    }
