"""What one line of the watchlist table shows, computed once per title summary so `data()` stays cheap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cliffhanger.domain.matching import fold
from cliffhanger.domain.summary import TitleFacts, TitleSummary
from cliffhanger.domain.vocabulary import Confidence, Status, WatchState


@dataclass(frozen=True, slots=True)
class Row:
    """A title's line: the season in focus, its status and its best release estimate."""

    summary: TitleSummary
    season: str
    season_number: int
    status: Status | None
    expected: str
    confidence: Confidence | None
    earliest: date | None
    overdue: bool
    haystack: str  # folded name, original name and network, for filtering
    key: str  # the name as it sorts

    @property
    def title(self) -> TitleFacts:
        """The title's own facts (name, kind, year, network, watch state); not its seasons or cast."""
        return self.summary.facts

    @property
    def title_id(self) -> int:
        return self.summary.facts.id

    @property
    def status_label(self) -> str:
        return self.status.label if self.status else "Unknown"

    @property
    def expected_line(self) -> str:
        if not self.expected:
            return "—"
        return f"{self.expected} · {self.confidence.value}" if self.confidence else self.expected


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def make_row(summary: TitleSummary, today: date) -> Row:
    facts, status, estimate = summary.facts, summary.status, summary.estimate
    if not summary.has_focus or summary.season is None:
        season, number = ("Film" if facts.kind.value == "film" else "—"), 0
    else:
        season, number = f"Season {summary.season}", summary.season
    done = summary.progress
    if done is not None and summary.season is not None:
        same = done.season == summary.season
        season += f" · {done.watched}/{done.total}" if same else f" · {done.text}"
    return Row(
        summary=summary,
        season=season,
        season_number=number,
        status=status,
        expected=_capital(estimate.text) if estimate else "",
        confidence=estimate.confidence if estimate else None,
        earliest=estimate.window.earliest if estimate else None,
        overdue=bool(estimate and estimate.is_overdue(today, status)),
        haystack=fold(" ".join((facts.name, facts.original_name, facts.network))),
        key=facts.name.casefold(),
    )


_STATUS_ORDER = {status: i for i, status in enumerate(Status)}
_WATCH_ORDER = {state: i for i, state in enumerate(WatchState)}
_FAR = date.max


def sort_key(row: Row, column: int) -> tuple[object, ...]:
    """The key a column sorts by; ties fall back to the name."""
    name = row.key
    match column:
        case 1:
            return (row.season_number, name)
        case 2:
            return (_STATUS_ORDER.get(row.status, len(_STATUS_ORDER)) if row.status else 99, name)
        case 3:
            return (row.earliest or _FAR, name)
        case 4:
            return (_WATCH_ORDER[row.title.watch], name)
    return (name, row.title.year or 0)
