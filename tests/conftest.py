"""Suite-wide test setup: Qt offscreen by default, an isolated environment per test, the real-part fixtures.

Set ``CLIFFHANGER_TEST_ONSCREEN=1`` to let in-process Qt tests use the platform from the environment instead.
Fixtures for real processes live in ``support/fixtures.py``: xserver, tray_host, dbus_session,
notification_daemon, notifications, secret_service, keyring_env, launch_gui and radicale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

pytest_plugins = ["support.fixtures"]


def pytest_configure(config: pytest.Config) -> None:
    """Choose Qt's platform before anything imports Qt."""
    if os.environ.get("CLIFFHANGER_TEST_ONSCREEN") != "1":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from cliffhanger import qtfix

    qtfix.install()  # as the app's composition root does; a no-op on a PySide6 that does not need it


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own CLIFFHANGER_HOME, catalogue URLs that reach nothing, no bus and no keyring."""
    from support.fixtures import isolate_environment

    isolate_environment(tmp_path, monkeypatch)
