"""Builds the enabled catalogues from their base URLs, which tests and mirrors override by environment.

`CLIFFHANGER_TVMAZE_URL` and `CLIFFHANGER_TMDB_URL` replace the public addresses. TVmaze is always enabled;
TMDB only when a key is given (the caller reads it through `cliffhanger.secrets`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .base import CatalogueProvider, ProviderRef
from .tmdb import DEFAULT_URL as TMDB_URL
from .tmdb import TmdbProvider
from .tvmaze import DEFAULT_URL as TVMAZE_URL
from .tvmaze import TvmazeProvider

TVMAZE_ENV = "CLIFFHANGER_TVMAZE_URL"
TMDB_ENV = "CLIFFHANGER_TMDB_URL"


def tvmaze_url(env: Mapping[str, str] | None = None) -> str:
    return ((env if env is not None else os.environ).get(TVMAZE_ENV) or TVMAZE_URL).rstrip("/")


def tmdb_url(env: Mapping[str, str] | None = None) -> str:
    return ((env if env is not None else os.environ).get(TMDB_ENV) or TMDB_URL).rstrip("/")


def build_providers(
    *, tmdb_key: str | None = None, env: Mapping[str, str] | None = None, **options: Any
) -> dict[str, CatalogueProvider]:
    """The enabled providers by reference prefix ("tvmaze", "tmdb"); `options` go to each client."""
    providers: dict[str, CatalogueProvider] = {"tvmaze": TvmazeProvider.create(tvmaze_url(env), **options)}
    if tmdb_key and tmdb_key.strip():
        providers["tmdb"] = TmdbProvider.create(tmdb_key, tmdb_url(env), **options)
    return providers


class ProviderNotEnabledError(LookupError):
    """The reference names a catalogue that is not enabled (TMDB without a key)."""


def provider_for(providers: Mapping[str, CatalogueProvider], ref: ProviderRef | str) -> CatalogueProvider:
    """The provider that serves `ref`, or a `LookupError` saying which one is not enabled."""
    ref = ProviderRef.parse(ref) if isinstance(ref, str) else ref
    try:
        return providers[ref.provider]
    except KeyError:
        hint = " (add a TMDB key in Settings)" if ref.provider == "tmdb" else ""
        raise ProviderNotEnabledError(f"the {ref.provider} catalogue is not enabled{hint}") from None
