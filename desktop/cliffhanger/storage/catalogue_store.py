"""Catalogue links as the sync code sees them: whole operations, one transaction each."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Protocol

from sqlmodel import Session

from cliffhanger.domain.merge import MergePlan
from cliffhanger.domain.models import ExternalIds, Title, with_origin
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.vocabulary import ChangeKind

from . import catalogue_repo as links_repo
from . import repository as repo
from .catalogue_repo import Link, ProviderState
from .engine import Database


class LinkedWatchlist(Protocol):
    """What the catalogue code needs of a watchlist (`Watchlist` is one): its database, a whole title, and a
    way to tell its listeners that a title changed."""

    @property
    def db(self) -> Database: ...

    def title(self, title_id: int) -> Title: ...

    def announce(self, title_id: int, what: ChangeKind) -> None: ...


class LinkConflictError(ValueError):
    """The catalogue entry is already followed by another title on the watchlist."""


class CatalogueStore:
    """Reads and writes links and provider state, and applies merge plans, on the watchlist's database.

    Writes take the write lock when they begin, so a refresh running beside other writers waits its turn
    instead of failing with "database is locked" when its snapshot goes stale.
    """

    def __init__(self, watchlist: LinkedWatchlist) -> None:
        self.watchlist = watchlist
        self.db = watchlist.db

    def links(self, provider: str | None = None) -> list[Link]:
        with self.db.transaction() as session:
            return links_repo.links(session=session, provider=provider)

    def title_links(self, title_id: int) -> list[Link]:
        with self.db.transaction() as session:
            return links_repo.title_links(session=session, title_id=title_id)

    def linked_title(self, provider: str, ref: str) -> int | None:
        with self.db.transaction() as session:
            return links_repo.linked_title(session=session, provider=provider, ref=ref)

    def title_with_ids(self, ids: ExternalIds) -> int | None:
        with self.db.transaction() as session:
            return links_repo.title_with_ids(session=session, ids=ids)

    def add_linked(self, title: Title, link: Link) -> Title:
        """Add a title fetched from a catalogue together with its link, in one transaction."""
        with self.db.immediate() as session:
            self._refuse_taken(session, link)
            title_id = repo.add_title(session=session, title=with_origin(title, Origin.LINK))
            links_repo.save_link(session=session, link=dataclasses.replace(link, title_id=title_id))
            added = repo.get_title(session=session, title_id=title_id)
        self.watchlist.announce(title_id, ChangeKind.ADDED)
        return added

    def merge(self, link: Link, plan: MergePlan, *, first: bool, now: datetime) -> Title:
        """Apply what the catalogue added and remember what it said; a first link restarts alerts."""
        with self.db.immediate() as session:
            if first:
                self._refuse_taken(session, link)
            repo.get_title(session=session, title_id=link.title_id)
            origin = Origin.LINK if first else Origin.REFRESH
            links_repo.apply_plan(session=session, title_id=link.title_id, plan=plan, now=now, origin=origin)
            links_repo.save_link(session=session, link=link)
            if first:
                links_repo.restart_alerts(session=session, title_id=link.title_id, now=now)
            merged = repo.get_title(session=session, title_id=link.title_id)
        if first or not plan.is_empty:
            self.watchlist.announce(link.title_id, ChangeKind.CATALOGUE)
        return merged

    def record_error(self, link: Link, message: str) -> None:
        with self.db.immediate() as session:
            links_repo.save_link(session=session, link=dataclasses.replace(link, last_error=message))

    def _refuse_taken(self, session: Session, link: Link) -> None:
        holder = links_repo.linked_title(session=session, provider=link.provider, ref=link.ref)
        if holder is not None and holder != link.title_id:
            name = repo.get_title(session=session, title_id=holder).name
            raise LinkConflictError(f"{link.ref} is already on the watchlist as {name}")

    def provider_state(self, provider: str) -> ProviderState:
        with self.db.transaction() as session:
            return links_repo.provider_state(session=session, provider=provider)

    def save_provider_state(self, state: ProviderState) -> None:
        with self.db.immediate() as session:
            links_repo.save_provider_state(session=session, state=state)
