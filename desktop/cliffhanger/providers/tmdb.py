"""TMDB (v3): series and films, with the user's own key.

The key is either a v3 API key, sent as the `api_key` query parameter, or a v4 read-access token (a long
JWT), sent as `Authorization: Bearer`. `/tv/changes` and `/movie/changes` list what changed in the last days
(at most 14), so a refresh fetches only those titles. A series' episodes come from its seasons' details,
appended to one more call (`append_to_response=season/1,season/2,…`).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.episodes import Episode
from ..domain.vocabulary import Kind
from .base import CatalogueTitle, ChangeSet, ProviderRef, SearchHit
from .episode_parse import tmdb_episodes
from .errors import OfflineError, ProviderError, RateLimitedError
from .fields import Fields
from .ratelimit import Clock, RateLimiter, Sleep
from .spec import Can, Catalogue, Secret
from .tmdb_parse import DEFAULT_IMAGE_BASE, NAME, parse_details, parse_hit

if TYPE_CHECKING:  # the HTTP client loads only when a provider is first asked something
    from .lazy_client import JsonClient

log = logging.getLogger(__name__)
DEFAULT_URL = "https://api.themoviedb.org/3"
SEASONS_PER_CALL = 20  # TMDB appends at most 20 answers to one call
CALLS, PERIOD = 40, 10.0
FEED_SPAN = timedelta(days=14)
FEED_PAGE_LIMIT = 100  # a day of TMDB changes ran to 53 pages of 100 ids in a 2024 recording
_PATHS = {Kind.SERIES: "tv", Kind.FILM: "movie"}
_APPEND = {Kind.SERIES: "aggregate_credits,external_ids", Kind.FILM: "credits,external_ids,release_dates"}


def _utcnow() -> datetime:
    return datetime.now(UTC)


def is_bearer_token(key: str) -> bool:
    """A v4 read-access token is a long dotted JWT; a v3 key is 32 hex digits."""
    return key.count(".") == 2 and len(key) > 64


def auth_options(key: str) -> dict[str, Any]:
    """Client options that send `key` the way TMDB expects for its kind."""
    key = key.strip()
    if is_bearer_token(key):
        return {"headers": {"Authorization": f"Bearer {key}"}, "secrets": (key,)}
    return {"params": {"api_key": key}, "secrets": (key,)}


class TmdbProvider:
    """Search, details and change feeds of TMDB; see `CatalogueProvider`."""

    name = NAME
    key = "tmdb"

    def __init__(
        self,
        client: JsonClient,
        *,
        image_base: str = DEFAULT_IMAGE_BASE,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.client, self.image_base, self._now = client, image_base, now
        self.feed_page_limit = FEED_PAGE_LIMIT  # pages per feed before a change set is called incomplete

    @classmethod
    def create(
        cls,
        api_key: str,
        base_url: str = DEFAULT_URL,
        *,
        image_base: str = DEFAULT_IMAGE_BASE,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        now: Callable[[], datetime] = _utcnow,
        **client_options: Any,
    ) -> TmdbProvider:
        """A provider that sends `api_key` as a query parameter or as a bearer token, as fits its kind."""
        from .lazy_client import LazyClient

        limiter = RateLimiter(CALLS, PERIOD, clock=clock, sleep=sleep)
        options = {**client_options, **auth_options(api_key)}
        client = LazyClient(NAME, base_url, limiter=limiter, sleep=sleep, **options)
        return cls(client, image_base=image_base, now=now)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> TmdbProvider:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def search(self, query: str, *, kind: Kind | None = None) -> list[SearchHit]:
        """Series and films matching `query` (or only one kind), most popular first."""
        if not query.strip():
            return []
        hits: list[SearchHit] = []
        for wanted in (kind,) if kind else (Kind.SERIES, Kind.FILM):
            page = Fields(
                self.client.get_json(f"/search/{_PATHS[wanted]}", {"query": query.strip()}), NAME, "search"
            )
            hits.extend(
                parse_hit(item, wanted, self.image_base) for item in page.children("results") if _usable(item)
            )
        return sorted(hits, key=lambda hit: -(hit.score or 0.0))

    def details(self, ref: ProviderRef) -> CatalogueTitle:
        """The series with seasons, next episode and series-wide cast, or the film with its cast."""
        if ref.provider != self.key:
            raise ValueError(f"{ref} is not a TMDB reference")
        path = f"/{_PATHS[ref.kind]}/{ref.id}"
        data = self.client.get_json(path, {"append_to_response": _APPEND[ref.kind]})
        fetched = parse_details(data, ref.kind, fetched_at=self._now(), image_base=self.image_base)
        if ref.kind is Kind.SERIES and fetched.seasons:
            fetched = dataclasses.replace(fetched, episodes=self._episodes(path, fetched))
        return fetched

    def _episodes(self, path: str, fetched: CatalogueTitle) -> tuple[Episode, ...]:
        """The episodes of the newest seasons (up to TMDB's 20 appended answers), in one more call.

        A failing call costs the episodes only: the details already fetched still count.
        """
        numbers = sorted(s.number for s in fetched.seasons if s.number >= 1)[-SEASONS_PER_CALL:]
        if not numbers:
            return ()
        wanted = ",".join(f"season/{n}" for n in numbers)
        try:
            data = Fields(self.client.get_json(path, {"append_to_response": wanted}), NAME, "seasons")
        except (OfflineError, RateLimitedError):
            raise
        except ProviderError as error:
            log.warning("episodes of %s not fetched: %s", fetched.ref, error)
            return ()
        episodes: list[Episode] = []
        for number in numbers:
            season = data.child(f"season/{number}")
            if season is not None:
                episodes.extend(tmdb_episodes(season, NAME))
        return tuple(episodes)

    def changed_since(self, since: datetime) -> ChangeSet:
        """Series and films changed since `since`; incomplete when that is more than 14 days back."""
        now = self._now()
        start = max(since, now - FEED_SPAN)
        complete = since >= now - FEED_SPAN
        changed: dict[ProviderRef, int | None] = {}
        for kind, path in _PATHS.items():
            complete &= self._feed(path, kind, start, now, changed)
        return ChangeSet(self.name, since, changed, complete)

    def _feed(
        self, path: str, kind: Kind, start: datetime, end: datetime, into: dict[ProviderRef, int | None]
    ) -> bool:
        params = {"start_date": start.date().isoformat(), "end_date": end.date().isoformat()}
        page, pages = 1, 1
        while page <= min(pages, self.feed_page_limit):
            body = Fields(
                self.client.get_json(f"/{path}/changes", {**params, "page": str(page)}), NAME, "change list"
            )
            for item in body.children("results"):
                if item.integer("id") is not None:
                    into[ProviderRef(self.key, item.required_int("id"), kind)] = None
            pages = body.integer("total_pages") or 1
            page += 1
        return pages <= self.feed_page_limit

    def test_credentials(self) -> None:
        """Raise `AuthFailedError` with TMDB's own words if the key is refused; return quietly if it works."""
        self.client.get_json("/configuration")


def _usable(item: Fields) -> bool:
    return item.integer("id") is not None and bool(item.text("name") or item.text("title"))


def _create(url: str, secret: str | None, **options: Any) -> TmdbProvider:
    if not secret:
        raise ValueError("TMDB needs a key")
    return TmdbProvider.create(secret, url, **options)


CATALOGUE = Catalogue(
    key="tmdb",
    name=NAME,
    default_url=DEFAULT_URL,
    create=_create,
    can=Can.SEARCH | Can.DETAILS | Can.CHANGES | Can.EPISODES | Can.IMAGES,
    about="Films and series in more languages.",
    secret=Secret(
        label="API key (v3) or read-access token",
        about="TMDB needs your own API key (v3) or read-access token (v4), from your account settings at "
        "themoviedb.org.",
    ),
    kinds_in_ref=True,
)
