"""Several processes writing to one database file at once: every write lands, none fails on a lock."""

import subprocess
import sys
from pathlib import Path

import pytest

from cliffhanger.storage.watchlist import Watchlist

pytestmark = pytest.mark.slow  # slow: four processes race on one file; tests/run runs it

WRITER = """
import sys
from datetime import date
from pathlib import Path
from cliffhanger.domain.models import Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Status
from cliffhanger.storage.watchlist import Watchlist

path, who = Path(sys.argv[1]), sys.argv[2]
watchlist = Watchlist.open(path, backups=path.parent / "b")
for n in range(25):
    title = watchlist.add(Title(f"{who} {n}", seasons=(Season(1),)))
    watchlist.titles()  # a read between writes, as the app's reloads do
    watchlist.record_status(title.id, 1, StatusChange(Status.FILMING, date(2026, 1, 1)))
"""


def test_four_processes_write_at_once_without_losing_anything(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    Watchlist.open(path, backups=tmp_path / "b").close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"w{i}"], stderr=subprocess.PIPE, text=True
        )
        for i in range(4)
    ]
    errors = [w.communicate(timeout=120)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0, 0, 0], errors
    watchlist = Watchlist.open(path, backups=tmp_path / "b")
    titles = watchlist.titles()
    watchlist.close()
    assert len(titles) == 100
    assert all(t.season(1).history for t in titles)
