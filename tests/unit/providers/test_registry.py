"""Catalogue references and building the enabled providers from their (overridable) addresses."""

from __future__ import annotations

import pytest

from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import (
    CATALOGUES,
    AnilistProvider,
    Can,
    ProviderRef,
    TmdbProvider,
    TvmazeProvider,
    build_providers,
    catalogue,
    display_name,
    provider_for,
)
from support.catalogues import TMDB_KEY


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("tvmaze:82", ProviderRef("tvmaze", 82)),
        ("tmdb:tv:1399", ProviderRef("tmdb", 1399, Kind.SERIES)),
        ("tmdb:movie:603", ProviderRef("tmdb", 603, Kind.FILM)),
        (" TMDB:Movie:603 ", ProviderRef("tmdb", 603, Kind.FILM)),
        ("anilist:154587", ProviderRef("anilist", 154587)),
    ],
)
def test_refs_parse_and_format(text: str, ref: ProviderRef) -> None:
    assert ProviderRef.parse(text) == ref
    assert ProviderRef.parse(str(ref)) == ref
    assert str(ref) == text.strip().lower()


@pytest.mark.parametrize("text", ["", "imdb:tt0133093", "82", "anilist"])
def test_bad_refs_name_every_catalogue_s_syntax(text: str) -> None:
    with pytest.raises(ValueError, match=r"use tvmaze:ID, tmdb:tv:ID\|movie:ID, anilist:ID$"):
        ProviderRef.parse(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("tvmaze:", "use tvmaze:ID"),
        ("tvmaze:x", "use tvmaze:ID"),
        ("tmdb:603", r"TMDB reference; use tmdb:tv:ID\|movie:ID"),
        ("tmdb:show:1", r"use tmdb:tv:ID\|movie:ID"),
        ("anilist:tv:5", "AniList reference; use anilist:ID"),
    ],
)
def test_a_bad_ref_to_a_known_catalogue_says_that_catalogue_s_syntax(text: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        ProviderRef.parse(text)


def test_the_registry_declares_each_catalogue_once_with_its_capabilities() -> None:
    assert [(c.key, c.name) for c in CATALOGUES] == [
        ("tvmaze", "TVmaze"),
        ("tmdb", "TMDB"),
        ("anilist", "AniList"),
    ]
    assert [c.key for c in CATALOGUES if c.secret] == ["tmdb"]
    assert Can.CHANGES in catalogue("tvmaze").can and Can.CHANGES not in catalogue("anilist").can
    assert catalogue("anilist").url_env == "CLIFFHANGER_ANILIST_URL"
    assert display_name("anilist") == "AniList" and display_name("gone") == "gone"


def test_addresses_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", "http://127.0.0.1:5001/")
    monkeypatch.setenv("CLIFFHANGER_TMDB_URL", "http://127.0.0.1:5002/3")
    monkeypatch.setenv("CLIFFHANGER_ANILIST_URL", "http://127.0.0.1:5003")
    providers = build_providers(secrets={"tmdb": TMDB_KEY})
    try:
        tvmaze, tmdb, anilist = providers["tvmaze"], providers["tmdb"], providers["anilist"]
        assert isinstance(tvmaze, TvmazeProvider) and tvmaze.client.base_url == "http://127.0.0.1:5001"
        assert isinstance(tmdb, TmdbProvider) and tmdb.client.base_url == "http://127.0.0.1:5002/3"
        assert isinstance(anilist, AnilistProvider) and anilist.client.base_url == "http://127.0.0.1:5003"
        assert provider_for(providers, "tmdb:movie:603") is tmdb
    finally:
        for provider in providers.values():
            provider.close()


def test_defaults_are_the_public_addresses_and_tmdb_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIFFHANGER_TVMAZE_URL", raising=False)
    monkeypatch.delenv("CLIFFHANGER_TMDB_URL", raising=False)
    monkeypatch.delenv("CLIFFHANGER_ANILIST_URL", raising=False)
    providers = build_providers(secrets={"tmdb": "  "})
    try:
        assert list(providers) == ["tvmaze", "anilist"], "the keyless ones only"
        assert providers["tvmaze"].client.base_url == "https://api.tvmaze.com"  # type: ignore[attr-defined]
        assert providers["anilist"].client.base_url == "https://graphql.anilist.co"  # type: ignore[attr-defined]
        with pytest.raises(LookupError, match="add a TMDB key in Settings"):
            provider_for(providers, ProviderRef("tmdb", 1399))
    finally:
        for provider in providers.values():
            provider.close()
