"""Fixtures for in-process GUI tests: the whole app (window, tray, watchlist) built as `app.py` builds it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from gui_helpers import close
from PySide6.QtWidgets import QApplication

from cliffhanger import paths
from cliffhanger.app import Cliffhanger
from cliffhanger.gui import theme
from cliffhanger.gui.single_instance import InstanceServer, server_name
from cliffhanger.storage.watchlist import Watchlist

# The offscreen platform has no tray and cannot size native windows; Qt says so as warnings.
QT_NOISE = ("propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "QSystemTrayIcon")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


@pytest.fixture
def watchlist() -> Iterator[Watchlist]:
    """The test's watchlist opened directly, as the command line would (for seeding and checking)."""
    store = Watchlist.open(
        paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
    )
    yield store
    store.close()


@pytest.fixture
def make_shell(qapp: QApplication, qtbot) -> Iterator[Callable[[], Cliffhanger]]:  # type: ignore[no-untyped-def]
    """Build the running app's parts on the test's CLIFFHANGER_HOME; each is shut down after the test."""
    built: list[Cliffhanger] = []
    theme.apply_theme(qapp)

    def make() -> Cliffhanger:
        shell = Cliffhanger(qapp, InstanceServer(server_name(paths.data_dir())))
        qapp.aboutToQuit.disconnect(shell.shutdown)
        built.append(shell)
        with qtbot.waitSignal(shell.controller.ready, timeout=20_000):
            shell.start(minimized=False)
        qtbot.waitExposed(shell.window)
        qtbot.waitUntil(lambda: shell.reminders is not None, timeout=20_000)  # built just after the titles
        return shell

    yield make
    for shell in built:
        close(shell)


@pytest.fixture
def shell(make_shell: Callable[[], Cliffhanger]) -> Cliffhanger:
    return make_shell()
