"""Filtering the watchlist as the user types (name, original name, network) and by status.

The decision for every row is computed in one Python pass over precomputed search text, so the per-row
`filterAcceptsRow` is a list lookup. Sorting is handed to the source model, which sorts precomputed keys.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from cliffhanger.domain.matching import fold
from cliffhanger.domain.vocabulary import Status

from .watchlist_model import WatchlistModel


class WatchlistFilter(QSortFilterProxyModel):
    """Keeps titles whose name, original name or network holds every typed word, and the chosen status."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._status: Status | None = None
        self._accepted: list[bool] = []
        self._haystacks: list[str] = []
        self._statuses: list[Status | None] = []
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: WatchlistModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._recompute)
            old.rowsInserted.disconnect(self._recompute)
            old.rowsRemoved.disconnect(self._recompute)
            old.dataChanged.disconnect(self._recompute)
            old.layoutChanged.disconnect(self._recompute)
        # Connected before the proxy's own handlers, so the decisions are ready when the proxy asks.
        model.modelReset.connect(self._recompute)
        model.rowsInserted.connect(self._recompute)
        model.rowsRemoved.connect(self._recompute)
        model.dataChanged.connect(self._recompute)
        model.layoutChanged.connect(self._recompute)
        super().setSourceModel(model)
        self._recompute()

    @property
    def text(self) -> str:
        return " ".join(self._words)

    @property
    def status(self) -> Status | None:
        return self._status

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_status(self, status: Status | None) -> None:
        if status != self._status:
            self._refilter(lambda: setattr(self, "_status", status))

    def _refilter(self, change) -> None:  # type: ignore[no-untyped-def]
        self.beginFilterChange()
        change()
        self._decide()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self, *_args: object) -> None:
        model = self.sourceModel()
        rows = model.rows() if isinstance(model, WatchlistModel) else []
        self._haystacks = [row.haystack for row in rows]
        self._statuses = [row.status for row in rows]
        self._decide()

    def _decide(self) -> None:
        haystacks = self._haystacks
        if self._status is None:
            accepted = [True] * len(haystacks)
        else:
            status = self._status
            accepted = [s is status for s in self._statuses]
        for word in self._words:  # one list comprehension per word: far cheaper than a call per row
            accepted = [ok and word in hay for ok, hay in zip(accepted, haystacks, strict=True)]
        self._accepted = accepted

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Called once per row on every keystroke: kept to a list lookup (the table has no child rows).
        try:
            return self._accepted[source_row]
        except IndexError:
            self._recompute()
            return source_row < len(self._accepted) and self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def source_model(self) -> WatchlistModel:
        model = self.sourceModel()
        assert isinstance(model, WatchlistModel)
        return model
