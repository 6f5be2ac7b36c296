"""Catalogue references and building the enabled providers from their (overridable) addresses."""

from __future__ import annotations

import pytest

from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import ProviderRef, TmdbProvider, TvmazeProvider, build_providers, provider_for
from support.catalogues import TMDB_KEY


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("tvmaze:82", ProviderRef("tvmaze", 82)),
        ("tmdb:tv:1399", ProviderRef("tmdb", 1399, Kind.SERIES)),
        ("tmdb:movie:603", ProviderRef("tmdb", 603, Kind.FILM)),
        (" TMDB:Movie:603 ", ProviderRef("tmdb", 603, Kind.FILM)),
    ],
)
def test_refs_parse_and_format(text: str, ref: ProviderRef) -> None:
    assert ProviderRef.parse(text) == ref
    assert ProviderRef.parse(str(ref)) == ref
    assert str(ref) == text.strip().lower()


@pytest.mark.parametrize(
    "text", ["", "tvmaze:", "tvmaze:x", "tmdb:603", "tmdb:show:1", "imdb:tt0133093", "82"]
)
def test_bad_refs_say_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueError, match=r"tvmaze:ID, tmdb:tv:ID or tmdb:movie:ID"):
        ProviderRef.parse(text)


def test_addresses_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", "http://127.0.0.1:5001/")
    monkeypatch.setenv("CLIFFHANGER_TMDB_URL", "http://127.0.0.1:5002/3")
    providers = build_providers(tmdb_key=TMDB_KEY)
    try:
        tvmaze, tmdb = providers["tvmaze"], providers["tmdb"]
        assert isinstance(tvmaze, TvmazeProvider) and tvmaze.client.base_url == "http://127.0.0.1:5001"
        assert isinstance(tmdb, TmdbProvider) and tmdb.client.base_url == "http://127.0.0.1:5002/3"
        assert provider_for(providers, "tmdb:movie:603") is tmdb
    finally:
        for provider in providers.values():
            provider.close()


def test_defaults_are_the_public_addresses_and_tmdb_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIFFHANGER_TVMAZE_URL", raising=False)
    monkeypatch.delenv("CLIFFHANGER_TMDB_URL", raising=False)
    providers = build_providers(tmdb_key="  ")
    try:
        assert list(providers) == ["tvmaze"]
        assert providers["tvmaze"].client.base_url == "https://api.tvmaze.com"  # type: ignore[attr-defined]
        with pytest.raises(LookupError, match="add a TMDB key in Settings"):
            provider_for(providers, ProviderRef("tmdb", 1399))
    finally:
        providers["tvmaze"].close()
