"""A title's summary in its stored form: plain values in one tuple, for reading tens of thousands at once.

The list reads every title's line at start, so a line is what a database row gives: enum values as their
text, days as ISO text, the search text and sort key made when it was stored. `summary_of` turns a line into
the `TitleSummary` it stands for and `line_of` the other way; a property test holds them inverse.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .episodes import Progress
from .estimate import Estimate
from .matching import fold
from .summary import TitleFacts, TitleSummary
from .vocabulary import Confidence, Kind, Status, WatchState
from .windows import Precision, ReleaseWindow


class SummaryLine(NamedTuple):
    """One title's line of the list, as stored (see the module's text)."""

    id: int
    name: str
    kind: str
    year: int | None
    original_name: str
    network: str
    watch: str
    haystack: str  # the folded name, original name and network a filter looks in
    key: str  # the name as it sorts
    has_focus: bool
    season: int | None
    status: str | None
    earliest: str | None  # the best estimate's window, when there is one
    latest: str | None
    precision: str | None
    confidence: str | None
    source: str | None
    progress_season: int | None  # the season in progress, when episodes are known
    watched: int | None
    total: int | None


def search_text(name: str, original_name: str, network: str) -> str:
    """What a filter matches a title by."""
    return fold(" ".join((name, original_name, network)))


def sort_key(name: str) -> str:
    return name.casefold()


_KINDS = {k.value: k for k in Kind}
_WATCHES = {w.value: w for w in WatchState}
_STATUSES = {s.value: s for s in Status}
_CONFIDENCES = {c.value: c for c in Confidence}
_PRECISIONS = {p.value: p for p in Precision}


def facts_of_line(line: SummaryLine) -> TitleFacts:
    return TitleFacts(
        line.id,
        line.name,
        _KINDS[line.kind],
        line.year,
        line.original_name,
        line.network,
        _WATCHES[line.watch],
    )


def status_of_line(line: SummaryLine) -> Status | None:
    return None if line.status is None else _STATUSES[line.status]


def estimate_of_line(line: SummaryLine) -> Estimate | None:
    if line.earliest is None or line.latest is None or line.precision is None or line.confidence is None:
        return None
    window = ReleaseWindow(
        date.fromisoformat(line.earliest), date.fromisoformat(line.latest), _PRECISIONS[line.precision]
    )
    return Estimate(window, _CONFIDENCES[line.confidence], line.source or "")


def progress_of_line(line: SummaryLine) -> Progress | None:
    if line.progress_season is None or line.watched is None or line.total is None:
        return None
    return Progress(line.progress_season, line.watched, line.total)


def summary_of(line: SummaryLine) -> TitleSummary:
    """The summary a line stands for."""
    return TitleSummary(
        facts_of_line(line),
        bool(line.has_focus),
        line.season,
        status_of_line(line),
        estimate_of_line(line),
        progress_of_line(line),
    )


def line_of(summary: TitleSummary) -> SummaryLine:
    """The line that stands for a summary."""
    facts, estimate, done = summary.facts, summary.estimate, summary.progress
    window = estimate.window if estimate else None
    return SummaryLine(
        facts.id, facts.name, facts.kind.value, facts.year, facts.original_name, facts.network,
        facts.watch.value, search_text(facts.name, facts.original_name, facts.network), sort_key(facts.name),
        summary.has_focus, summary.season, summary.status.value if summary.status else None,
        window.earliest.isoformat() if window else None, window.latest.isoformat() if window else None,
        window.precision.value if window else None, estimate.confidence.value if estimate else None,
        estimate.source if estimate else None,
        done.season if done else None, done.watched if done else None, done.total if done else None,
    )  # fmt: skip
