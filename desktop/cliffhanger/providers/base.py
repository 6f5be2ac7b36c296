"""What every catalogue offers (`CatalogueProvider`) and the plain values it hands back.

`CatalogueTitle.to_title()` turns a fetched title into the domain's `Title`, with the provider as the
source of its status history and release claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from ..domain.episodes import Episode
from ..domain.models import ExternalIds, Title
from ..domain.vocabulary import Kind, Status
from ..domain.windows import ReleaseWindow

_REF = re.compile(r"^\s*([a-z0-9_]+):(.+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class ProviderRef:
    """A title's address at one catalogue, written "tvmaze:82", "tmdb:tv:1399" or "anilist:154587".

    The catalogue's own declaration (`providers.spec.Catalogue`) says how the part after the key is read.
    """

    provider: str
    id: int
    kind: Kind = Kind.SERIES

    @classmethod
    def parse(cls, text: str) -> ProviderRef:
        from .registry import CATALOGUES, catalogue

        match = _REF.match(text)
        known = {c.key for c in CATALOGUES}
        if not match or match[1].lower() not in known:
            forms = ", ".join(f"{c.key}:{c.ref_syntax}" for c in CATALOGUES)
            raise ValueError(f"can't read {text!r} as a catalogue reference; use {forms}")
        return catalogue(match[1].lower()).parse_ref(match[2])

    @property
    def path(self) -> str:
        """The reference after its key: "82", "tv:1399" (what `ExternalIds` keeps under the key)."""
        from .registry import catalogue

        return catalogue(self.provider).ref_path(self)

    def __str__(self) -> str:
        return f"{self.provider}:{self.path}"


@dataclass(frozen=True)
class SearchHit:
    """One search result, enough to show a row (poster, year, network, status) and to fetch details."""

    ref: ProviderRef
    name: str
    kind: Kind
    year: int | None = None
    network: str = ""
    status_text: str = ""  # the provider's own words
    status: Status | None = None
    poster_url: str | None = None
    overview: str = ""
    score: float | None = None


@dataclass(frozen=True)
class CatalogueSeason:
    """A season as the catalogue lists it."""

    number: int
    premiere: date | None = None
    end: date | None = None
    episode_count: int | None = None
    name: str = ""
    window: ReleaseWindow | None = None  # a premiere known only to its month or year (`premiere` None)


@dataclass(frozen=True)
class CastMember:
    """An actor and the character(s) they play, in the catalogue's billing order."""

    actor: str
    character: str = ""
    order: int = 0


@dataclass(frozen=True)
class NextEpisode:
    """The next scheduled episode; `airstamp` is timezone-aware when the catalogue gives a time."""

    season: int | None
    number: int | None
    name: str = ""
    airdate: date | None = None
    airstamp: datetime | None = None


@dataclass(frozen=True)
class CatalogueTitle:
    """Everything one catalogue says about a series or film, as fetched at `fetched_at` (UTC)."""

    ref: ProviderRef
    source: str  # the provider's display name, e.g. "TVmaze"
    name: str
    kind: Kind
    fetched_at: datetime
    status_text: str = ""
    status: Status | None = None
    original_name: str = ""
    premiered: date | None = None
    premiere_window: ReleaseWindow | None = None  # a start known only to the month or year
    network: str = ""
    language: str = ""
    overview: str = ""
    ids: ExternalIds = field(default_factory=ExternalIds)
    poster_url: str | None = None
    updated: int | None = None  # the catalogue's change stamp (unix seconds), where it has one
    seasons: tuple[CatalogueSeason, ...] = ()
    cast: tuple[CastMember, ...] = ()
    next_episode: NextEpisode | None = None
    episodes: tuple[
        Episode, ...
    ] = ()  # numbered episodes of numbered seasons, where the catalogue lists them

    @property
    def year(self) -> int | None:
        if self.premiered:
            return self.premiered.year
        return self.premiere_window.earliest.year if self.premiere_window else None

    def to_title(self, *, today: date | None = None, max_cast: int = 50) -> Title:
        """The domain title: provider status as history, listed dates as official claims, cast as credits."""
        from .convert import to_title

        return to_title(self, today=today, max_cast=max_cast)


@dataclass(frozen=True)
class ChangeSet:
    """What a catalogue's change feed lists since a moment: refs with their change stamps where known.

    `complete` is False when the feed does not reach back that far; then every title needs a refetch.
    """

    provider: str
    since: datetime
    changed: Mapping[ProviderRef, int | None]
    complete: bool = True

    def needs_refresh(self, ref: ProviderRef, stored_updated: int | None = None) -> bool:
        """Whether `ref`, last fetched with change stamp `stored_updated`, should be fetched again."""
        if not self.complete:
            return True
        if ref not in self.changed:
            return False
        stamp = self.changed[ref]
        return stamp is None or stored_updated is None or stamp > stored_updated


class CatalogueProvider(Protocol):
    """A catalogue the watchlist can search and refresh from; errors are `providers.errors` types."""

    name: str  # display name and source label: "TVmaze", "TMDB", "AniList"
    key: str  # reference prefix: "tvmaze", "tmdb", "anilist"

    def search(self, query: str, *, kind: Kind | None = None) -> list[SearchHit]: ...

    def details(self, ref: ProviderRef) -> CatalogueTitle: ...

    def changed_since(self, since: datetime) -> ChangeSet: ...

    def test_credentials(self) -> None: ...

    def close(self) -> None: ...
