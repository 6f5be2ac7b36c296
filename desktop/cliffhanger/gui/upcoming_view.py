"""The Upcoming view: a timeline of what the watchlist waits for, months along the axis.

Exact days are dots, fuzzy windows are bars over their span, coloured by confidence; a window that has
passed with the season still not out is flagged overdue. Clicking a row selects the title in the watchlist.

Signals:
    title_activated(int): the user clicked the row of this title.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import Title
from cliffhanger.domain.summary import TitleSummary
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.i18n import translate

from .locale_text import lower_word, window_text
from .models.episode_model import when_text

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .models.watchlist_model import WatchlistModel

ROW, LABEL, TOP, MONTH = 30, 230, 34, 70


@dataclass(frozen=True)
class Entry:
    """One season (or film) on the timeline."""

    title_id: int
    label: str
    start: date
    end: date
    confidence: Confidence
    exact: bool
    overdue: bool
    window_text: str  # in the user's language, as a person would say it ("early 2027")


def _seasons(item: Title | TitleSummary) -> list[tuple[int | None, Estimate | None, Status | None]]:
    """(number, estimate, status) of every season of a whole title, or of a summary's focus season."""
    if isinstance(item, TitleSummary):
        return [(item.season, item.estimate, item.status)] if item.has_focus else []
    return [(s.number, s.expected, s.status) for s in item.seasons]


def episode_entries(
    episodes: Iterable[tuple[int, Episode]], names: dict[int, str], shown: set[tuple[int, str, date]]
) -> list[Entry]:
    """The next episode of each season as an exact day, unless its season's own entry already marks that day
    (a premiere); its air time, when known, is in the computer's zone."""
    found = []
    for title_id, episode in episodes:
        name, day = names.get(title_id), episode.airdate
        if name is None or day is None or (title_id, f"{name} S{episode.season}", day) in shown:
            continue
        if episode.airstamp is not None:
            day = episode.airstamp.astimezone().date()  # the day it airs here, as its time is shown
        text = when_text(episode)
        found.append(
            Entry(title_id, f"{name} {episode.code}", day, day, Confidence.OFFICIAL, True, False, text)
        )
    return found


def entries(
    titles: Iterable[Title | TitleSummary], today: date, episodes: Iterable[tuple[int, Episode]] = ()
) -> list[Entry]:
    """Seasons still awaited that have an estimate, and each season's next episode, soonest first (summaries
    give their focus season)."""
    titles = list(titles)
    found = []
    for title in titles:
        for number, estimate, status in _seasons(title):
            if (
                estimate is None
                or title.id is None
                or (status is not None and (status.is_out or status.is_final))
            ):
                continue
            name = title.name if number is None else f"{title.name} S{number}"
            window, overdue = estimate.window, estimate.is_overdue(today, status)
            found.append(Entry(title.id, name, window.earliest, window.latest, estimate.confidence,
                               window.is_exact, overdue, window_text(window)))  # fmt: skip
    names = {t.id: t.name for t in titles if t.id is not None}
    shown = {(e.title_id, e.label, e.start) for e in found if e.exact}
    found += episode_entries(episodes, names, shown)
    return sorted(found, key=lambda e: (e.start, e.end, e.label.casefold()))


def _month_start(day: date, shift: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


class Timeline(QWidget):
    """The painted timeline; sized to its rows so a scroll area can hold it."""

    title_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Entry] = []
        self.today = date.today()
        self.first = self.last = _month_start(self.today)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("UpcomingView", "Upcoming releases"))

    def set_entries(self, items: list[Entry], today: date) -> None:
        self.items, self.today = items, today
        starts = [e.start for e in items] + [today]
        ends = [e.end for e in items] + [today]
        self.first = _month_start(min(min(starts), today), -1)
        self.last = _month_start(max(ends), 2)
        if (self.last.year - self.first.year) * 12 + self.last.month - self.first.month > 36:
            self.last = _month_start(self.first, 36)
        overdue = translate("UpcomingView", "overdue")
        said = "; ".join(
            f"{e.label}: {e.window_text}, {lower_word(e.confidence)}" + (f", {overdue}" if e.overdue else "")
            for e in items
        )
        self.setAccessibleDescription(said or translate("UpcomingView", "Nothing expected yet"))
        self.updateGeometry()
        self.update()

    def months(self) -> int:
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month

    def sizeHint(self) -> QSize:
        return QSize(LABEL + self.months() * MONTH + 20, TOP + max(1, len(self.items)) * ROW + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def x_of(self, day: date) -> float:
        clamped = min(max(day, self.first), self.last)
        months = (clamped.year - self.first.year) * 12 + clamped.month - self.first.month
        fraction = (clamped.day - 1) / calendar.monthrange(clamped.year, clamped.month)[1]
        return LABEL + (months + fraction) * MONTH

    def row_at(self, y: float) -> int | None:
        index = int((y - TOP) // ROW)
        return index if y >= TOP and 0 <= index < len(self.items) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.title_activated.emit(self.items[index].title_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor)
        if index is not None:
            item = self.items[index]
            flag = " — " + translate("UpcomingView", "overdue") if item.overdue else ""
            self.setToolTip(f"{item.label}: {item.window_text} ({lower_word(item.confidence)}){flag}")

    def paintEvent(self, event: QPaintEvent) -> None:
        from .upcoming_paint import paint_timeline

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_timeline(self, painter)
        painter.end()


class UpcomingView(QScrollArea):
    """The timeline in a scroll area, fed with the watchlist's titles."""

    title_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = Timeline()
        self.setWidget(self.timeline)
        self.setWidgetResizable(True)
        self.timeline.title_activated.connect(self.title_activated)

    def set_titles(
        self, titles: Iterable[Title], today: date, episodes: Iterable[tuple[int, Episode]] = ()
    ) -> None:
        self.timeline.set_entries(entries(titles, today, episodes), today)


Upcoming = tuple[list[Title], list[tuple[int, Episode]]]  # every title, and each season's next episode


def _split(found: Upcoming | list[Title]) -> Upcoming:
    """`load` hands over titles, or (titles, next episodes)."""
    return found if isinstance(found, tuple) else (found, [])


def install(
    window: MainWindow, model: WatchlistModel, load: Callable[[Callable[[Upcoming], None]], None]
) -> UpcomingView:
    """Add the view to the main window as a tab that follows the watchlist model.

    The timeline needs every season of every title, so it is worked out only while its tab is shown: when
    first shown, and again on a change while shown; `load(done)` reads the whole titles in the background.
    """
    view = UpcomingView()
    index = window.add_view(translate("UpcomingView", "Upcoming"), view)
    stale = [True]

    def show(found: Upcoming | list[Title]) -> None:
        titles, episodes = _split(found)
        view.set_titles(titles, date.today(), episodes)

    def refresh() -> None:
        stale[0] = False
        load(show)

    def changed() -> None:
        stale[0] = True
        if window.views.currentIndex() == index and view.isVisible():
            refresh()

    def tab_shown(current: int) -> None:
        if current == index and stale[0]:
            refresh()

    def activated(title_id: int) -> None:
        window.open_title(title_id, raise_window=False)

    model.titles_changed.connect(changed)
    window.views.currentChanged.connect(tab_shown)
    view.title_activated.connect(activated)
    return view
