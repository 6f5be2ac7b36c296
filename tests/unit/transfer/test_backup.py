"""The JSON backup: a round trip restores every field; restore asks before touching a watchlist."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import Event, EventKind, ReminderRule, RuleKind
from cliffhanger.storage import outbox_repo, reminders_repo
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.restore import Mode, NotEmptyError, restore
from support.transfer import open_watchlist, snapshot


def _with_reminders(watchlist):
    title = watchlist.add(Title("All of Us Are Dead", seasons=(Season(2),)))
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    rule = ReminderRule(
        title.id, RuleKind.RELEASE, "Europe/Paris", season=2, days_before=3, at_time=time(8, 30)
    )
    event = Event(title.id, 2, EventKind.DATE, "2026-12-01", now + timedelta(days=1), "Soon", "Body")
    with watchlist.db.transaction() as session:
        reminders_repo.add_rule(session=session, rule=rule, now=now)
        outbox_repo.claim(session=session, events=[event], now=now)
    return title


def test_reminders_and_outbox_travel_with_the_backup(watchlist, tmp_path):
    _with_reminders(watchlist)
    document = make_backup(watchlist.db)
    assert document["counts"]["reminder_rule"] == 1 and document["counts"]["reminder_outbox"] == 1
    other = open_watchlist(tmp_path / "other")
    try:
        restore(other.db, document)
        assert snapshot(other.db) == snapshot(watchlist.db)
    finally:
        other.close()


def test_restoring_over_a_watchlist_needs_replace_or_merge(watchlist):
    _with_reminders(watchlist)
    document = make_backup(watchlist.db)
    before = snapshot(watchlist.db)
    with pytest.raises(NotEmptyError, match=r"--replace .* --merge"):
        restore(watchlist.db, document)
    assert snapshot(watchlist.db) == before


def test_replace_swaps_the_whole_watchlist(watchlist, tmp_path):
    _with_reminders(watchlist)
    document = make_backup(watchlist.db)
    watchlist.add(Title("Dark", year=2017))
    restore(watchlist.db, document, Mode.REPLACE)
    assert [t.name for t in watchlist.titles()] == ["All of Us Are Dead"]


def test_merge_adds_what_is_missing_once_and_carries_reminders(watchlist, tmp_path):
    _with_reminders(watchlist)
    document = make_backup(watchlist.db)
    other = open_watchlist(tmp_path / "other")
    try:
        other.add(Title("Dark", year=2017))
        first = restore(other.db, document, Mode.MERGE)
        assert first.counts["add"] == 1 and first.counts["reminder_rows"] == 2
        after = snapshot(other.db)
        second = restore(other.db, document, Mode.MERGE)
        assert second.counts["add"] == 0 and second.counts["reminder_rows"] == 0
        assert snapshot(other.db) == after
        dead = other.find("All of Us Are Dead")
        with other.db.transaction() as session:
            assert [r.title_id for r in reminders_repo.rules(session=session)] == [dead.id]
    finally:
        other.close()
