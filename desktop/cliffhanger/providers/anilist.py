"""AniList: a keyless GraphQL catalogue of anime series and films (90 requests a minute per address).

Every call is one POST of a query to the endpoint. Search asks `Page.media`; details ask `Media(id)` with
its status, fuzzy start date, next airing episode and characters with their (original-language) voice
actors. AniList has no change feed, so a refresh asks each linked entry again; 429 answers carry
Retry-After, which the client honours.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.vocabulary import Kind
from .anilist_parse import NAME, data_of, kind_of, parse_hit, parse_media
from .base import CatalogueTitle, ChangeSet, ProviderRef, SearchHit
from .fields import Fields
from .keyless import KeylessProvider
from .spec import Can, Catalogue

if TYPE_CHECKING:  # the HTTP client loads only when a provider is built
    pass

DEFAULT_URL = "https://graphql.anilist.co"
CALLS, PERIOD = 90, 60.0
SEARCH_SIZE = 20
_MEDIA_FIELDS = """
  id format status episodes updatedAt description(asHtml: false)
  title { romaji english native }
  startDate { year month day }
  coverImage { large medium }
  studios(isMain: true) { nodes { name } }
"""
SEARCH_QUERY = (
    "query Search($search: String, $perPage: Int) { Page(perPage: $perPage) { "
    "media(search: $search, type: ANIME, sort: SEARCH_MATCH) {" + _MEDIA_FIELDS + "} } }"
)
DETAILS_QUERY = (
    "query Details($id: Int) { Media(id: $id, type: ANIME) {" + _MEDIA_FIELDS
    + " nextAiringEpisode { airingAt episode }"
    " characters(sort: [ROLE, RELEVANCE], perPage: 25) { edges { role node { name { full } }"
    " voiceActors(language: JAPANESE, sort: [RELEVANCE]) { name { full } } } } } }"
)  # fmt: skip


class AnilistProvider(KeylessProvider):
    """Search and details of AniList; see `CatalogueProvider`."""

    name = NAME
    key = "anilist"
    default_url, calls, period = DEFAULT_URL, CALLS, PERIOD

    def _ask(self, query: str, **variables: Any) -> Any:
        return self.client.post_json("/", {"query": query, "variables": variables})

    def search(self, query: str, *, kind: Kind | None = None) -> list[SearchHit]:
        """Anime series and films matching `query`, AniList's best match first."""
        if not query.strip():
            return []
        page = data_of(self._ask(SEARCH_QUERY, search=query.strip(), perPage=SEARCH_SIZE), "Page")
        today = self._now().date()
        media = [m for m in page.children("media") if _usable(m) and kind in (None, kind_of(m))]
        return [parse_hit(m, today) for m in media]

    def details(self, ref: ProviderRef) -> CatalogueTitle:
        if ref.provider != self.key:
            raise ValueError(f"{ref} is not an AniList reference")
        return parse_media(self._ask(DETAILS_QUERY, id=ref.id), fetched_at=self._now())

    def changed_since(self, since: datetime) -> ChangeSet:
        """AniList lists no changes: the set is incomplete, so every linked entry is asked again."""
        return ChangeSet(self.name, since, {}, complete=False)

    def test_credentials(self) -> None:
        """AniList needs no key; nothing to test."""


def _usable(media: Fields) -> bool:
    title = media.child("title")
    return (
        media.integer("id") is not None
        and title is not None
        and bool(title.text("english") or title.text("romaji"))
    )


def _create(url: str, secret: str | None, **options: Any) -> AnilistProvider:
    return AnilistProvider.create(url, **options)


CATALOGUE = Catalogue(
    key="anilist",
    name=NAME,
    default_url=DEFAULT_URL,
    create=_create,
    can=Can.SEARCH | Can.DETAILS | Can.IMAGES,
    about="Anime series and films, with airing dates and voice casts. Needs no key.",
)
