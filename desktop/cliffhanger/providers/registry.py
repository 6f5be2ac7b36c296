"""The catalogues Cliffhanger knows, one line each, and the enabled providers built from them.

Every catalogue's address can be replaced by its `CLIFFHANGER_<KEY>_URL` variable (tests and mirrors). A
keyless catalogue is always enabled; one that needs a secret only when the caller (which reads secrets
through `cliffhanger.secrets`) hands one over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .anilist import CATALOGUE as ANILIST
from .base import CatalogueProvider, ProviderRef
from .spec import Catalogue
from .tmdb import CATALOGUE as TMDB
from .tvmaze import CATALOGUE as TVMAZE

CATALOGUES: tuple[Catalogue, ...] = (TVMAZE, TMDB, ANILIST)


def catalogue(key: str) -> Catalogue:
    """The declaration of the catalogue `key`; a `LookupError` naming the known ones otherwise."""
    for known in CATALOGUES:
        if known.key == key:
            return known
    raise ProviderNotEnabledError(f"there is no {key!r} catalogue; known: {', '.join(keys())}")


def keys() -> list[str]:
    return [c.key for c in CATALOGUES]


def display_name(key: str) -> str:
    """The catalogue's own spelling ("TVmaze"), or the key itself for one no longer known."""
    return next((c.name for c in CATALOGUES if c.key == key), key)


def with_secret() -> list[Catalogue]:
    """The catalogues that need a key of the user's own."""
    return [c for c in CATALOGUES if c.secret is not None]


def build_providers(
    *, secrets: Mapping[str, str | None] | None = None, env: Mapping[str, str] | None = None, **options: Any
) -> dict[str, CatalogueProvider]:
    """The enabled providers by key: every keyless one, and those whose secret is in `secrets`.

    `options` go to each client.
    """
    providers: dict[str, CatalogueProvider] = {}
    for spec in CATALOGUES:
        secret = (secrets or {}).get(spec.key) if spec.secret else None
        if spec.secret and not (secret and secret.strip()):
            continue
        providers[spec.key] = spec.build(secret.strip() if secret else None, env, **options)
    return providers


class ProviderNotEnabledError(LookupError):
    """The reference names a catalogue that is not enabled (one needing a key without it), or none known."""


def provider_for(providers: Mapping[str, CatalogueProvider], ref: ProviderRef | str) -> CatalogueProvider:
    """The provider that serves `ref`, or a `LookupError` saying which one is not enabled."""
    ref = ProviderRef.parse(ref) if isinstance(ref, str) else ref
    try:
        return providers[ref.provider]
    except KeyError:
        spec = catalogue(ref.provider)
        hint = f" (add a {spec.name} key in Settings)" if spec.secret else ""
        raise ProviderNotEnabledError(f"the {spec.name} catalogue is not enabled{hint}") from None
