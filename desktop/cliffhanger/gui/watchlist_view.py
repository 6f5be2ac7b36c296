"""The watchlist view: a search field and status filter over the table, the detail pane beside it, and an
inviting empty state while there is nothing to show."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Status
from cliffhanger.i18n import translate

from . import theme
from .detail_pane import DetailPane
from .dialogs.form import ValueCombo
from .locale_text import word
from .models.filter_model import WatchlistFilter
from .models.watchlist_model import Column, Role, WatchlistModel
from .poster_thumbnails import PosterThumbnails
from .title_actions import TitleActions
from .ui_state import UiState
from .widgets.delegates import ExpectedDelegate, StatusChipDelegate, TitleDelegate
from .widgets.empty_state import EmptyState
from .widgets.fitting_table import FittingTable


class WatchlistView(QWidget):
    """Search, filter, table and detail pane.

    Signals:
        selection_changed: another title (or none) is selected.
    """

    selection_changed = Signal()

    def __init__(self, model: WatchlistModel, detail: DetailPane, actions: TitleActions) -> None:
        super().__init__()
        self.model = model
        self.proxy = WatchlistFilter(self)
        self.proxy.setSourceModel(model)
        self.detail = detail
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("WatchlistView", "Filter by title, original title or network   (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.setAccessibleName(translate("WatchlistView", "Filter the watchlist"))
        everything = translate("WatchlistView", "All statuses")
        self.status_filter = ValueCombo([(everything, None), *((word(s), s) for s in Status)])
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.status_filter.setAccessibleName(translate("WatchlistView", "Show only titles with this status"))
        self.add_button = add = QPushButton(translate("WatchlistView", "Add show…"))
        add.setProperty("primary", True)
        add.clicked.connect(actions.add.trigger)
        self.table = self._build_table(actions)
        self.empty = EmptyState(theme.app_icon())
        self.empty.add_requested.connect(actions.add.trigger)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._framed(detail))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 6)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)
        self._update_empty()
        self.set_tab_order()

    def set_tab_order(self) -> None:
        """Tab goes filter -> status -> table -> detail pane -> its action buttons -> Add show."""
        chain = [
            self.search,
            self.status_filter,
            self.table,
            self.detail,
            *self.detail.buttons(),
            self.detail.actions_row.more,
            self.add_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _status_chosen(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.value())

    def _build_table(self, actions: TitleActions) -> FittingTable:
        table = FittingTable()
        table.setModel(self.proxy)
        table.setAccessibleName(translate("WatchlistView", "Watchlist"))
        table.setAccessibleDescription(
            translate("WatchlistView", "One row per title; Up and Down move between titles")
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move by rows
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(38)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns share the width
        self.title_delegate = TitleDelegate(table)
        table.setItemDelegateForColumn(Column.TITLE, self.title_delegate)
        table.setItemDelegateForColumn(Column.STATUS, StatusChipDelegate(table))
        table.setItemDelegateForColumn(Column.EXPECTED, ExpectedDelegate(table))
        table.setSortingEnabled(True)
        table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions(list(actions.per_title))
        table.doubleClicked.connect(lambda _index: actions.edit.trigger())
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        table.setFrameShape(QFrame.Shape.NoFrame)
        return table

    @staticmethod
    def _framed(widget: QWidget) -> QFrame:
        frame = QFrame()
        frame.setObjectName("detailFrame")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(widget)
        return frame

    def _update_empty(self, *_args: object) -> None:
        empty = self.model.loaded and self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.splitter)

    def use_posters(self, thumbnails: PosterThumbnails) -> None:
        """Draw posters from `thumbnails` (a PosterThumbnails) in the title column while posters are on."""
        self.title_delegate.thumbnails = thumbnails
        thumbnails.ready.connect(lambda _title_id: self.table.viewport().update())

    def show_posters(self, shown: bool) -> None:
        """Posters (or their placeholders) beside the titles in the list, or not."""
        self.title_delegate.show_posters = shown
        self.table.title_extra = self.title_delegate.poster_room() if shown else 0
        self.table.fit_columns()
        self.table.viewport().update()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_title(self) -> Title | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Role.TITLE) if rows else None

    def select_title(self, title_id: int) -> bool:
        position = self.model.row_of(title_id)
        index = self.proxy.mapFromSource(self.model.index(position, 0)) if position >= 0 else None
        if index is None or not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def restore_layout(self, state: UiState) -> None:
        if (header := state.header) is not None:
            self.table.restore_header(header, state.sized_columns)
        if (splitter := state.splitter) is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 400])

    def save_layout(self, state: UiState) -> None:
        state.header = self.table.header_state()
        state.sized_columns = sorted(self.table.user_sized)
        state.splitter = self.splitter.saveState()
