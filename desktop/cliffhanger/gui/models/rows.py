"""What one line of the watchlist table shows, computed once per title summary so `data()` stays cheap.

The words are in the user's language, made when the row is (the language is loaded before any row)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cliffhanger.domain.matching import fold
from cliffhanger.domain.summary import TitleFacts, TitleSummary
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.i18n import translate

from ..locale_text import lower_word, window_text, word


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
        return word(self.status) if self.status else translate("Rows", "Unknown")

    @property
    def expected_line(self) -> str:
        if not self.expected:
            return "—"
        return f"{self.expected} · {lower_word(self.confidence)}" if self.confidence else self.expected


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def season_text(number: int) -> str:
    """ "Season 2"."""
    return translate("Rows", "Season %1").replace("%1", str(number))


def make_row(summary: TitleSummary, today: date) -> Row:
    facts, status, estimate = summary.facts, summary.status, summary.estimate
    if not summary.has_focus or summary.season is None:
        season, number = (word(Kind.FILM) if facts.kind.value == "film" else "—"), 0
    else:
        season, number = season_text(summary.season), summary.season
    done = summary.progress
    if done is not None and summary.season is not None:
        same = done.season == summary.season
        if same:
            season += f" · {done.watched}/{done.total}"
        else:
            other = translate("Rows", "S%1 · %2/%3").replace("%1", str(done.season))
            season += " · " + other.replace("%2", str(done.watched)).replace("%3", str(done.total))
    return Row(
        summary=summary,
        season=season,
        season_number=number,
        status=status,
        expected=_capital(window_text(estimate.window)) if estimate else "",
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


def build_rows(
    summaries: Iterable[TitleSummary], today: date, column: int = 0, descending: bool = False
) -> list[Row]:
    """Every summary's row, sorted by `column`: Qt-free and touching nothing shared, so a reader thread can
    build the rows and hand the list over by value (the GUI thread then only swaps it in)."""
    rows = [make_row(summary, today) for summary in summaries]
    rows.sort(key=lambda r: sort_key(r, column), reverse=descending)
    return rows
