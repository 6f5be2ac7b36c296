"""The plain-session Secret Service client the bundle uses, against a real gnome-keyring-daemon: its items and
keyring's own backend's are the same items, and `SecretStore` works through it."""

from __future__ import annotations

import pytest

from cliffhanger import secret_service
from cliffhanger.secrets import SecretService, SecretStore
from support.processes import apply_env, merged_env, require, run_quietly
from support.secret_service import SecretService as RunningService

pytestmark = pytest.mark.keyring


@pytest.fixture
def on_the_bus(secret_service: RunningService, monkeypatch: pytest.MonkeyPatch) -> RunningService:
    apply_env(monkeypatch, secret_service.env)
    return secret_service


def lookup(service: RunningService, name: str) -> str:
    tool = require("secret-tool", "libsecret-tools")
    argv = [tool, "lookup", "service", "plain-test", "username", name]
    return run_quietly(argv, merged_env(service.env)).stdout


def test_a_secret_goes_in_replaces_and_comes_out(on_the_bus: RunningService) -> None:
    assert secret_service.available()
    secret_service.store("plain-test", "tmdb", "first value")
    secret_service.store("plain-test", "tmdb", "zweiter Schlüssel")
    assert secret_service.get("plain-test", "tmdb") == "zweiter Schlüssel"
    assert lookup(on_the_bus, "tmdb") == "zweiter Schlüssel"  # libsecret reads the same single item
    assert secret_service.delete("plain-test", "tmdb")
    assert secret_service.get("plain-test", "tmdb") is None
    assert not secret_service.delete("plain-test", "tmdb")
    assert lookup(on_the_bus, "tmdb") == ""


def test_items_of_keyrings_own_backend_are_found_and_the_other_way(on_the_bus: RunningService) -> None:
    from keyring.backends import SecretService as Encrypted

    Encrypted.Keyring().set_password("plain-test", "old", "stored through secretstorage")
    assert secret_service.get("plain-test", "old") == "stored through secretstorage"
    secret_service.store("plain-test", "new", "stored in plain")
    assert Encrypted.Keyring().get_password("plain-test", "new") == "stored in plain"
    assert secret_service.delete("plain-test", "old") and secret_service.delete("plain-test", "new")


def test_the_secret_store_works_through_the_backend(on_the_bus: RunningService) -> None:
    store = SecretStore(service="plain-test", backend=SecretService())
    assert store.available
    assert store.set("anilist", "  key ") == "keyring"
    assert store.get("anilist") == "key"
    assert lookup(on_the_bus, "anilist") == "key"
    store.forget("anilist")
    store.forget("anilist")  # a missing one is fine
    assert store.get("anilist") is None


def test_keyring_ranks_it_only_where_its_own_backend_cannot_load(on_the_bus: RunningService) -> None:
    with pytest.raises(RuntimeError, match="own SecretService"):
        SecretService.priority  # noqa: B018 (the property raises)


def test_without_a_session_bus_it_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert not secret_service.available()
    with pytest.raises(secret_service.SecretServiceError):
        secret_service.get("plain-test", "tmdb")


def test_keyring_ranks_it_where_secretstorage_is_missing(
    on_the_bus: RunningService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "cryptography" else real(name)
    )
    assert SecretService.priority == 5


def test_the_direct_choice_takes_it_where_keyrings_own_cannot_load(
    on_the_bus: RunningService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    import keyring.core

    from cliffhanger import secrets

    load, find_spec = keyring.core.load_keyring, importlib.util.find_spec

    def without_secretstorage(name: str) -> object:
        if name == "keyring.backends.SecretService.Keyring":
            raise RuntimeError("SecretStorage required")
        return load(name)

    monkeypatch.setattr(keyring.core, "load_keyring", without_secretstorage)
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "cryptography" else find_spec(name)
    )
    assert isinstance(secrets._secret_service(), SecretService)
