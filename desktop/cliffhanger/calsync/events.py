"""What of the watchlist goes into a calendar, as `EventSpec`s: shared by the calendar file and CalDAV.

- A season's (or film's) best estimate is one event, UID `<key>-s2-release`: all-day on an exact day (timed,
  from the first episode's air time, when the catalogue gives one for that day), or a tentative all-day
  event over a fuzzy window ("early 2027") with the confidence and sources described.
- Other live claims are tentative events of their own (`<key>-s2-claim-<precision>-<start>`); a claim that
  is superseded, removed or debunked simply stops being built, so its event is deleted.
- What the desktop plans for the release (reminders relative to it, the automatic release-day alert, a
  season's premiere) becomes VALARMs on the release event, at the very same instants (see `alarms`).
- Reminders at a set time are short timed events with an alarm at that instant.
- A season whose episodes come out on several days has an event per later drop (`episode_specs`).

Nothing else of the watchlist is written. Pure: no Qt, no SQL, no network.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.calendar import Alarm, EventSpec, title_key, uid
from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.reminders import Event, ReminderRule, RuleKind
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.reminders.rules import rule_events

from . import alarms
from .alarms import AlarmSource
from .episode_specs import episode_specs

KEEP_RELEASED_DAYS = 30  # a season already out keeps its date on the calendar this long


def label(title: Title, season: Season) -> str:
    return title.name if season.number is None else f"{title.name} S{season.number}"


def is_live(claim: ReleaseClaim) -> bool:
    """False for a claim the user marked as debunked: it has no event and no say in the estimate."""
    return claim.standing is not Standing.DEBUNKED


def key_of(title: Title, keys: Mapping[int, str]) -> str:
    return keys.get(title.id or 0) or title_key(title.name, title.kind.value, title.year)


def _shown(season: Season, best: Estimate, today: date) -> bool:
    status = season.status
    if status is Status.CANCELLED:
        return False
    if status is not None and status.is_out:
        return best.window.is_exact and best.window.latest >= today - timedelta(days=KEEP_RELEASED_DAYS)
    return True


def _summary(title: Title, season: Season, window: ReleaseWindow, confidence: Confidence) -> str:
    if window.is_exact and confidence is Confidence.OFFICIAL:
        return label(title, season)
    return f"{label(title, season)} ({window.text}, {confidence.value})"


def _said(confidence: Confidence, source: str) -> str:
    return f"{confidence.value}, {source}" if source.strip() else confidence.value


def air_time(season: Season, best: Estimate) -> tuple[datetime, datetime] | None:
    """The first episode's air instant and end, when it airs on the best estimate's exact day."""
    if not best.window.is_exact or not season.episodes:
        return None
    first = min(season.episodes, key=lambda e: e.number)
    if first.airstamp is None or first.airdate != best.window.earliest:
        return None
    start = first.airstamp.astimezone(UTC)
    return start, start + timedelta(minutes=first.runtime or 60)


def _release(
    title: Title,
    season: Season,
    key: str,
    best: Estimate,
    others: list[ReleaseClaim],
    alarms: list[Alarm],
    today: date,
) -> EventSpec:
    overdue = " – overdue" if best.is_overdue(today, season.status) else ""
    aired = air_time(season, best)
    start, end = aired or (best.window.earliest, best.window.latest + timedelta(days=1))
    lines = [f"Expected {best.window.text} ({_said(best.confidence, best.source)})"]
    lines += [f"Also claimed: {c.window.text} ({_said(c.confidence, c.source)})" for c in others]
    return EventSpec(
        uid=uid(key, season.number, "release"),
        summary=_summary(title, season, best.window, best.confidence) + overdue,
        description="\n".join(lines),
        start=start,
        end=end,
        tentative=not best.window.is_exact or best.confidence is not Confidence.OFFICIAL,
        alarms=tuple(sorted(alarms, key=lambda a: (a.at, a.text))),
        title_id=title.id or 0,
    )


def _claim(title: Title, season: Season, key: str, claim: ReleaseClaim, best: Estimate) -> EventSpec:
    window = claim.window
    source = f" according to {claim.source}" if claim.source.strip() else ""
    return EventSpec(
        uid=uid(key, season.number, f"claim-{window.precision.value}-{window.earliest:%Y%m%d}"),
        summary=_summary(title, season, window, claim.confidence),
        description=f"{claim.confidence.value.capitalize()}{source}; best estimate {best.window.text}.",
        start=window.earliest,
        end=window.latest + timedelta(days=1),
        tentative=True,
        title_id=title.id or 0,
    )


def season_events(
    title: Title, season: Season, key: str, alarms: list[Alarm], today: date
) -> Iterator[EventSpec]:
    claims = [c for c in season.claims if is_live(c)]
    best = season.expected if len(claims) == len(season.claims) else _best(claims)
    if best is None or not _shown(season, best, today):
        return
    others = [c for c in claims if c.window != best.window]
    yield _release(title, season, key, best, others, alarms, today)
    for claim in others:
        if not claim.window.has_passed(today):
            yield _claim(title, season, key, claim, best)


def _best(claims: list[ReleaseClaim]) -> Estimate | None:
    return Season(None, claims=tuple(claims)).expected


def _reminder(title: Title, key: str, rule: ReminderRule, event: Event) -> EventSpec:
    assert rule.at is not None
    identity = f"{rule.season}|{rule.at.isoformat()}|{rule.zone}|{rule.note}"
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:12]
    summary = f"Reminder: {title.name}" + (f" S{rule.season}" if rule.season else "")
    return EventSpec(
        uid=uid(key, rule.season, f"reminder-{digest}"),
        summary=summary,
        description=rule.note,
        start=event.due,
        end=event.due + timedelta(minutes=15),
        tentative=False,
        alarms=(Alarm(event.due, rule.note or summary),),
        title_id=title.id or 0,
    )


def build(
    titles: Iterable[Title],
    rules: Sequence[ReminderRule] = (),
    *,
    today: date,
    keys: Mapping[int, str] | None = None,
    alarm_sources: Sequence[AlarmSource] = (),
) -> list[EventSpec]:
    """Every event the calendar should hold, in a stable order; UIDs are unique."""
    keys = keys or {}
    sources = list(alarm_sources) or [alarms.rule_alarms(rules)]
    specs: dict[str, EventSpec] = {}
    for title in sorted(titles, key=lambda t: key_of(t, keys)):
        key = key_of(title, keys)
        fired = alarms.season_alarms(title, sources)
        for season in title.seasons:
            for spec in season_events(title, season, key, fired.get(season.number, []), today):
                specs.setdefault(spec.uid, spec)
            for spec in episode_specs(title, season, key, today):
                specs.setdefault(spec.uid, spec)
        for rule in rules:
            if rule.title_id == title.id and rule.kind is RuleKind.AT:
                for event in rule_events(title, rule):
                    spec = _reminder(title, key, rule, event)
                    specs.setdefault(spec.uid, spec)
    return list(specs.values())
