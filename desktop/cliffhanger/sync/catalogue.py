"""Searching the enabled catalogues, and adding or linking what the user picks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cliffhanger.domain.merge import plan_merge
from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import CatalogueProvider, CatalogueTitle, ProviderError, ProviderRef, SearchHit
from cliffhanger.providers.registry import provider_for
from cliffhanger.storage.catalogue_repo import Link
from cliffhanger.storage.catalogue_store import CatalogueStore

from .posters import PosterCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchResults:
    """Hits from every catalogue asked, and a readable sentence for each catalogue that failed."""

    hits: list[SearchHit] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Catalogues:
    """The enabled catalogues over the watchlist: search, add from a catalogue, link a title to one."""

    def __init__(
        self,
        store: CatalogueStore,
        providers: Mapping[str, CatalogueProvider],
        *,
        posters: PosterCache | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.providers = providers
        self.posters = posters
        self.now = now

    def search(self, query: str, *, provider: str | None = None, kind: Kind | None = None) -> SearchResults:
        """Ask each enabled catalogue (or the one named); one failing does not hide the others' hits."""
        results = SearchResults()
        if not query.strip():
            return results
        for key, catalogue in self.providers.items():
            if provider not in (None, key):
                continue
            try:
                results.hits.extend(catalogue.search(query, kind=kind))
            except ProviderError as error:
                results.errors[catalogue.name] = str(error)
        if provider is not None and provider not in self.providers:
            results.errors[provider] = f"the {provider} catalogue is not enabled"
        return results

    def fetch(
        self, ref: ProviderRef | str, providers: Mapping[str, CatalogueProvider] | None = None
    ) -> CatalogueTitle:
        ref = ProviderRef.parse(ref) if isinstance(ref, str) else ref
        return provider_for(self.providers if providers is None else providers, ref).details(ref)

    def add(self, ref: ProviderRef | str) -> Title:
        """Add the catalogue's title; if the watchlist has it already (same external id), link that one."""
        fetched = self.fetch(ref)
        existing = self._same_title(fetched)
        if existing is not None:
            return self._link_fetched(existing, fetched)
        link = self._link_record(0, fetched, linked=True)
        return self.store.add_linked(fetched.to_title(), link)

    def link(self, title_id: int, ref: ProviderRef | str) -> Title:
        """Follow a catalogue entry with a title the user added by hand, merging what it adds."""
        return self._link_fetched(title_id, self.fetch(ref))

    def _link_fetched(self, title_id: int, fetched: CatalogueTitle) -> Title:
        stored = self.store.watchlist.title(title_id)
        plan = plan_merge(stored, fetched.to_title(), fetched.source)
        first = all(link.provider != fetched.ref.provider for link in self.store.title_links(title_id))
        link = self._link_record(title_id, fetched, linked=first)
        return self.store.merge(link, plan, first=first, now=self.now())

    def _same_title(self, fetched: CatalogueTitle) -> int | None:
        linked = self.store.linked_title(fetched.ref.provider, str(fetched.ref))
        return linked if linked is not None else self.store.title_with_ids(fetched.ids)

    def _link_record(self, title_id: int, fetched: CatalogueTitle, *, linked: bool) -> Link:
        poster = self.posters.fetch(fetched.poster_url) if self.posters else None
        previous = next(
            (x for x in self.store.title_links(title_id) if x.provider == fetched.ref.provider), None
        )
        return Link(
            title_id=title_id,
            provider=fetched.ref.provider,
            ref=str(fetched.ref),
            status_text=fetched.status_text,
            remote_updated=fetched.updated,
            poster_url=fetched.poster_url,
            poster_file=str(poster) if poster else (previous.poster_file if previous else None),
            fetched_at=fetched.fetched_at,
            linked_at=self.now() if linked else (previous.linked_at if previous else None),
        )
