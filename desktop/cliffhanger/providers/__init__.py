"""Online catalogues behind one `CatalogueProvider` protocol, listed in `registry`: no Qt, no storage.

Import what callers need from here; the modules underneath are free to move.
"""

from .anilist import AnilistProvider
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
from .registry import CATALOGUES, build_providers, catalogue, display_name, provider_for
from .spec import Can, Catalogue
from .tmdb import TmdbProvider
from .tvmaze import TvmazeProvider

__all__ = [
    "CATALOGUES",
    "AnilistProvider",
    "AuthFailedError",
    "BadResponseError",
    "Can",
    "CastMember",
    "Catalogue",
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
    "catalogue",
    "display_name",
    "provider_for",
]
