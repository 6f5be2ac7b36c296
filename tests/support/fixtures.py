"""Pytest fixtures for the real parts: an X server, a tray host, a session bus, dunst and gnome-keyring.

The daemons are session-scoped (started once, on first use, and stopped at the end of the run); each
yields an object whose ``env`` is what a subprocess needs. ``notifications``, ``keyring_env`` and
``launch_gui`` are per test.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from .app_process import AppProcess, launch_app
from .dbus import DBusSession, start_dbus
from .notifications import NotificationDaemon, start_dunst
from .processes import apply_env, no_session_bus
from .radicale import Radicale, start_radicale
from .secret_service import SecretService, start_secret_service
from .xserver import TrayHost, XServer, start_trayer, start_xvfb


@pytest.fixture(scope="session")
def xserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """Xvfb at 1280x800x24 on a free display; ``xserver.env`` is ``{"DISPLAY": ":N"}``."""
    server = start_xvfb(tmp_path_factory.mktemp("xvfb"))
    yield server
    server.process.stop()


@pytest.fixture(scope="session")
def tray_host(xserver: XServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrayHost]:
    """trayer on ``xserver``, so Qt sees a system tray there."""
    host = start_trayer(xserver, tmp_path_factory.mktemp("trayer"))
    yield host
    host.process.stop()


@pytest.fixture(scope="session")
def dbus_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DBusSession]:
    """A private session bus; ``dbus_session.env`` holds DBUS_SESSION_BUS_ADDRESS."""
    bus = start_dbus(tmp_path_factory.mktemp("dbus"))
    yield bus
    bus.process.stop()


@pytest.fixture(scope="session")
def notification_daemon(
    xserver: XServer, dbus_session: DBusSession, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[NotificationDaemon]:
    """dunst on ``xserver`` and ``dbus_session``; prefer the per-test ``notifications`` fixture."""
    daemon = start_dunst(xserver, dbus_session, tmp_path_factory.mktemp("dunst"))
    yield daemon
    daemon.stop()


@pytest.fixture
def notifications(notification_daemon: NotificationDaemon) -> NotificationDaemon:
    """The notification daemon with an empty history at the start of the test."""
    notification_daemon.clear()
    return notification_daemon


@pytest.fixture(scope="session")
def secret_service(
    dbus_session: DBusSession, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SecretService]:
    """gnome-keyring-daemon, unlocked, owning org.freedesktop.secrets on ``dbus_session``."""
    service = start_secret_service(dbus_session, tmp_path_factory.mktemp("keyring"))
    yield service
    service.process.stop()


@pytest.fixture
def keyring_env(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> SecretService:
    """Point this process's ``keyring`` library at the real Secret Service for the duration of the test."""
    import keyring.core
    from keyring.backends import SecretService as secret_service_backend

    apply_env(monkeypatch, secret_service.env)
    keyring.core.init_backend()
    backend = keyring.get_keyring()
    if not isinstance(backend, secret_service_backend.Keyring):
        pytest.fail(f"keyring chose {backend!r} instead of the Secret Service", pytrace=False)
    return secret_service


@pytest.fixture
def launch_gui(tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Launch the GUI app: ``launch_gui("--flag", env=xserver.env)``; all launches stop after the test."""
    started: list[AppProcess] = []

    def launch(*args: str, env: Mapping[str, str | None], **options: Any) -> AppProcess:
        name = f"cliffhanger-{len(started)}"
        process = launch_app(*args, env=env, log_dir=tmp_path / "app-output", name=name, **options)
        started.append(process)
        return process

    yield launch
    for process in started:
        process.stop()


def isolate_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Give the test its own data directory, dead catalogue URLs, no session bus and no keyring."""
    monkeypatch.setenv("CLIFFHANGER_HOME", str(tmp_path / "home"))
    from cliffhanger.providers.registry import CATALOGUES

    for catalogue in CATALOGUES:  # every catalogue, so a new one never reaches the network from a test
        monkeypatch.setenv(catalogue.url_env, "http://127.0.0.1:9")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", no_session_bus(tmp_path))
    if "keyring.core" in sys.modules:
        sys.modules["keyring.core"].init_backend()  # drop a backend a previous test chose


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A real Radicale CalDAV server on 127.0.0.1 with one htpasswd user (``support.radicale.USER``)."""
    server = start_radicale(tmp_path / "radicale")
    yield server
    server.stop()
