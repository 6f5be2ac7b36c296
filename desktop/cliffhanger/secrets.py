"""The one door to secrets: catalogue keys live in the OS keyring and nowhere else, each under its own name.

On Linux without keyring's own Secret Service backend (the bundle leaves out the cryptography package it
needs), `SecretService` reaches the Secret Service through `cliffhanger.secret_service`.

Where no keyring backend works (no Secret Service, or a fail/null backend), `SecretStore.available` is False
and `unusable_reason` says why in plain words. The caller may then opt into `use_session_only()`, which keeps
the key in this process's memory until it exits. Nothing here ever logs or repeats a secret.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError, PasswordSetError

from cliffhanger import secret_service
from cliffhanger.i18n import fill, translate

log = logging.getLogger(__name__)
SERVICE = "cliffhanger"
Place = Literal["keyring", "session"]
T = TypeVar("T")


class KeyringUnavailableError(RuntimeError):
    """No usable keyring: the message says so in plain words and never contains the secret."""


class SecretStore:
    """Get, set and forget named secrets in the OS keyring, with an explicit session-only fallback."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend
        self._session: dict[str, str] = {}
        self.session_only = False

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else chosen_backend()

    @property
    def backend_name(self) -> str:
        return type(self.backend).__module__ + "." + type(self.backend).__name__

    @property
    def unusable_reason(self) -> str | None:
        """None when the keyring works; otherwise a sentence for the Settings page."""
        backend = self.backend
        empty_chain = isinstance(backend, chainer.ChainerBackend) and not backend.backends
        if isinstance(backend, fail.Keyring | null.Keyring) or empty_chain:
            return translate(
                "Secrets",
                "No system keyring is available, so the key can't be saved. "
                "You can use it for this session only; it will be forgotten when Cliffhanger quits.",
            )
        return None

    @property
    def available(self) -> bool:
        return self.unusable_reason is None

    def use_session_only(self) -> None:
        """Keep secrets set from now on in memory only, for as long as this process runs."""
        self.session_only = True

    def get(self, name: str) -> str | None:
        """The secret called `name`, or None when none is stored (or no keyring works)."""
        if name in self._session:
            return self._session[name]
        if not self.available:
            return None
        try:
            return self.backend.get_password(self.service, name)
        except KeyringError as exc:
            raise self._failure("read", exc) from None

    def get_many(self, names: Iterable[str]) -> dict[str, str | None]:
        """The secrets called `names`; one that can't be read (a locked keyring) reads as None, logged."""
        found: dict[str, str | None] = {}
        for name in names:
            try:
                found[name] = self.get(name)
            except KeyringUnavailableError as error:
                log.info("the %s key can't be read: %s", name, error)
                found[name] = None
        return found

    def set(self, name: str, secret: str) -> Place:
        """Store `secret` and say where; without a keyring, raises `KeyringUnavailableError` (see above)."""
        if not secret.strip():
            raise ValueError("an empty key can't be stored")
        if self.session_only:
            self._session[name] = secret.strip()
            return "session"
        if not self.available:
            raise KeyringUnavailableError(self.unusable_reason)
        try:
            self.backend.set_password(self.service, name, secret.strip())
        except KeyringError as exc:
            raise self._failure("save", exc) from None
        log.info("stored the %s key in the keyring (%s)", name, self.backend_name)
        return "keyring"

    def forget(self, name: str) -> None:
        """Remove the secret from memory and from the keyring; forgetting a missing one is fine."""
        self._session.pop(name, None)
        if not self.available:
            return
        try:
            self.backend.delete_password(self.service, name)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise self._failure("remove", exc) from None
        log.info("removed the %s key from the keyring", name)

    def _failure(self, action: str, exc: KeyringError) -> KeyringUnavailableError:
        log.warning("keyring could not %s a secret: %s", action, type(exc).__name__)
        text = {
            "read": translate("Secrets", "The system keyring could not read the key (%1)."),
            "save": translate("Secrets", "The system keyring could not save the key (%1)."),
        }.get(action) or translate("Secrets", "The system keyring could not remove the key (%1).")
        advice = translate(
            "Secrets", "It may be locked; unlock it and try again, or use the key for this session only."
        )
        return KeyringUnavailableError(fill(text, type(exc).__name__) + " " + advice)


