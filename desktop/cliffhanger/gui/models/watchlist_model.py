"""The watchlist as a Qt table: one row per title, showing the season a fan waits for.

The model holds the titles' summary lines (the read model, `domain.summary_line`), not whole titles: each row
works out its words when first painted (see `rows.Row`), so a long list is shown as soon as it is read. A
whole `Title` is fetched only when asked for (the selected one), through the loader the controller sets, and
kept until the next reload. The model sorts itself (a Python sort of the lines' own keys), fast with tens of
thousands of titles.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from datetime import date
from enum import IntEnum
from operator import attrgetter, itemgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cliffhanger.domain.models import Title
from cliffhanger.domain.summary import TitleSummary, summarise
from cliffhanger.domain.summary_line import SummaryLine, line_of, summary_of
from cliffhanger.domain.vocabulary import Status
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate

from .. import theme
from ..locale_text import lower_word, word
from .rows import Row, build_rows, make_row, sort_key

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    TITLE = 0
    SEASON = 1
    STATUS = 2
    EXPECTED = 3
    WATCH = 4


HEADERS = (
    QT_TRANSLATE_NOOP("WatchlistModel", "Title"),
    QT_TRANSLATE_NOOP("WatchlistModel", "Season"),
    QT_TRANSLATE_NOOP("WatchlistModel", "Status"),
    QT_TRANSLATE_NOOP("WatchlistModel", "Expected"),
    QT_TRANSLATE_NOOP("WatchlistModel", "Watch"),
)


class Role(IntEnum):
    """Named roles; every column answers all of them for its row."""

    TITLE_ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    CONFIDENCE = Qt.ItemDataRole.UserRole + 4
    OVERDUE = Qt.ItemDataRole.UserRole + 5
    SEARCH = Qt.ItemDataRole.UserRole + 6
    ROW = Qt.ItemDataRole.UserRole + 7


_ROLE_NAMES = {
    Role.TITLE_ID: b"titleId",
    Role.TITLE: b"title",
    Role.STATUS: b"status",
    Role.CONFIDENCE: b"confidence",
    Role.OVERDUE: b"overdue",
    Role.SEARCH: b"search",
    Role.ROW: b"row",
}

_SETTLED = {status.value for status in Status if status.is_out or status.is_final}  # no longer awaited
_WINDOW = itemgetter(SummaryLine._fields.index("earliest"), SummaryLine._fields.index("latest"))


def _coming_order(line: SummaryLine) -> tuple[str | None, str | None, str]:
    """How `upcoming_view.entries` orders a summary's entry: its window, then its folded "Name S2"."""
    label = line.key if line.season is None else f"{line.key} s{line.season}"
    return (line.earliest, line.latest, label)


_DISPLAY: dict[int, Callable[[Row], str]] = {
    Column.TITLE: lambda r: r.title.name,
    Column.SEASON: lambda r: r.season,
    Column.STATUS: lambda r: r.status_label,
    Column.EXPECTED: lambda r: r.expected_line,
    Column.WATCH: lambda r: word(r.watch),
}


