"""Shared pieces for reminder tests: a real database file in the test's home, and a recording notifier."""

from __future__ import annotations

import pytest

from cliffhanger import paths
from cliffhanger.storage.watchlist import Watchlist
from support.reminders import T0, RecordingNotifier, add_at_reminders, chain

__all__ = ["T0", "RecordingNotifier", "add_at_reminders", "chain"]


@pytest.fixture
def watchlist():
    wl = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    yield wl
    wl.close()


@pytest.fixture
def recorder() -> RecordingNotifier:
    return RecordingNotifier()
