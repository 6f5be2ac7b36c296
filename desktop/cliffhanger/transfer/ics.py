"""An iCalendar export of what the watchlist waits for: release days, fuzzy windows and reminders.

A day is an all-day event; a window without a day ("early 2027") is an all-day event over the whole window,
STATUS:TENTATIVE, with its confidence in the summary. Other claims that disagree with the best estimate are
tentative events of their own. Reminders at a set time are events; reminders relative to the release are
alarms on its event. UIDs come from the title id, season and claim, so a calendar that imports the file
again updates its events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import ReleaseWindow

from .icstext import Writer, day, duration, stamp

PRODID = "-//Cliffhanger//Cliffhanger 1.0//EN"
DOMAIN = "cliffhanger.local"


def label(title: Title, season: Season) -> str:
    return title.name if season.number is None else f"{title.name} S{season.number}"


def _uid(title: Title, season: Season, what: str) -> str:
    part = "film" if season.number is None else f"s{season.number}"
    return f"title-{title.id}-{part}-{what}@{DOMAIN}"


def _waiting(season: Season) -> bool:
    status = season.status
    return status is None or not (status.is_out or status.is_final)


def _event(out: Writer, uid: str, now: datetime, window: ReleaseWindow, confidence: Confidence) -> None:
    out.add("BEGIN", "VEVENT")
    out.add("UID", uid)
    out.add("DTSTAMP", stamp(now))
    out.add("DTSTART", day(window.earliest), value="DATE")
    out.add("DTEND", day(window.latest + timedelta(days=1)), value="DATE")
    tentative = not window.is_exact or confidence is not Confidence.OFFICIAL
    out.add("STATUS", "TENTATIVE" if tentative else "CONFIRMED")
    out.add("TRANSP", "TRANSPARENT")


def _summary(
    title: Title, season: Season, claim: ReleaseClaim | None, window: ReleaseWindow, confidence: Confidence
) -> str:
    if window.is_exact and confidence is Confidence.OFFICIAL:
        return label(title, season)
    return f"{label(title, season)} ({window.text}, {confidence.value})"


def _alarms(out: Writer, rules: Iterable[ReminderRule], window: ReleaseWindow) -> None:
    for rule in rules:
        if not window.is_exact and not rule.fire_on_window_start:
            continue
        offsets = ([rule.days_before] if rule.days_before is not None else []) + ([0] if rule.on_day else [])
        for days in offsets:
            at = timedelta(days=-days, hours=rule.at_time.hour, minutes=rule.at_time.minute)
            out.add("BEGIN", "VALARM")
            out.add("ACTION", "DISPLAY")
            out.text("DESCRIPTION", rule.note or "Coming soon")
            out.add("TRIGGER", duration(at))
            out.add("END", "VALARM")


def _season_events(
    out: Writer, title: Title, season: Season, rules: Sequence[ReminderRule], now: datetime, today: date
) -> None:
    best = season.expected
    if best is None or not _waiting(season):
        return
    overdue = best.is_overdue(today, season.status)
    _event(out, _uid(title, season, "release"), now, best.window, best.confidence)
    out.text(
        "SUMMARY",
        _summary(title, season, None, best.window, best.confidence) + (" – overdue" if overdue else ""),
    )
    lines = [
        f"Expected {best.window.text} ({best.confidence.value}"
        + (f", {best.source})" if best.source else ")")
    ]
    others = [c for c in season.claims if c.window != best.window]
    lines += [
        f"Also claimed: {c.window.text} ({c.confidence.value}{', ' + c.source if c.source else ''})"
        for c in others
    ]
    out.text("DESCRIPTION", "\n".join(lines))
    _alarms(out, [r for r in rules if r.kind is RuleKind.RELEASE], best.window)
    out.add("END", "VEVENT")
    for claim in others:
        if claim.window.has_passed(today):
            continue
        what = f"claim-{claim.window.precision.value}-{day(claim.window.earliest)}"
        _event(out, _uid(title, season, what), now, claim.window, claim.confidence)
        out.text("SUMMARY", _summary(title, season, claim, claim.window, claim.confidence))
        source = f" according to {claim.source}" if claim.source else ""
        out.text(
            "DESCRIPTION",
            f"{claim.confidence.value.capitalize()}{source}; the best estimate is {best.window.text}.",
        )
        out.add("END", "VEVENT")


def _reminder_event(out: Writer, title: Title, rule: ReminderRule, now: datetime) -> None:
    assert rule.at is not None
    moment = rule.at.replace(tzinfo=ZoneInfo(rule.zone))
    out.add("BEGIN", "VEVENT")
    out.add("UID", f"title-{title.id}-reminder-{rule.id}@{DOMAIN}")
    out.add("DTSTAMP", stamp(now))
    out.add("DTSTART", stamp(moment))
    out.add("DURATION", "PT15M")
    out.text("SUMMARY", f"Reminder: {title.name}" + (f" S{rule.season}" if rule.season else ""))
    if rule.note:
        out.text("DESCRIPTION", rule.note)
    out.add("BEGIN", "VALARM")
    out.add("ACTION", "DISPLAY")
    out.text("DESCRIPTION", rule.note or f"Reminder: {title.name}")
    out.add("TRIGGER", "PT0M")
    out.add("END", "VALARM")
    out.add("END", "VEVENT")


def _rules_for(rules: Sequence[ReminderRule], title: Title, season: Season) -> list[ReminderRule]:
    focus = title.focus
    return [
        r
        for r in rules
        if r.title_id == title.id
        and (
            r.season == season.number
            or (r.season is None and focus is not None and focus.number == season.number)
        )
    ]


def calendar(
    titles: Iterable[Title], rules: Sequence[ReminderRule] = (), *, today: date, now: datetime | None = None
) -> str:
    """The whole calendar as RFC 5545 text."""
    now = now or datetime.now(UTC)
    out = Writer()
    for name, value in (
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ):
        out.add(name, value)
    out.text("X-WR-CALNAME", "Cliffhanger: coming releases")
    for title in sorted(titles, key=lambda t: t.id or 0):
        for season in title.seasons:
            _season_events(out, title, season, _rules_for(rules, title, season), now, today)
        for rule in rules:
            if rule.title_id == title.id and rule.kind is RuleKind.AT:
                _reminder_event(out, title, rule, now)
    out.add("END", "VCALENDAR")
    return out.render()
