"""The online catalogues in the running app: search and link in the window, scheduled refreshes, posters in
the list, import and export. Catalogue calls run on their own pool, never waiting behind watchlist reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import translate
from ..tasks import TaskRunner
from . import Parts

if TYPE_CHECKING:
    from ..gui.catalogue_service import CatalogueService
    from ..gui.catalogue_ui import CatalogueUi
    from ..gui.poster_thumbnails import PosterThumbnails


class CatalogueUnit:
    """Owns the catalogue service, its parts of the window, and the poster thumbnails."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.service: CatalogueService | None = None
        self.ui: CatalogueUi | None = None
        self.thumbnails: PosterThumbnails | None = None

    def install(self) -> None:
        """Search, link, refresh, import and export now; the catalogues open in `start`."""
        from .. import services
        from ..gui.catalogue_service import CatalogueService
        from ..gui.catalogue_ui import CatalogueUi
        from ..gui.poster_thumbnails import PosterThumbnails
        from ..secrets import default_store

        parts = self.parts
        network = TaskRunner(parts.root, readers=4)
        self.service = CatalogueService(
            network, default_store(), services.providers, services.poster_cache(), parts.root
        )
        self.ui = CatalogueUi(
            parts.window, parts.tray, parts.controller, self.service, parts.settings, parts.save_settings
        )
        parts.settings_dialog.add_page(translate("SettingsPages", "Catalogues"), self.ui.settings_page())
        self.thumbnails = PosterThumbnails(parts.tasks.run, parts.root)
        parts.window.use_posters(self.thumbnails)
        self.ui.use_thumbnails(self.thumbnails)

    def start(self) -> None:
        from ..storage.catalogue_store import CatalogueStore
        from ..sync.refresh import Refresher

        service, ui, thumbnails = self.service, self.ui, self.thumbnails
        assert service is not None and ui is not None and thumbnails is not None, "installed first"
        service.open(CatalogueStore(self.parts.controller.opened()))
        catalogues = service.catalogues
        assert catalogues is not None, "opened just now"
        links = catalogues.store.links
        self.parts.model.titles_changed.connect(lambda: thumbnails.read_links(links))
        thumbnails.read_links(links)
        ui.start(Refresher(catalogues))

    def shutdown(self) -> None:
        if self.ui is not None:
            self.ui.shutdown()
