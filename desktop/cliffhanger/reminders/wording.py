"""How events read, in the words a person uses.

"All of Us Are Dead, season 2: official date 29 January 2027 (TVmaze), was early 2027 (speculated)".
A fact learnt long after it happened reads as past ("post-production since 19 February"), never "now".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import ReleaseClaim, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status


def heading(title: Title, season: int | None) -> str:
    """The title, and the season when it has one: "All of Us Are Dead, season 2"."""
    if season is None or title.kind is Kind.FILM:
        return title.name
    return f"{title.name}, season {season}"


def attribution(confidence: Confidence, source: str) -> str:
    """ "(official, Netflix)", or "(reported)" when nobody is named."""
    return f"({confidence.value}, {source})" if source.strip() else f"({confidence.value})"


def estimate_words(estimate: Estimate) -> str:
    return f"{estimate.window.text} {attribution(estimate.confidence, estimate.source)}"


def days_words(days: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def before_release(estimate: Estimate, days: int) -> str:
    window = estimate.window
    if window.is_exact:
        return f"out {days_words(days)}, {estimate_words(estimate)}"
    return f"release window {window.text} starts {days_words(days)} {_attr(estimate)}"


def release_day(estimate: Estimate) -> str:
    window = estimate.window
    if window.is_exact:
        return f"out today, {estimate_words(estimate)}"
    return f"release window {window.text} starts today {_attr(estimate)}"


def _attr(estimate: Estimate) -> str:
    return attribution(estimate.confidence, estimate.source)


PAST_AFTER = timedelta(days=3)  # a status in force this long before it was learnt is told as past


def day_words(day: date) -> str:
    """ "19 February 2026" (no leading zero)."""
    return f"{day.day} {day:%B %Y}"


def _source(confidence: Confidence, source: str) -> str:
    """ "(TVmaze)" for an official word with its source, else the attribution."""
    if confidence is Confidence.OFFICIAL and source.strip():
        return f"({source.strip()})"
    return attribution(confidence, source)


def was(previous: Estimate | None) -> str:
    return "" if previous is None else f", was {estimate_words(previous)}"


def date_news(after: Estimate, before: Estimate | None) -> str:
    """ "official date 29 January 2027 (TVmaze), was early 2027 (speculated)"."""
    moved = before is not None and before.confidence is Confidence.OFFICIAL and before.window.is_exact
    verb = "official date moved to" if moved else "official date"
    return f"{verb} {after.window.text} {_source(after.confidence, after.source)}{was(before)}"


def claim_news(claim: ReleaseClaim, before: Estimate | None) -> str:
    """ "new release estimate, early 2027 (speculated, Soompi), was December 2026 (reported)"."""
    words = f"{claim.window.text} {attribution(claim.confidence, claim.source)}"
    same = before is not None and before.window == claim.window
    return f"new release estimate, {words}{'' if same else was(before)}"


def status_news(now: StatusChange, previous: Status | None, learnt: datetime, *, back: bool) -> str:
    """ "now scheduled, was post-production (official, TVmaze)"; a status long in force reads as past:
    "post-production since 19 February 2026 (TVmaze)", "released on 28 January 2022 (TVmaze)"."""
    label = now.status.label.lower()
    attr = _source(now.confidence, now.source)
    before = f", was {previous.label.lower()}" if previous is not None else ""
    if learnt.date() - now.since >= PAST_AFTER:
        if now.status.is_final:
            return f"{label} on {day_words(now.since)} {attr}{before}"
        return f"{label} since {day_words(now.since)} {attr}{before}"
    return f"{'back to' if back else 'now'} {label}{before} {attr}"


def aware(moment: datetime) -> datetime:
    """Stored moments without a zone are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
