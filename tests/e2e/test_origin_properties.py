"""Whatever mix of edits arrives, from whichever door, exactly the news is announced, each item once.

Typed edits and CLI edits without --announce are never echoed; imports and merged restores (through the
real import and restore code) are the baseline; refreshes and --announce are news. Each step changes the
season's status, so the oracle is plain: one status event per news step, in order.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cliffhanger.domain.models import Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.vocabulary import Status
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.transfer.apply import run_import
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.model import Candidate, Parsed, Place
from cliffhanger.transfer.restore import Mode, restore
from support.reminders import RecordingNotifier, chain

NAME = "All of Us Are Dead"
STATUSES = (Status.FILMING, Status.POST_PRODUCTION, Status.SCHEDULED, Status.ON_HOLD)
DOORS = ("typed", "announce", "refresh", "import", "restore")
NEWS_DOORS = {"announce", "refresh"}

steps = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(DOORS), st.integers(0, len(STATUSES) - 2)),
        st.tuples(st.just("pass"), st.just(0)),
    ),
    min_size=1,
    max_size=12,
)


def _season(status: Status, source: str) -> Season:
    return Season(2, history=(StatusChange(status, date.today(), source),))


def _restore_merge(wl: Watchlist, status: Status, source: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        other = Watchlist.open(Path(scratch) / "b.sqlite3", backups=Path(scratch) / "backups")
        try:
            other.add(Title(NAME, seasons=(_season(status, source),)))
            document = make_backup(other.db)
        finally:
            other.close()
    restore(wl.db, document, Mode.MERGE)


def _edit(wl: Watchlist, title_id: int, door: str, status: Status, source: str) -> None:
    if door == "import":
        parsed = Parsed("test", [Candidate(Place(1), Title(NAME, seasons=(_season(status, source),)))])
        run_import(parsed, wl.db)
    elif door == "restore":
        _restore_merge(wl, status, source)
    else:
        origin = {"typed": Origin.TYPED, "announce": Origin.ANNOUNCED, "refresh": Origin.REFRESH}[door]
        wl.record_status(title_id, 2, StatusChange(status, date.today(), source, origin=origin))


@pytest.mark.slow  # many generated cases; tests/run runs it
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=steps)
def test_exactly_the_news_is_announced_each_once(tmp_path_factory, script):
    home = tmp_path_factory.mktemp("origins")
    wl = Watchlist.open(home / "db.sqlite3", backups=home / "backups")
    title = wl.add(Title(NAME, seasons=(_season(Status.FILMING, "start"),)))
    ReminderBook(wl.db, zone="UTC").set_alerts(title.id, True, now=datetime.now(UTC))
    current, expected, delivered = Status.FILMING, [], []
    recorder = RecordingNotifier()
    for number, (door, pick) in enumerate(script):
        if door == "pass":
            result = run_pass(wl.db, chain(recorder), now=datetime.now(UTC), prefs=Preferences())
            delivered += result.delivered
            continue
        status = [s for s in STATUSES if s is not current][pick]
        _edit(wl, title.id, door, status, f"source {number}")
        if door in NEWS_DOORS:
            expected.append(status.value)
        current = status
    for _ in range(2):
        delivered += run_pass(wl.db, chain(recorder), now=datetime.now(UTC), prefs=Preferences()).delivered
    wl.close()
    assert [e.value.split(":")[0] for e in delivered] == expected
    assert len({e.key for e in delivered}) == len(delivered)
    assert all(n.body for n in recorder.shown)
