"""What one line of the watchlist table shows, made from the title's stored summary line.

A row keeps the line as read and works out each column's text the first time it is asked for: a list of tens
of thousands of titles is shown after one read, and only the rows painted ever build their words. Sorting and
filtering read the line's own values (sort key, search text, day as ISO text), never the words.

The words are in the user's language (the language is loaded before any row)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.summary import TitleFacts, TitleSummary
from cliffhanger.domain.summary_line import (
    SummaryLine,
    estimate_of_line,
    facts_of_line,
    line_of,
    status_of_line,
    summary_of,
)
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.i18n import translate

from ..locale_text import lower_word, window_text, word

_CONFIDENCES = {c.value: c for c in Confidence}
_WATCHES = {w.value: w for w in WatchState}


class Row:
    """A title's line: the season in focus, its status and its best release estimate."""

    __slots__ = ("_estimate", "_estimated", "_facts", "_season", "_summary", "line", "today")

    def __init__(self, line: SummaryLine, today: date) -> None:
        self.line, self.today = line, today
        self._facts: TitleFacts | None = None
        self._summary: TitleSummary | None = None
        self._season: str | None = None
        self._estimate: Estimate | None = None
        self._estimated = False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and (self.line, self.today) == (other.line, other.today)

    def __hash__(self) -> int:
        return hash((self.line, self.today))

    def __repr__(self) -> str:
        return f"Row({self.line!r}, {self.today!r})"

    @property
    def summary(self) -> TitleSummary:
        if self._summary is None:
            self._summary = summary_of(self.line)
        return self._summary

    @property
    def title(self) -> TitleFacts:
        """The title's own facts (name, kind, year, network, watch state); not its seasons or cast."""
        if self._facts is None:
            self._facts = facts_of_line(self.line)
        return self._facts

    @property
    def title_id(self) -> int:
        return self.line.id

    @property
    def haystack(self) -> str:
        """The folded name, original name and network, for filtering."""
        return self.line.haystack

    @property
    def key(self) -> str:
        """The name as it sorts."""
        return self.line.key

    @property
    def watch(self) -> WatchState:
        return _WATCHES[self.line.watch]

    @property
    def status(self) -> Status | None:
        return status_of_line(self.line)

    @property
    def season_number(self) -> int:
        line = self.line
        return line.season if line.has_focus and line.season is not None else 0

    @property
    def season(self) -> str:
        if self._season is None:
            self._season = _season_text(self.line)
        return self._season

    def _best(self) -> Estimate | None:
        if not self._estimated:
            self._estimate, self._estimated = estimate_of_line(self.line), True
        return self._estimate

    @property
    def expected(self) -> str:
        estimate = self._best()
        return _capital(window_text(estimate.window)) if estimate else ""

    @property
    def confidence(self) -> Confidence | None:
        value = self.line.confidence
        return None if value is None else _CONFIDENCES[value]

    @property
    def earliest(self) -> date | None:
        value = self.line.earliest
        return None if value is None else date.fromisoformat(value)

    @property
    def overdue(self) -> bool:
        estimate = self._best()
        return bool(estimate and estimate.is_overdue(self.today, self.status))

    @property
    def status_label(self) -> str:
        status = self.status
        return word(status) if status else translate("Rows", "Unknown")

    @property
    def expected_line(self) -> str:
        expected = self.expected
        if not expected:
            return "—"
        confidence = self.confidence
        return f"{expected} · {lower_word(confidence)}" if confidence else expected


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def season_text(number: int) -> str:
    """ "Season 2"."""
    return translate("Rows", "Season %1").replace("%1", str(number))


def _season_text(line: SummaryLine) -> str:
    if not line.has_focus or line.season is None:
        return word(Kind.FILM) if line.kind == Kind.FILM.value else "—"
    season = season_text(line.season)
    if line.progress_season is None:
        return season
    watched, total = line.watched, line.total
    if line.progress_season == line.season:
        return season + f" · {watched}/{total}"
    other = translate("Rows", "S%1 · %2/%3").replace("%1", str(line.progress_season))
    return season + " · " + other.replace("%2", str(watched)).replace("%3", str(total))


def make_row(item: SummaryLine | TitleSummary, today: date) -> Row:
    return Row(item if isinstance(item, SummaryLine) else line_of(item), today)


_STATUS_ORDER = {status.value: i for i, status in enumerate(Status)}
_WATCH_ORDER = {state.value: i for i, state in enumerate(WatchState)}
_FAR = date.max.isoformat()


def sort_key(row: Row, column: int) -> tuple[object, ...]:
    """The key a column sorts by; ties fall back to the name."""
    line = row.line
    name = line.key
    match column:
        case 1:
            return (row.season_number, name)
        case 2:
            return (_STATUS_ORDER.get(line.status, len(_STATUS_ORDER)) if line.status else 99, name)
        case 3:
            return (line.earliest or _FAR, name)
        case 4:
            return (_WATCH_ORDER[line.watch], name)
    return (name, line.year or 0)


def build_rows(
    items: Iterable[SummaryLine | TitleSummary], today: date, column: int = 0, descending: bool = False
) -> list[Row]:
    """Every title's row, sorted by `column`: Qt-free and touching nothing shared, so a reader thread can
    build the rows and hand the list over by value (the GUI thread then only swaps it in)."""
    rows = [make_row(item, today) for item in items]
    rows.sort(key=lambda r: sort_key(r, column), reverse=descending)
    return rows
