"""Status alerts from a title's history: news only, each once, at once.

A fact is news when its origin says so (a catalogue refresh, a news source, the command line with
`--announce`) and it was recorded after the title's alert baseline. What the user typed, imported or restored,
and what a first catalogue link brought, is never announced, but it still counts as what things were
before ("was early 2027"). News is due the moment it was recorded: a status that flips back is one more
event ("back to ..."), never a reason to hold the first one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from cliffhanger.domain.estimate import Estimate, best_estimate, current_status
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.reminders import AlertKind, AlertSetting, Event, EventKind
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.i18n import fill, translate

from . import wording


def alert_events(title: Title, setting: AlertSetting) -> list[Event]:
    """The status alerts of one title, due or not yet due."""
    if not setting.enabled:
        return []
    events: list[Event] = []
    announced = _new_seasons(title, setting.baseline) if AlertKind.SEASON in setting.kinds else {}
    for number, first in announced.items():
        body = fill(translate("Alerts", "season %1 announced"), number)
        events.append(Event(title.id or 0, number, EventKind.SEASON, str(number), first, title.name, body))
    for season in title.seasons:
        if AlertKind.STATUS in setting.kinds:
            skip_first = season.number in announced
            events.extend(_status_events(title, season, setting.baseline, skip_first))
        events.extend(_claim_events(title, season, setting))
    return events


def _recorded(change: StatusChange) -> datetime:
    return wording.aware(change.recorded_at or datetime.min)


def _noted(claim: ReleaseClaim) -> datetime:
    return wording.aware(claim.noted_at or datetime.min)


def _status_events(title: Title, season: Season, baseline: datetime, skip_first: bool) -> Iterator[Event]:
    ordered = sorted(season.history, key=lambda c: (_recorded(c), c.id or 0))
    old = [c for c in ordered if _recorded(c) <= baseline]
    new = [c for c in ordered if _recorded(c) > baseline]
    before = current_status(old)
    previous = before.status if before else None
    reported: set[object] = set()
    for i, change in enumerate(new):
        now = current_status(old + new[: i + 1])
        if now is None or now.status == previous:
            continue
        news = change.origin.is_news and not (skip_first and previous is None)
        if news:
            back = now.status in reported or (before is not None and now.status == before.status)
            body = wording.status_news(now, previous, _recorded(change), back=back)
            value = f"{now.status.value}:{now.since}"
            if change.origin is not Origin.LEGACY:  # a status that returns is news again (legacy keys kept)
                value += f"#{change.id or i}"
            heading = wording.heading(title, season.number)
            yield Event(
                title.id or 0, season.number, EventKind.STATUS, value, _recorded(change), heading, body
            )
            reported.add(previous)
        previous = now.status


def _official_day(claims: Sequence[ReleaseClaim]) -> Estimate | None:
    best = best_estimate(claims)
    if best and best.confidence is Confidence.OFFICIAL and best.window.is_exact:
        return best
    return None


def _claim_events(title: Title, season: Season, setting: AlertSetting) -> Iterator[Event]:
    ordered = sorted(season.claims, key=lambda c: (_noted(c), c.id or 0))
    old = [c for c in ordered if _noted(c) <= setting.baseline]
    new = [c for c in ordered if _noted(c) > setting.baseline]
    heading = wording.heading(title, season.number)
    for i, claim in enumerate(new):
        seen = old + new[:i]
        if not claim.origin.is_news:
            continue
        before, after = best_estimate(seen), _official_day([*seen, claim])
        dated_before = _official_day(seen)
        moved = after is not None and (dated_before is None or dated_before.window != after.window)
        if AlertKind.DATE in setting.kinds and moved:
            assert after is not None
            body = wording.date_news(after, before)
            value = str(after.window.earliest)
            yield Event(title.id or 0, season.number, EventKind.DATE, value, _noted(claim), heading, body)
            continue
        if AlertKind.CLAIM in setting.kinds:
            value = f"{claim.window.earliest}/{claim.window.precision}/{claim.confidence}/{claim.source}"
            body = wording.claim_news(claim, before)
            yield Event(title.id or 0, season.number, EventKind.CLAIM, value, _noted(claim), heading, body)


def _new_seasons(title: Title, baseline: datetime) -> dict[int, datetime]:
    """Seasons whose first recorded fact is news after the baseline, above every season known before it.

    Seasons carry no date of their own, so a season counts as new only when a lower-numbered one exists: the
    season a title was added with (even without facts) is not news when its first fact arrives.
    """
    firsts: dict[int, tuple[datetime, bool]] = {}
    for season in title.seasons:
        facts = [(_recorded(c), c.origin.is_news) for c in season.history]
        facts += [(_noted(c), c.origin.is_news) for c in season.claims]
        if season.number is not None and facts:
            firsts[season.number] = min(facts)
    numbers = [s.number for s in title.seasons if s.number is not None]
    top = max((n for n, (first, news) in firsts.items() if first <= baseline or not news), default=0)
    return {
        n: first
        for n, (first, news) in firsts.items()
        if news and first > baseline and n > top and any(other < n for other in numbers)
    }
