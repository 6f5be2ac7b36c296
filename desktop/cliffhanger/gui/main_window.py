"""The main window: a filterable watchlist table beside the selected title's details.

Extension points: `add_view(name, widget)` adds a tab beside the watchlist, `menu(name)` gives (or creates) a
menu to add actions to, `detail.add_section(widget, heading)` adds a detail section, and
`title_actions.dialog_hooks` customise every add/edit dialog.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from cliffhanger.domain.models import ReleaseClaim, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate

from . import theme
from .controller import WatchlistController
from .detail_pane import DetailPane
from .episodes_section import EpisodesSection
from .title_actions import TitleActions
from .ui_state import UiState
from .undo_history import UndoHistory, undo_actions
from .watchlist_view import WatchlistView
from .widgets.labels import plain_label

if TYPE_CHECKING:
    from .poster_thumbnails import PosterThumbnails

log = logging.getLogger(__name__)
# Menus are known by these English names (`menu(name)`); the menu bar shows them translated.
HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")  # always the last menu
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Title"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    HELP,
)
UNDO_OFFER_MS = 15_000  # how long the status bar offers to bring a removed title back


class MainWindow(QMainWindow):
    """The app's window; closing it hides it to the tray when `close_to_tray` is set.

    Signals:
        hidden_to_tray: the window was closed and is now only in the tray.
        quit_requested: the user chose Quit.
    """

    hidden_to_tray = Signal()
    quit_requested = Signal()

    def __init__(
        self, controller: WatchlistController, ui_state: UiState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "Cliffhanger"))
        self.setWindowIcon(theme.app_icon())
        self.controller, self.ui_state = controller, ui_state
        self.close_to_tray = False
        self._menus: dict[str, QMenu] = {}
        self.undo_stack = UndoHistory(self)
        self.detail = DetailPane()
        self.title_actions = TitleActions(self, controller, self.undo_stack, self.current, self._added)
        self.watchlist = WatchlistView(controller.model, self.detail, self.title_actions)
        for action in (
            self.title_actions.status,
            self.title_actions.claim,
            self.title_actions.cast,
            self.title_actions.edit,
        ):
            self.detail.add_action(action)
        self.episodes = self.detail.add_section(
            EpisodesSection(lambda tid, keys, watched: controller.mark_watched(tid, keys, watched)),
            translate("MainWindow", "Episodes"),
            after=self.detail.claims,
        )
        self.watchlist.set_tab_order()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.add_view(translate("MainWindow", "Watchlist"), self.watchlist)
        self.banner = plain_label("", "error", wrap=True)
        self.banner.setObjectName("unavailableBanner")
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.views)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.watchlist.selection_changed.connect(self._selection_changed)
        self.detail.claims.judged.connect(self._judge_claim)
        controller.model.titles_changed.connect(self._refresh_detail)
        controller.error.connect(self._show_error)
        controller.unavailable.connect(self.show_unavailable)
        self.restore_layout()

    # -- extension points -----------------------------------------------------------------------------
    def add_view(self, name: str, widget: QWidget) -> int:
        """Add a view as a tab named `name` (as shown, translated); the tab bar shows only once there is more
        than one view."""
        index = self.views.addTab(widget, name)
        self.views.tabBar().setVisible(self.views.count() > 1)
        return index

    def menu(self, name: str) -> QMenu:
        """The menu called `name` ("&File", "&Edit", "&Title", "&View"…, in English whatever the language
        shown), created at the end (before Help)."""
        if name not in self._menus:
            menu = QMenu(translate("MainWindow", name), self)
            last = self._menus.get(HELP)
            if last is not None:
                self.menuBar().insertMenu(last.menuAction(), menu)
            else:
                self.menuBar().addMenu(menu)
            self._menus[name] = menu
        return self._menus[name]

    def add_file_action(self, action: QAction) -> None:
        """Put an entry in the File menu, above Quit."""
        self.menu("&File").insertAction(self.quit_action, action)

    def show_message(self, text: str, timeout_ms: int = 8_000) -> None:
        """Say something in the status bar for a while."""
        self.statusBar().showMessage(text, timeout_ms)

    def use_posters(self, thumbnails: PosterThumbnails) -> None:
        """Show poster thumbnails in the list (and follow the View menu's choice)."""
        self.watchlist.use_posters(thumbnails)

    def open_add_dialog(self) -> None:
        """In front, with the dialog that adds a show or a film."""
        self.show_and_raise()
        self.title_actions.open_add_dialog()

    # -- building -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.quit_requested)
        self.menu("&File").addActions([self.title_actions.add, quit_action])
        undo, redo = undo_actions(self.undo_stack, self)
        find = QAction(translate("MainWindow", "&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.watchlist.focus_search)
        self.menu("&Edit").addActions([undo, redo, find])
        self.menu("&Title").addActions(list(self.title_actions.per_title))
        self.posters_action = QAction(translate("MainWindow", "&Posters in the list"), self)
        self.posters_action.setCheckable(True)
        self.posters_action.setChecked(self.ui_state.show_posters)
        self.posters_action.toggled.connect(self._posters_toggled)
        self.menu("&View").addAction(self.posters_action)
        self.watchlist.show_posters(self.ui_state.show_posters)
        self.undo_action, self.quit_action = undo, quit_action

    def _build_status_bar(self) -> None:
        self.undo_button = QPushButton(translate("MainWindow", "Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(UNDO_OFFER_MS)
        self._offer_timer.timeout.connect(self.undo_button.hide)
        self.undo_stack.removal_offered.connect(self._offer_undo)
        self.undo_stack.offer_withdrawn.connect(self._withdraw_undo)

    def _offer_undo(self, name: str) -> None:
        said = translate("MainWindow", "Removed “%1” — Undo (Ctrl+Z)").replace("%1", name)
        self.statusBar().showMessage(said, UNDO_OFFER_MS)
        self.undo_button.show()
        self._offer_timer.start()

    def _withdraw_undo(self) -> None:
        self._offer_timer.stop()
        self.undo_button.hide()
        self.statusBar().clearMessage()

    def _posters_toggled(self, shown: bool) -> None:
        self.ui_state.show_posters = shown
        self.watchlist.show_posters(shown)

    # -- selection and detail -------------------------------------------------------------------------
    def current(self) -> tuple[Title | None, int | None]:
        """The selected title and the season the detail pane shows."""
        title = self.watchlist.selected_title()
        return title, (self.detail.season if title is not None else None)

    def _selection_changed(self, _selection: QItemSelection | None = None) -> None:
        self.detail.show_title(self.watchlist.selected_title())
        self.title_actions.on_selection()

    def _judge_claim(self, claim: ReleaseClaim, standing: Standing, reason: str) -> None:
        shown = self.detail.title
        if shown is not None and shown.id is not None and claim.id is not None:
            self.controller.judge_claims(shown.id, [claim.id], standing, reason)

    def _refresh_detail(self) -> None:
        shown = self.detail.title
        fresh = self.controller.model.title(shown.id) if shown is not None and shown.id is not None else None
        if fresh != shown:
            self.detail.show_title(fresh, self.detail.season)
        self.title_actions.on_selection()

    def _added(self, title: Title) -> None:
        if title.id is not None:
            self.watchlist.select_title(title.id)
        self.statusBar().showMessage(translate("MainWindow", "Added “%1”").replace("%1", title.name), 5_000)

    def show_unavailable(self, text: str) -> None:
        """The watchlist can't be opened: say why in a banner, and show no list (an empty one would look
        as if the titles were gone)."""
        self.banner.setText(
            translate("MainWindow", "Cliffhanger can't open your watchlist.\n\n%1").replace("%1", text)
        )
        self.banner.setContentsMargins(24, 24, 24, 24)
        self.banner.show()
        self.views.hide()
        self.title_actions.add.setEnabled(False)

    def _show_error(self, text: str) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Couldn't save that: %1").replace("%1", text), 15_000
        )

    # -- showing, hiding, remembering -----------------------------------------------------------------
    def open_title(self, title_id: int, *, raise_window: bool = True) -> bool:
        """Show the watchlist tab with the title selected (the window in front); False if it is not listed."""
        if raise_window:
            self.show_and_raise()
        self.views.setCurrentWidget(self.watchlist)
        return self.watchlist.select_title(title_id)

    def show_and_raise(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        log.info("main window shown")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.close_to_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
        else:
            event.accept()

    def restore_layout(self) -> None:
        if (geometry := self.ui_state.geometry) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 680)
        self.watchlist.restore_layout(self.ui_state)

    def save_layout(self) -> None:
        self.ui_state.geometry = self.saveGeometry()
        self.watchlist.save_layout(self.ui_state)
        self.ui_state.sync()
