"""A catalogue key in the OS keyring: a round trip through a real Secret Service, and the no-keyring path."""

from __future__ import annotations

import logging
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from cliffhanger import secrets
from cliffhanger.secrets import KeyringUnavailableError, SecretStore
from support.processes import merged_env, require
from support.secret_service import SecretService

KEY = "0123456789abcdef0123456789abcdef"


def test_the_null_backend_from_the_environment_is_reported_unusable() -> None:
    store = SecretStore()  # the suite sets PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
    assert store.backend_name == "keyring.backends.null.Keyring"
    assert not store.available
    assert store.unusable_reason is not None and "session only" in store.unusable_reason
    assert store.get("tmdb") is None


@pytest.mark.parametrize("backend", [None, fail.Keyring()])
def test_without_a_keyring_saving_fails_plainly_and_without_the_key(backend: fail.Keyring | None) -> None:
    store = SecretStore(backend=backend)
    with pytest.raises(KeyringUnavailableError) as failure:
        store.set("tmdb", KEY)
    assert "No system keyring is available" in str(failure.value) and KEY not in str(failure.value)
    assert store.get("tmdb") is None


def test_session_only_keeps_the_key_in_memory_until_forgotten() -> None:
    store = SecretStore()
    store.use_session_only()
    assert store.set("tmdb", f"  {KEY} ") == "session"
    assert store.get("tmdb") == KEY
    assert SecretStore().get("tmdb") is None  # another store (a restart) does not see it
    store.forget("tmdb")
    assert store.get("tmdb") is None


def test_module_functions_use_one_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "_default", SecretStore())
    secrets.default_store().use_session_only()
    store = secrets.default_store()
    assert store.set("tmdb", KEY) == "session" and store.get("tmdb") == KEY
    store.forget("tmdb")
    assert store.get("tmdb") is None


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        SecretStore().set("tmdb", "   ")


@pytest.mark.keyring
def test_round_trip_through_the_real_secret_service(
    keyring_env: SecretService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore()
    assert store.available, store.backend_name
    assert store.set("tmdb", KEY) == "keyring"
    assert store.get("tmdb") == KEY
    assert keyring.get_password("cliffhanger", "tmdb") == KEY
    tool = require("secret-tool", "libsecret-tools")
    looked_up = subprocess.run(
        [tool, "lookup", "service", "cliffhanger", "username", "tmdb"],
        env=merged_env(keyring_env.env),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert looked_up.stdout.strip() == KEY  # another program on the bus sees the same item
    store.forget("tmdb")
    assert store.get("tmdb") is None
    store.forget("tmdb")  # forgetting twice is fine
    assert KEY not in caplog.text


_CHOOSE = """
import sys
from cliffhanger import secrets
store = secrets.default_store()
loaded = ("secretstorage" in sys.modules, "keyring.backends.macOS" in sys.modules)
print(store.backend_name, store.available, *loaded)
"""


def _choose_in_a_fresh_process(tmp_path, extra_path: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    """What a new process without any session bus chooses (HOME moved so no keyring config is found)."""
    env = merged_env({"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus", "HOME": str(tmp_path),
                      "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": extra_path})  # fmt: skip
    env.pop("PYTHON_KEYRING_BACKEND", None)
    done = subprocess.run(
        [sys.executable, "-c", _CHOOSE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_without_a_session_bus_no_backend_is_imported_and_the_keyring_is_unusable(tmp_path):  # type: ignore[no-untyped-def]
    name, available, secretstorage, macos = _choose_in_a_fresh_process(tmp_path)
    assert (name, available) == ("keyring.backends.fail.Keyring", "False")  # what keyring itself would pick
    assert (secretstorage, macos) == ("False", "False")  # nor were the backends that can't answer imported


def test_a_backend_installed_beside_keyring_is_left_for_keyring_to_choose(tmp_path):  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    (site / "other_backend-1.0.dist-info").mkdir(parents=True)
    (site / "other_backend-1.0.dist-info" / "METADATA").write_text("Name: other-backend\nVersion: 1.0\n")
    (site / "other_backend-1.0.dist-info" / "entry_points.txt").write_text(
        "[keyring.backends]\nother = other_backend\n"
    )
    (site / "other_backend.py").write_text(
        "from keyring.backend import KeyringBackend\n"
        "class Memory(KeyringBackend):\n"
        "    priority = 1\n"
        "    def get_password(self, service, username): return None\n"
        "    def set_password(self, service, username, password): pass\n"
        "    def delete_password(self, service, username): pass\n"
    )
    name, available, _secretstorage, _macos = _choose_in_a_fresh_process(tmp_path, str(site))
    assert (name, available) == ("other_backend.Memory", "True")
