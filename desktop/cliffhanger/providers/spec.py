"""What a catalogue module declares about itself (`Catalogue`), so that nothing else needs to name it.

Each provider module ends with one `CATALOGUE = Catalogue(...)`; `registry.CATALOGUES` lists them. The CLI's
`--provider` choices and add/link options, the GUI's names and Settings pages, the secrets looked up and the
reference syntax all follow from these declarations.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Flag, auto
from typing import TYPE_CHECKING, Any

from ..domain.vocabulary import Kind

if TYPE_CHECKING:
    from .base import CatalogueProvider, ProviderRef


class Can(Flag):
    """What a catalogue can do."""

    SEARCH = auto()
    DETAILS = auto()
    CHANGES = auto()  # a change feed, so a refresh asks only for what changed
    EPISODES = auto()  # lists episodes with their air dates
    IMAGES = auto()  # poster images


@dataclass(frozen=True)
class Secret:
    """The key a catalogue needs: kept in the keyring under the catalogue's key, never anywhere else."""

    label: str  # what to paste: "API key (v3) or read-access token"
    about: str  # one or two sentences for the Settings page: what the catalogue adds, where to get a key


@dataclass(frozen=True)
class Catalogue:
    """One catalogue's declaration.

    `create(url, secret, **options)` builds its client; `secret` is None for a keyless one. References are
    written "<key>:<id>", or "<key>:tv:<id>" / "<key>:movie:<id>" when `kinds_in_ref` (one id space per kind).
    """

    key: str
    name: str
    default_url: str
    create: Callable[..., CatalogueProvider]
    can: Can
    about: str = ""
    secret: Secret | None = None
    kinds_in_ref: bool = False

    @property
    def url_env(self) -> str:
        """The environment variable that replaces the public address (tests, mirrors)."""
        return f"CLIFFHANGER_{self.key.upper()}_URL"

    def url(self, env: Mapping[str, str] | None = None) -> str:
        return ((env if env is not None else os.environ).get(self.url_env) or self.default_url).rstrip("/")

    @property
    def ref_syntax(self) -> str:
        """How a reference is written after the key: "ID" or "tv:ID|movie:ID"."""
        return "tv:ID|movie:ID" if self.kinds_in_ref else "ID"

    def parse_ref(self, rest: str) -> ProviderRef:
        """The reference written `rest` after "<key>:"; a `ValueError` saying the syntax otherwise."""
        from .base import ProviderRef

        pattern = r"(tv|movie):(\d+)" if self.kinds_in_ref else r"()(\d+)"
        match = re.fullmatch(pattern, rest.strip(), re.IGNORECASE)
        if not match:
            raise ValueError(
                f"can't read {rest!r} as a {self.name} reference; use {self.key}:{self.ref_syntax}"
            )
        kind = Kind.FILM if match[1].lower() == "movie" else Kind.SERIES
        return ProviderRef(self.key, int(match[2]), kind)

    def ref_path(self, ref: ProviderRef) -> str:
        """The part of `ref` after "<key>:" ("82", "tv:1399"); also what `ExternalIds` keeps under the key."""
        if self.kinds_in_ref:
            return f"{'movie' if ref.kind is Kind.FILM else 'tv'}:{ref.id}"
        return str(ref.id)

    def build(
        self, secret: str | None, env: Mapping[str, str] | None = None, **options: Any
    ) -> CatalogueProvider:
        return self.create(self.url(env), secret, **options)