_choice = threading.Lock()
_chosen = False


def chosen_backend() -> KeyringBackend:
    """keyring's backend, chosen once per process. On Linux, unless PYTHON_KEYRING_BACKEND or a keyring
    config file names one, the Secret Service is taken directly when it answers: keyring would otherwise
    import and rate every backend it knows (macOS, Windows and KWallet ones included), about half a second.
    When it does not answer, keyring chooses as it always does."""
    global _chosen
    with _choice:
        if not _chosen:
            _chosen = True
            direct = _direct_choice() if _may_choose() else None
            if direct is not None:
                keyring.set_keyring(direct)
    return keyring.get_keyring()


def _direct_choice() -> KeyringBackend | None:
    """The Secret Service when it answers; keyring's fail backend when nothing on this system could answer
    (no Secret Service, and no backend but keyring's own, all of which need the session bus on Linux), which
    is what keyring would choose after importing and rating them all; else None, leaving keyring to choose."""
    if secret_service.available():
        return _secret_service()
    log.info("no Secret Service answers")
    if not _other_backends():
        from keyring.core import load_keyring

        return load_keyring("keyring.backends.fail.Keyring")
    log.info("keyring chooses among the backends installed beside it")
    return None


def _other_backends() -> bool:
    """Whether a backend not shipped with keyring itself is installed (keyrings.alt's, say)."""
    from importlib.metadata import entry_points

    return any(
        point.dist is None or point.dist.name.lower() != "keyring"
        for point in entry_points(group="keyring.backends")
    )


def _may_choose() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    from keyring.util.platform_ import config_root

    return not (config_root() / "keyringrc.cfg").exists()


def _secret_service() -> KeyringBackend | None:
    """The Secret Service backend if its daemon runs or can be started over D-Bus, else None: keyring's own,
    or, where that can't load (no secretstorage or cryptography, as in the bundle), `SecretService` below."""
    from keyring.core import load_keyring

    for name in ("keyring.backends.SecretService.Keyring", f"{__name__}.SecretService"):
        try:  # loading asks for the backend's priority, which asks D-Bus and raises when nobody answers
            return load_keyring(name)
        except Exception as error:  # any failure leaves the choice to keyring, as if never asked
            log.info("%s does not answer (%s)", name, type(error).__name__)
    log.info("no Secret Service answers; keyring chooses")
    return None


class SecretService(KeyringBackend):
    """keyring's view of `secret_service`; keyring finds it as a subclass and ranks it with the others."""

    @properties.classproperty
    def priority(cls) -> float:
        if not sys.platform.startswith("linux"):
            raise RuntimeError("the Secret Service is a freedesktop service")
        if all(importlib.util.find_spec(name) for name in ("secretstorage", "cryptography")):
            raise RuntimeError("keyring's own SecretService backend serves here")
        if not secret_service.available():
            raise RuntimeError("no Secret Service on the session bus")
        return 5

    def get_password(self, service: str, username: str) -> str | None:
        return _guarded(KeyringError, secret_service.get, service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        _guarded(PasswordSetError, secret_service.store, service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if not _guarded(PasswordDeleteError, secret_service.delete, service, username):
            raise PasswordDeleteError("no such secret")


def _guarded(error: type[KeyringError], call: Callable[..., T], *args: str) -> T:
    """`call(*args)`, with the Secret Service's failures raised as keyring's `error` (a dismissed prompt as
    `KeyringLocked`), so `SecretStore` treats them as it treats any backend's."""
    try:
        return call(*args)
    except secret_service.LockedError as exc:
        raise KeyringLocked(str(exc)) from None
    except secret_service.SecretServiceError as exc:
        raise error(str(exc)) from None


_default = SecretStore()


def default_store() -> SecretStore:
    """The process-wide store (its session-only memory lasts as long as the process)."""
    return _default