class WatchlistModel(QAbstractTableModel):
    """Titles on the watchlist, one per row.

    Signals:
        titles_changed: the set of titles or any of their facts changed (for summaries such as the tray's).
    """

    titles_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._positions: dict[int, int] | None = None  # title id -> row, rebuilt when rows move
        self._full: dict[int, Title] = {}
        self.loader: Callable[[int], Title | None] | None = None
        self._today = today
        self._sort: tuple[int, Qt.SortOrder] = (Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.loaded = False

    # -- the QAbstractItemModel interface --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()})
        return names

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("WatchlistModel", HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column: int, role: int) -> object:
        """What `data()` answers for a row and column, without building an index (the filter calls this)."""
        row = self._rows[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](row)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.EXPECTED:
            return _expected_tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.EXPECTED and row.overdue:
            return QBrush(QColor(theme.palette().overdue))
        return self._role_value(row, role)

    def _role_value(self, row: Row, role: int) -> object:
        match role:
            case Role.TITLE_ID:
                return row.title_id
            case Role.TITLE:
                return self.title(row.title_id)
            case Role.STATUS:
                return row.status.value if row.status else None
            case Role.CONFIDENCE:
                return row.confidence.value if row.confidence else None
            case Role.OVERDUE:
                return row.overdue
            case Role.SEARCH:
                return row.haystack
            case Role.ROW:
                return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].title_id for i in before]
        self._sort_rows()
        positions = self._position_map()
        after = [self.index(positions[tid], i.column()) for tid, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[int, bool]:
        """The column the rows are sorted by and whether descending (for rows built elsewhere)."""
        column, order = self._sort
        return column, order == Qt.SortOrder.DescendingOrder

    def _sort_rows(self) -> None:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=lambda r: sort_key(r, column), reverse=reverse)
        self._positions = None

    # -- reading -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self._today()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def summaries(self) -> list[TitleSummary]:
        return [row.summary for row in self._rows]

    def lines(self) -> list[SummaryLine]:
        """Every row's summary line, in the table's order."""
        return list(map(attrgetter("line"), self._rows))

    def awaited(self, today: date, soonest: int | None = None) -> list[TitleSummary]:
        """The summaries of titles still awaited whose best estimate has not passed by `today` (what the
        tray's next dates are chosen from); with `soonest`, only the `soonest` first in the order the tray
        sorts them (window, then "Name S2"), so a long list makes a handful of summaries, not every one."""
        day = today.isoformat()
        waiting = [
            line for line in map(attrgetter("line"), self._rows)
            if line.latest is not None and line.latest >= day and line.status not in _SETTLED
        ]  # fmt: skip
        if soonest is not None and len(waiting) > soonest:
            waiting.sort(key=_WINDOW)  # a sort in C by window; the names only break the ties at the cut
            cut = soonest
            while cut < len(waiting) and _WINDOW(waiting[cut]) == _WINDOW(waiting[soonest - 1]):
                cut += 1
            waiting = heapq.nsmallest(soonest, waiting[:cut], key=_coming_order)
        return [summary_of(line) for line in waiting]

    def _position_map(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {row.title_id: n for n, row in enumerate(self._rows)}
        return self._positions

    def row_of(self, title_id: int) -> int:
        return self._position_map().get(title_id, -1)

    def title(self, title_id: int) -> Title | None:
        """The whole title (seasons, claims, cast): kept from the last write, else read through `loader`."""
        if title_id in self._full:
            return self._full[title_id]
        if self.row_of(title_id) < 0 or self.loader is None:
            return None
        title = self.loader(title_id)
        if title is not None:
            self._full[title_id] = title
        return title

    # -- changing ------------------------------------------------------------------------------------
    def _line_of(self, item: Title | TitleSummary | SummaryLine) -> SummaryLine:
        if isinstance(item, SummaryLine):
            return item
        if isinstance(item, Title):
            assert item.id is not None
            self._full[item.id] = item
            return line_of(summarise(item))
        return line_of(item)

    def set_titles(self, items: Iterable[Title | TitleSummary | SummaryLine]) -> None:
        """Replace everything (the first load): lines, summaries, or whole titles (kept for `title()`)."""
        self._full.clear()
        lines = [self._line_of(item) for item in items]
        column, descending = self.sort_order()
        self._replace(build_rows(lines, self._today(), column, descending), (column, descending))

    def set_rows(self, rows: list[Row], *, sorted_by: tuple[int, bool] | None = None) -> None:
        """Replace everything with rows built elsewhere (`rows.build_rows`, on a reader thread); sorted again
        here only when `sorted_by` is not the model's sort order now."""
        self._full.clear()
        self._replace(rows, sorted_by)

    def _replace(self, rows: list[Row], sorted_by: tuple[int, bool] | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._positions = None
        if sorted_by != self.sort_order():
            self._sort_rows()
        self.loaded = True
        self.endResetModel()
        self.titles_changed.emit()

    def merge(self, items: Iterable[Title | TitleSummary | SummaryLine]) -> None:
        """Bring the model in line with a fresh load, touching only rows that differ (keeps the selection).

        Whole titles kept from earlier are dropped: something not in the summary (the cast) may have changed.
        """
        self._full.clear()
        fresh = {line.id: line for line in map(self._line_of, items)}
        for row in [r for r in self._rows if r.title_id not in fresh]:
            self.discard(row.title_id, notify=False)
        known = {row.title_id: row.line for row in self._rows}
        changed = [line for line in fresh.values() if known.get(line.id) != line]
        for line in changed:
            self._place(line)
        if changed:
            self.sort(*self._sort)
        self.loaded = True
        self.titles_changed.emit()

    def put(self, title: Title) -> None:
        """Insert or replace one title (as a write returned it), keeping the current sort order."""
        self._place(self._line_of(title))
        self.sort(*self._sort)
        self.titles_changed.emit()

    def _place(self, line: SummaryLine) -> None:
        row = make_row(line, self._today())
        position = self.row_of(row.title_id)
        if position >= 0:
            self._rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))
        else:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self._positions = None
            self.endInsertRows()

    def discard(self, title_id: int, *, notify: bool = True) -> None:
        position = self.row_of(title_id)
        self._full.pop(title_id, None)
        if position < 0:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._positions = None
        self.endRemoveRows()
        if notify:
            self.titles_changed.emit()


def _expected_tooltip(row: Row) -> str | None:
    if not row.expected:
        return translate("WatchlistModel", "No release date or window known yet")
    sure = lower_word(row.confidence) if row.confidence else translate("WatchlistModel", "unknown")
    tip = (
        translate("WatchlistModel", "Best estimate: %1 (%2)").replace("%1", row.expected).replace("%2", sure)
    )
    passed = translate("WatchlistModel", "This window has passed without a release")
    return f"{tip}\n{passed}" if row.overdue else tip
