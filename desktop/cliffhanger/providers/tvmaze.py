"""TVmaze: a keyless catalogue of series (about 20 calls per 10 seconds per address).

Details come from `/shows/{id}` with seasons, cast, episodes and the next episode embedded, in one call;
`/updates/shows` lists the change stamp of every show edited in the last day, week or month, so a refresh
fetches only those.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.vocabulary import Kind
from .base import CatalogueTitle, ChangeSet, ProviderRef, SearchHit
from .errors import BadResponseError, NotFoundError
from .fields import Fields, expect_list
from .keyless import KeylessProvider
from .spec import Can, Catalogue
from .tvmaze_parse import NAME, parse_hit, parse_show

if TYPE_CHECKING:  # the HTTP client loads only when a provider is built
    pass

log = logging.getLogger(__name__)
DEFAULT_URL = "https://api.tvmaze.com"
CALLS, PERIOD = 20, 10.0
_FEEDS = (("day", timedelta(days=1)), ("week", timedelta(days=7)), ("month", timedelta(days=30)))
_DETAIL_EMBEDS = [
    ("embed[]", "seasons"),
    ("embed[]", "cast"),
    ("embed[]", "nextepisode"),
    ("embed[]", "episodes"),
]


class TvmazeProvider(KeylessProvider):
    """Search, details and change feed of TVmaze; see `CatalogueProvider`."""

    name = NAME
    key = "tvmaze"
    default_url, calls, period = DEFAULT_URL, CALLS, PERIOD

    def search(self, query: str, *, kind: Kind | None = None) -> list[SearchHit]:
        """Shows matching `query`, best first; TVmaze lists no films."""
        if kind is Kind.FILM or not query.strip():
            return []
        items = expect_list(self.client.get_json("/search/shows", {"q": query.strip()}), NAME, "shows")
        hits = []
        for item in items:
            try:
                row = Fields(item, NAME, "search result")
                show = row.child("show")
                if show is not None:
                    hits.append(parse_hit(show, row.number("score")))
            except BadResponseError as exc:
                log.warning("skipping a search result: %s", exc)
        return hits

    def details(self, ref: ProviderRef) -> CatalogueTitle:
        """The show with its seasons, cast, episodes and next episode."""
        if ref.provider != self.key:
            raise ValueError(f"{ref} is not a TVmaze reference")
        data = self.client.get_json(f"/shows/{ref.id}", _DETAIL_EMBEDS)
        return parse_show(data, fetched_at=self._now())

    def lookup(self, *, imdb: str | None = None, tvdb: int | None = None) -> ProviderRef | None:
        """The TVmaze show for an IMDb ("tt…") or TheTVDB id, or None when TVmaze does not know it."""
        params = {"imdb": imdb} if imdb else {"thetvdb": str(tvdb)} if tvdb else None
        if params is None:
            raise ValueError("give an IMDb or a TheTVDB id to look up")
        try:
            data = self.client.get_json("/lookup/shows", params)
        except NotFoundError:
            return None
        return ProviderRef(self.key, Fields(data, NAME, "show").required_int("id"))

    def changed_since(self, since: datetime) -> ChangeSet:
        """Shows edited since `since`, with their new `updated` stamps (unix seconds)."""
        age = self._now() - since
        word, complete = next(((w, True) for w, span in _FEEDS if age <= span), ("month", False))
        data = Fields(self.client.get_json("/updates/shows", {"since": word}), NAME, "update list")
        floor = int(since.timestamp())
        changed: dict[ProviderRef, int | None] = {}
        for show_id, stamp in data.data.items():
            if str(show_id).isdigit() and isinstance(stamp, int) and stamp >= floor:
                changed[ProviderRef(self.key, int(show_id))] = stamp
        return ChangeSet(self.name, since, changed, complete)

    def test_credentials(self) -> None:
        """TVmaze needs no key; nothing to test."""


def _create(url: str, secret: str | None, **options: Any) -> TvmazeProvider:
    return TvmazeProvider.create(url, **options)


CATALOGUE = Catalogue(
    key="tvmaze",
    name=NAME,
    default_url=DEFAULT_URL,
    create=_create,
    can=Can.SEARCH | Can.DETAILS | Can.CHANGES | Can.EPISODES | Can.IMAGES,
    about="Series worldwide, with seasons, cast and the next episode. Needs no key.",
)
