"""Online catalogues (TVmaze, TMDB) behind one `CatalogueProvider` protocol: no Qt, no storage.

Import what callers need from here; the modules underneath are free to move.
"""

from .base import (
    CastMember,
    CatalogueProvider,
    CatalogueSeason,
    CatalogueTitle,
    ChangeSet,
    NextEpisode,
    ProviderRef,
    SearchHit,
)
from .errors import (
    AuthFailedError,
    BadResponseError,
    NotFoundError,
    OfflineError,
    ProviderError,
    RateLimitedError,
    ServerError,
    TimedOutError,
)
from .registry import build_providers, provider_for
from .tmdb import TmdbProvider
from .tvmaze import TvmazeProvider

__all__ = [
    "AuthFailedError",
    "BadResponseError",
    "CastMember",
    "CatalogueProvider",
    "CatalogueSeason",
    "CatalogueTitle",
    "ChangeSet",
    "NextEpisode",
    "NotFoundError",
    "OfflineError",
    "ProviderError",
    "ProviderRef",
    "RateLimitedError",
    "SearchHit",
    "ServerError",
    "TimedOutError",
    "TmdbProvider",
    "TvmazeProvider",
    "build_providers",
    "provider_for",
]
