"""How events read, in the words a person uses.

"All of Us Are Dead, season 2: release date announced, 15 January 2027 (official, Netflix)".
"""

from __future__ import annotations

from datetime import UTC, datetime

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Confidence, Kind
from cliffhanger.domain.windows import ReleaseWindow


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


def date_announced(
    window: ReleaseWindow, previous: ReleaseWindow | None, confidence: Confidence, source: str
) -> str:
    if previous is None:
        return f"release date announced, {window.text} {attribution(confidence, source)}"
    return f"release date moved to {window.text}, was {previous.text} {attribution(confidence, source)}"


def aware(moment: datetime) -> datetime:
    """Stored moments without a zone are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
