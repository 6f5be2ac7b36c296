"""Filtering the watchlist as the user types (name, original name, network) and by status.

The table shows this model, which holds only an index array: the positions of the accepted rows in the
watchlist model, in its order. A keystroke computes the new array in one Python pass over precomputed search
text (over the previous result alone when the new words only narrow the old ones) and tells the view through
one layout change, so Qt never calls back into Python once per row; `data()` runs only for painted cells.
Sorting is the watchlist model's own (a sort of precomputed keys); the array follows it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)

from cliffhanger.domain.matching import fold
from cliffhanger.domain.vocabulary import Status

from .watchlist_model import HEADERS, WatchlistModel

_STATUSES: dict[str | None, Status] = {status.value: status for status in Status}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Query = tuple[tuple[str, ...], Status | None]
# Asked by every delegate for every painted cell, never answered by the watchlist: said at once, so a repaint
# costs a few calls into Python per cell instead of seven
_UNANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
    )
)


def _narrows(new: Query, old: Query) -> bool:
    """Every row `new` accepts is accepted by `old`: same status or none before, and each old word is part
    of some new word."""
    (new_words, new_status), (old_words, old_status) = new, old
    if old_status is not None and new_status is not old_status:
        return False
    return all(any(o in n for n in new_words) for o in old_words)


class WatchlistFilter(QAbstractTableModel):
    """Keeps titles whose name, original name or network holds every typed word, and the chosen status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: WatchlistModel | None = None
        self._query: Query = ((), None)
        self._haystacks: list[str] = []
        self._statuses: list[Status | None] = []
        self._ids: list[int] = []  # title id per watchlist row, as last read
        self._visible: list[int] = []
        self._last: tuple[Query, list[int]] = (((), None), [])
        self._results: dict[Query, list[int]] = {}  # recent answers, so deleting a letter is a lookup

    # -- the source ----------------------------------------------------------------------------------
    def setSourceModel(self, model: WatchlistModel) -> None:
        if self._source is not None:
            for signal in self._signals(self._source):
                signal.disconnect(self._source_changed)
            self._source.headerDataChanged.disconnect(self.headerDataChanged)
        self._source = model
        for signal in self._signals(model):
            signal.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self.beginResetModel()
        self._read_source()
        self._visible = self._compute(self._query)
        self.endResetModel()

    @staticmethod
    def _signals(model: WatchlistModel) -> tuple[SignalInstance, ...]:
        return (
            model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged
        )  # fmt: skip

    def sourceModel(self) -> WatchlistModel | None:
        return self._source

    def source_model(self) -> WatchlistModel:
        assert self._source is not None
        return self._source

    def _read_source(self) -> None:
        lines = self._source.lines() if self._source is not None else []
        self._haystacks = list(map(attrgetter("haystack"), lines))  # no Python call per row
        self._statuses = list(map(_STATUSES.get, map(attrgetter("status"), lines)))
        self._ids = list(map(attrgetter("id"), lines))
        self._results.clear()
        self._last = (((), None), list(range(len(lines))))

    def _source_changed(self, *_args: object) -> None:
        """Rows came, went, changed or moved: read the search text again and re-decide, keeping selections."""
        self._relayout(self._read_source)

    # -- the filter ----------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return " ".join(self._query[0])

    @property
    def status(self) -> Status | None:
        return self._query[1]

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._query[0]:
            self._set_query((words, self._query[1]))

    def set_status(self, status: Status | None) -> None:
        if status != self._query[1]:
            self._set_query((self._query[0], status))

    def _set_query(self, query: Query) -> None:
        self._query = query
        self._relayout(lambda: None)

    def _compute(self, query: Query) -> list[int]:
        if query in self._results:
            return self._results[query]
        last_query, last = self._last
        base: Sequence[int] | None = last if _narrows(query, last_query) else None
        words, status = query
        hays, statuses = self._haystacks, self._statuses
        if base is None:
            base = range(len(hays)) if status is None else [i for i, s in enumerate(statuses) if s is status]
        elif status is not None and last_query[1] is None:
            base = [i for i in base if statuses[i] is status]
        for word in words:  # one comprehension per word, never a call per row
            base = [i for i in base if word in hays[i]]
        found = list(base)
        if len(self._results) > 64:
            self._results.clear()
        self._results[query] = found
        self._last = (query, found)
        return found

    def _relayout(self, change: Callable[[], object]) -> None:
        """Apply `change` and the current query as one layout change; persistent indexes follow their
        titles, or become invalid when their title is filtered out."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._title_id_at(i.row()) for i in before]
        change()
        self._visible = self._compute(self._query)
        after = [self._index_of_title(tid, i.column()) for tid, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _title_id_at(self, row: int) -> int | None:
        if not 0 <= row < len(self._visible) or self._visible[row] >= len(self._ids):
            return None
        return self._ids[self._visible[row]]

    def _index_of_title(self, title_id: int | None, column: int) -> QModelIndex:
        if title_id is None or self._source is None:
            return QModelIndex()
        return self.mapFromSource(self._source.index(self._source.row_of(title_id), column))

    # -- the QAbstractItemModel interface --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._source is None else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return self._source.headerData(section, orientation, role) if self._source is not None else None

    def roleNames(self) -> dict[int, QByteArray]:
        return self._source.roleNames() if self._source is not None else super().roleNames()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in _UNANSWERED or self._source is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._visible) or not index.isValid():
            return None
        return self._source.cell(self._visible[row], index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def mapToSource(self, index: Index) -> QModelIndex:
        if self._source is None or not index.isValid() or not 0 <= index.row() < len(self._visible):
            return QModelIndex()
        return self._source.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        """The filtered row of a watchlist row (the array is in source order, so a binary search)."""
        if not index.isValid():
            return QModelIndex()
        position = bisect_left(self._visible, index.row())
        if position < len(self._visible) and self._visible[position] == index.row():
            return self.index(position, index.column())
        return QModelIndex()
