"""Putting the catalogue and transfer screens into the window: search in the add dialog, the detail pane's
Catalogue section and "Link to catalogue…", refresh (View menu, F5, tray, status bar), Import and Export in
the File menu, and the Catalogues settings page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from cliffhanger import paths
from cliffhanger.domain.models import Title
from cliffhanger.i18n import translate
from cliffhanger.settings import Settings
from cliffhanger.storage.engine import Database
from cliffhanger.sync.refresh import Refresher, RefreshReport
from cliffhanger.tasks import TaskRunner

from .catalogue_section import CatalogueSection
from .catalogue_service import CatalogueService
from .controller import WatchlistController
from .dialogs.catalogue_add import LinkDialog, install_search
from .main_window import MainWindow
from .refresh_control import RefreshControl
from .settings_catalogues import CataloguesPage
from .transfer_actions import TransferActions
from .tray import Tray

if TYPE_CHECKING:
    from .poster_thumbnails import PosterThumbnails

SaveSettings = Callable[[Settings], None]


BACKUP_DELAY_MS = 120_000  # after the first minute, when start-up work is long done


class CatalogueUi:
    """The catalogue and transfer parts of the window; `start(refresher)` once the watchlist is open."""

    def __init__(
        self,
        window: MainWindow,
        tray: Tray,
        controller: WatchlistController,
        service: CatalogueService,
        settings: Settings,
        save_settings: SaveSettings,
    ) -> None:
        self.window, self.controller, self.service = window, controller, service
        self.settings, self.save_settings = settings, save_settings
        self.tasks: TaskRunner = controller.tasks
        window.title_actions.dialog_hooks.append(lambda d: install_search(d, service, self._added))
        self.link_action = QAction(translate("CatalogueUi", "&Link to catalogue…"), window)
        self.link_action.triggered.connect(lambda _checked=False: self.open_link_dialog())
        self.link_action.setEnabled(False)
        window.menu("&Title").addAction(self.link_action)
        window.watchlist.selection_changed.connect(lambda *_: self._selection())
        self.section = window.detail.add_section(
            CatalogueSection(service, self.open_link_dialog), translate("CatalogueUi", "Catalogue")
        )
        self.refresh = RefreshControl(service.tasks, window.statusBar(), self._every, window)
        self.refresh.finished.connect(self._refreshed)
        tray.add_action(self._tray_refresh())
        window.menu("&View").addAction(self.refresh.action)
        self.transfer = TransferActions(window, self.tasks, self._db, self.open_import_wizard)
        self._file_menu()
        controller.model.titles_changed.connect(lambda: self.transfer.keep_feed(paths.data_dir()))

    def _tray_refresh(self) -> QAction:
        action = QAction(translate("CatalogueUi", "Refresh now"), self.window)
        action.triggered.connect(lambda _checked=False: self.refresh.refresh_now())
        self.refresh.action.changed.connect(lambda: action.setEnabled(self.refresh.action.isEnabled()))
        action.setEnabled(False)
        self.tray_refresh_action = action
        return action

    def _file_menu(self) -> None:
        menu = self.window.menu("&File")
        quit_action = self.window.quit_action
        menu.insertAction(quit_action, self.transfer.import_action)
        export = menu.addMenu(translate("CatalogueUi", "&Export"))
        menu.insertMenu(quit_action, export)
        export.addActions(list(self.transfer.export_actions.values()))
        menu.insertSeparator(quit_action)

    def settings_page(self) -> CataloguesPage:
        return CataloguesPage(self.service, self.service.secrets, self.tasks, self.settings, self._saved)

    def _saved(self, settings: Settings) -> None:
        self.save_settings(settings)
        self.refresh.reschedule()

    def _every(self) -> timedelta:
        return timedelta(hours=max(1, self.settings.refresh_hours))

    def _db(self) -> Database | None:
        store = self.controller.store
        return store.db if store is not None else None

    def use_thumbnails(self, thumbnails: PosterThumbnails) -> None:
        """Show the linked title's poster in the Catalogue section."""
        self.section.use_thumbnails(thumbnails)

    # -- once the watchlist is open -----------------------------------------------------------------
    def start(self, refresher: Refresher, *, first_refresh_ms: int = 90_000) -> None:
        self.refresh.start(refresher, first_delay_ms=first_refresh_ms)
        backup = lambda: self.transfer.backup_daily(paths.backups_dir(), self.settings.backup_keep)  # noqa: E731
        QTimer.singleShot(BACKUP_DELAY_MS, self.window, backup)  # not while the window is still filling
        self._selection()

    def _selection(self) -> None:
        title = self.window.detail.title
        self.link_action.setEnabled(title is not None and self.service.catalogues is not None)

    # -- outcomes -----------------------------------------------------------------------------------
    def _added(self, title: Title) -> None:
        self.controller.model.put(title)
        if title.id is not None:
            self.window.watchlist.select_title(title.id)
        added = translate("CatalogueUi", "Added “%1” with its seasons and cast").replace("%1", title.name)
        self.window.statusBar().showMessage(added, 6_000)

    def open_link_dialog(self) -> QDialog | None:
        title = self.window.detail.title
        if title is None or title.id is None:
            return None
        dialog = LinkDialog(title, self.service, self._linked, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _linked(self, title: Title) -> None:
        self.controller.model.put(title)
        self.window.detail.show_title(title, self.window.detail.season)
        linked = translate("CatalogueUi", "“%1” now follows the catalogue").replace("%1", title.name)
        self.window.statusBar().showMessage(linked, 6_000)

    def _refreshed(self, report: RefreshReport) -> None:
        if report.changed:
            self.controller.reload("catalogue refresh")

    def open_import_wizard(self) -> QDialog:
        from .import_wizard import ImportWizard

        tvmaze = lambda: self.service.providers["tvmaze"]  # noqa: E731
        wizard = ImportWizard(self.tasks, self._db, self.settings, self.save_settings,
                              tvmaze, self._imported, self.window)  # fmt: skip
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        self.import_wizard = wizard
        return wizard

    def _imported(self) -> None:
        self.controller.reload("imported")

    def shutdown(self) -> None:
        self.refresh.stop()
        self.service.shutdown()
