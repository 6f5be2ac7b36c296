"""How events read, in the words a person uses.

"All of Us Are Dead, season 2: official date 29 January 2027 (TVmaze), was early 2027 (speculated)".
A fact learnt long after it happened reads as past ("post-production since 19 February"), never "now".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import ReleaseClaim, StatusChange, Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.i18n import day_text, fill, translate, window_text, word_text


def heading(title: Title, season: int | None) -> str:
    """The title, and the season when it has one: "All of Us Are Dead, season 2"."""
    if season is None or title.kind is Kind.FILM:
        return title.name
    return fill(translate("Wording", "%1, season %2"), title.name, season)


def attribution(confidence: Confidence, source: str) -> str:
    """ "(official, Netflix)", or "(reported)" when nobody is named."""
    if source.strip():
        return fill(translate("Wording", "(%1, %2)"), word_text(confidence), source)
    return fill(translate("Wording", "(%1)"), word_text(confidence))


def estimate_words(estimate: Estimate) -> str:
    return f"{window_text(estimate.window)} {attribution(estimate.confidence, estimate.source)}"


def days_words(days: int) -> str:
    if days == 0:
        return translate("Wording", "today")
    if days == 1:
        return translate("Wording", "tomorrow")
    return translate("Wording", "in %n day(s)", None, days)


def before_release(estimate: Estimate, days: int) -> str:
    window = estimate.window
    if window.is_exact:
        return fill(translate("Wording", "out %1, %2"), days_words(days), estimate_words(estimate))
    text = translate("Wording", "release window %1 starts %2 %3")
    return fill(text, window_text(window), days_words(days), _attr(estimate))


def release_day(estimate: Estimate) -> str:
    window = estimate.window
    if window.is_exact:
        return fill(translate("Wording", "out today, %1"), estimate_words(estimate))
    return fill(
        translate("Wording", "release window %1 starts today %2"), window_text(window), _attr(estimate)
    )


def _attr(estimate: Estimate) -> str:
    return attribution(estimate.confidence, estimate.source)


PAST_AFTER = timedelta(days=3)  # a status in force this long before it was learnt is told as past


def day_words(day: date) -> str:
    """ "19 February 2026" (no leading zero)."""
    return day_text(day)


def _source(confidence: Confidence, source: str) -> str:
    """ "(TVmaze)" for an official word with its source, else the attribution."""
    if confidence is Confidence.OFFICIAL and source.strip():
        return f"({source.strip()})"
    return attribution(confidence, source)


def was(previous: Estimate | None) -> str:
    return "" if previous is None else fill(translate("Wording", ", was %1"), estimate_words(previous))


def date_news(after: Estimate, before: Estimate | None) -> str:
    """ "official date 29 January 2027 (TVmaze), was early 2027 (speculated)"."""
    moved = before is not None and before.confidence is Confidence.OFFICIAL and before.window.is_exact
    text = (
        translate("Wording", "official date moved to %1 %2")
        if moved
        else translate("Wording", "official date %1 %2")
    )
    return fill(text, window_text(after.window), _source(after.confidence, after.source)) + was(before)


def claim_news(claim: ReleaseClaim, before: Estimate | None) -> str:
    """ "new release estimate, early 2027 (speculated, Soompi), was December 2026 (reported)"."""
    words = f"{window_text(claim.window)} {attribution(claim.confidence, claim.source)}"
    same = before is not None and before.window == claim.window
    return fill(translate("Wording", "new release estimate, %1"), words) + ("" if same else was(before))


def status_news(now: StatusChange, previous: Status | None, learnt: datetime, *, back: bool) -> str:
    """ "now scheduled, was post-production (official, TVmaze)"; a status long in force reads as past:
    "post-production since 19 February 2026 (TVmaze)", "released on 28 January 2022 (TVmaze)"."""
    label = word_text(now.status)
    attr = _source(now.confidence, now.source)
    before = fill(translate("Wording", ", was %1"), word_text(previous)) if previous is not None else ""
    if learnt.date() - now.since >= PAST_AFTER:
        past = (
            translate("Wording", "%1 on %2 %3")
            if now.status.is_final
            else translate("Wording", "%1 since %2 %3")
        )
        return fill(past, label, day_words(now.since), attr) + before
    present = translate("Wording", "back to %1%2 %3") if back else translate("Wording", "now %1%2 %3")
    return fill(present, label, before, attr)


def aware(moment: datetime) -> datetime:
    """Stored moments without a zone are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def rule_words(rule: ReminderRule) -> str:
    """The rule in words, for lists: "3 days before release and on release day at 09:00 (Europe/Berlin)"."""
    if rule.kind is RuleKind.AT:
        assert rule.at is not None
        when = fill(translate("Wording", "at %1 (%2)"), f"{rule.at:%Y-%m-%d %H:%M}", rule.zone)
        return f"{when}: {rule.note}" if rule.note else when
    parts = []
    days = rule.days_before
    if days is not None:
        parts.append(translate("Wording", "%n day(s) before release", None, days))
    if rule.on_day:
        parts.append(translate("Wording", "on release day"))
    said = parts[0] if len(parts) == 1 else fill(translate("Wording", "%1 and %2"), *parts)
    said = fill(translate("Wording", "%1 at %2 (%3)"), said, f"{rule.at_time:%H:%M}", rule.zone)
    return said + translate("Wording", ", also at a window's start") if rule.fire_on_window_start else said
