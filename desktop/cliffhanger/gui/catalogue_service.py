"""The GUI's door to the online catalogues: search, add, link, posters and keys, all in the background.

Catalogue calls go to their own `TaskRunner`, so a slow catalogue never holds up reads of the watchlist.
The providers are built by a factory `app.py` passes in (given the kept key of each catalogue that needs
one), and rebuilt when a key changes; keys are read from and written to the `SecretStore` only, never kept
here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cliffhanger.domain.models import Title
from cliffhanger.i18n import translate
from cliffhanger.providers import (
    AuthFailedError,
    CatalogueProvider,
    OfflineError,
    ProviderError,
    ProviderRef,
    RateLimitedError,
    SearchHit,
    registry,
)
from cliffhanger.secrets import SecretStore
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.sync.posters import PosterCache
from cliffhanger.tasks import Operation, TaskRunner

log = logging.getLogger(__name__)
Providers = Mapping[str, CatalogueProvider]
Keys = Mapping[str, str | None]
ProviderFactory = Callable[[Keys], Providers]
Done = Callable[[Any], None]


def calm_message(name: str, error: BaseException) -> str:
    """A short sentence for a failed catalogue call, fit for an inline message (translate is thread-safe:
    this runs on a worker too)."""
    if isinstance(error, OfflineError):
        return translate("CatalogueService", "%1 can't be reached — offline?").replace("%1", name)
    if isinstance(error, RateLimitedError):
        return translate("CatalogueService", "%1 asks us to slow down — try again in a minute").replace(
            "%1", name
        )
    if isinstance(error, AuthFailedError):
        return translate("CatalogueService", "%1 refused the key — check it in Settings").replace("%1", name)
    if isinstance(error, ProviderError):
        return str(error)
    if isinstance(error, LookupError | ValueError):
        return str(error)
    text = translate("CatalogueService", "%1 failed unexpectedly (%2)").replace("%1", name)
    return text.replace("%2", type(error).__name__)


class CatalogueService(QObject):
    """Runs catalogue work on `tasks`; `open(catalogue_store)` once the watchlist is open.

    Signals:
        providers_changed: the enabled catalogues changed (a key was saved, forgotten or first read).
        opened: the catalogues are usable for adding and linking.
    """

    providers_changed = Signal()
    opened = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        secrets: SecretStore,
        make_providers: ProviderFactory,
        posters: PosterCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.secrets, self.posters = tasks, secrets, posters
        self._make = make_providers
        self.providers: Providers = make_providers({})
        self._retired: list[CatalogueProvider] = []
        self.catalogues: Catalogues | None = None

    # -- lifecycle ----------------------------------------------------------------------------------
    def open(self, catalogue_store: Any) -> None:
        """Build the catalogues over the opened watchlist, then read the stored key in the background."""
        self.catalogues = Catalogues(catalogue_store, self.providers, posters=self.posters)
        self.opened.emit()
        self.tasks.run(self._stored_keys, name="read catalogue keys", on_success=self.rebuild)

    def _stored_keys(self) -> dict[str, str | None]:
        return self.secrets.get_many(spec.key for spec in registry.with_secret())

    def rebuild(self, keys: Keys) -> None:
        """Enable the catalogues that `keys` allow (every keyless one, and each one with its key)."""
        self._retired.extend(self.providers.values())
        self.providers = self._make(keys)
        if self.catalogues is not None:
            self.catalogues.providers = self.providers
        log.info("catalogues enabled: %s", ", ".join(p.name for p in self.providers.values()))
        self.providers_changed.emit()

    def reload_key(self) -> None:
        """Read the keys again (after Save or Forget) and rebuild the providers with them."""
        self.tasks.run(self._stored_keys, name="read catalogue keys", on_success=self.rebuild)

    def shutdown(self) -> None:
        self.tasks.shutdown()
        for provider in [*self._retired, *self.providers.values()]:
            provider.close()
        self._retired.clear()

    # -- operations ---------------------------------------------------------------------------------
    def search_one(self, key: str, query: str, still_wanted: Callable[[], bool], done: Done) -> None:
        """Search one catalogue; `done((hits, message))`; skipped (no call) if no longer wanted."""
        provider = self.providers[key]

        def work() -> tuple[list[SearchHit], str] | None:
            if not still_wanted():
                return None
            try:
                return provider.search(query), ""
            except Exception as error:  # shown inline, never raised into the window
                return [], calm_message(provider.name, error)

        self.tasks.run(work, name=f"search {key}", on_success=done)

    def add(self, ref: ProviderRef, done: Done, failed: Callable[[str], None]) -> Operation | None:
        return self._write(lambda c: c.add(ref), ref, done, failed)

    def link(self, title_id: int, ref: ProviderRef, done: Done, failed: Callable[[str], None]) -> None:
        self._write(lambda c: c.link(title_id, ref), ref, done, failed)

    def _write(
        self, work: Callable[[Catalogues], Title], ref: ProviderRef, done: Done, failed: Callable[[str], None]
    ) -> Operation | None:
        catalogues = self.catalogues
        if catalogues is None:
            failed(translate("CatalogueService", "The watchlist is still opening; try again in a moment"))
            return None
        name = self.providers[ref.provider].name if ref.provider in self.providers else ref.provider
        return self.tasks.run(
            lambda: work(catalogues),
            name=f"import {ref}",
            on_success=done,
            on_failure=lambda error: failed(calm_message(name, error)),
        )

    def poster(self, url: str, done: Callable[[Path | None], None]) -> None:
        """Fetch (or find cached) the poster at `url`; `done(path or None)`."""
        self.tasks.run(lambda: self.posters.fetch(url), name="fetch poster", on_success=done)

    def links(self, title_id: int, done: Done) -> None:
        """The title's catalogue links, read in the background."""
        catalogues = self.catalogues
        if catalogues is not None:
            self.tasks.run(lambda: catalogues.store.title_links(title_id), name="read links", on_success=done)

    def test_key(self, key: str, done: Callable[[bool, str], None], catalogue: str = "") -> None:
        """Ask the catalogue (the first one needing a key by default) whether `key` works.

        `done(True, "Key works")`, or `done(False, the catalogue's own words)`.
        """
        spec = registry.catalogue(catalogue) if catalogue else registry.with_secret()[0]

        def work() -> tuple[bool, str]:
            providers = self._make({spec.key: key})
            try:
                providers[spec.key].test_credentials()
            except AuthFailedError as error:
                return False, str(error)
            except Exception as error:  # shown on the page; the key never appears in it (see errors.scrub)
                return False, calm_message(spec.name, error)
            finally:
                for provider in providers.values():
                    provider.close()
            return True, translate("CatalogueService", "Key works")

        self.tasks.run(work, name="test catalogue key", on_success=lambda outcome: done(*outcome))
