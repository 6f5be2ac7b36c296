"""The calendar's events from the watchlist: stable UIDs through backup, restore and merge; SEQUENCE moving on
change; debunked claims left out; the file export sharing it all."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from cliffhanger.calsync import events, plan
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.vocabulary import Confidence, EntryKind
from cliffhanger.domain.windows import parse_window
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.calendar_feed import calendar_text
from cliffhanger.transfer.merge_backup import merge_backup
from cliffhanger.transfer.restore import Mode, restore
from support.transfer import open_watchlist

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = open_watchlist(tmp_path / "main")
    yield opened
    opened.close()


def users_case(watchlist) -> Title:
    title = watchlist.add(Title("All of Us Are Dead", network="Netflix", seasons=(Season(2),)))
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "Early")
    )
    return watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED))


def uids(db) -> dict[str, str]:
    parsed = icalendar.Calendar.from_ical(calendar_text(db, TODAY, NOW))
    return {str(e["SUMMARY"]): str(e["UID"]) for e in parsed.walk("VEVENT")}


def test_uids_survive_a_rename_a_restore_and_a_merge_into_another_watchlist(watchlist, tmp_path):
    watchlist.add(Title("Dark", year=2017))  # another title first, so row ids differ after a merge
    title = users_case(watchlist)
    first = uids(watchlist.db)
    assert len(first) == 2 and all("title-" not in uid for uid in first.values())
    watchlist.update(title.id, Title("All of Us Are Dead (Korean)", network="Netflix"))
    renamed = set(uids(watchlist.db).values())
    assert renamed == set(first.values())
    backup = make_backup(watchlist.db)
    other = open_watchlist(tmp_path / "other")
    try:
        other.add(Title("Severance"))
        other.add(Title("The Bear"))
        merge_backup(other.db, backup["tables"])
        assert set(uids(other.db).values()) == renamed
        assert {t.name: t.id for t in other.titles()}["All of Us Are Dead (Korean)"] != title.id
    finally:
        other.close()
    restored = open_watchlist(tmp_path / "restored")
    try:
        restore(restored.db, backup, Mode.EMPTY_ONLY)
        assert set(uids(restored.db).values()) == renamed
    finally:
        restored.close()


def test_sequence_and_last_modified_move_only_when_an_event_changes(watchlist):
    title = users_case(watchlist)
    first = plan.take(watchlist.db, today=TODAY, now=NOW)
    same = plan.take(watchlist.db, today=TODAY, now=datetime(2026, 12, 2, tzinfo=UTC))
    assert {u: (e.sequence, e.modified_at) for u, e in first.ledger.items()} == {
        u: (e.sequence, e.modified_at) for u, e in same.ledger.items()
    }
    moved_at = datetime(2026, 12, 3, tzinfo=UTC)
    watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix"))
    moved = plan.take(watchlist.db, today=TODAY, now=moved_at)
    release = next(u for u in moved.ledger if u.endswith("-s2-release@cliffhanger.local"))
    assert moved.ledger[release].sequence == first.ledger[release].sequence + 1
    assert moved.ledger[release].modified_at == moved_at


def test_a_removed_claim_marks_its_event_unwanted_and_keeps_its_sequence(watchlist):
    title = users_case(watchlist)
    first = plan.take(watchlist.db, today=TODAY, now=NOW)
    claim = next(c for c in watchlist.title(title.id).season(2).claims if c.window.text == "early 2027")
    watchlist.delete_entries(title.id, EntryKind.CLAIM, [claim.id])
    after = plan.take(watchlist.db, today=TODAY, now=NOW)
    gone = next(u for u in after.ledger if "-claim-part-" in u)
    assert not after.ledger[gone].wanted and after.ledger[gone].sequence == first.ledger[gone].sequence + 1
    assert gone not in {s.uid for s in after.specs}


def test_a_debunked_claim_has_no_event_and_no_say_in_the_estimate():
    from cliffhanger.domain.standing import Standing

    debunked = ReleaseClaim(parse_window("December 2026"), Confidence.OFFICIAL, "A misread press release")
    claims = (
        dataclasses.replace(debunked, standing=Standing.DEBUNKED),
        ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry"),
    )
    title = Title("All of Us Are Dead", seasons=(Season(2, claims=claims),), id=1)
    built = events.build([title], today=TODAY)
    assert [s.summary for s in built] == ["All of Us Are Dead S2 (early 2027, speculated)"]
    assert "December" not in built[0].description


def test_a_released_season_keeps_its_date_for_a_month_and_a_cancelled_one_none():
    from cliffhanger.domain.models import StatusChange
    from cliffhanger.domain.vocabulary import Status

    def season(status: Status, day: str) -> Title:
        history = (StatusChange(status, date(2026, 11, 20)),)
        claim = ReleaseClaim(parse_window(day), Confidence.OFFICIAL)
        return Title("Dark", seasons=(Season(4, history=history, claims=(claim,)),), id=1)

    assert len(events.build([season(Status.RELEASED, "2026-11-20")], today=TODAY)) == 1
    assert events.build([season(Status.RELEASED, "2026-09-01")], today=TODAY) == []
    assert events.build([season(Status.CANCELLED, "2027-02-01")], today=TODAY) == []


def test_a_known_air_time_makes_the_release_a_timed_event_and_an_unknown_one_all_day():
    from cliffhanger.domain.episodes import Episode

    claim = ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix")
    stamp = datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
    timed = Season(
        2, claims=(claim,), episodes=(Episode(2, 1, airdate=date(2027, 1, 15), airstamp=stamp, runtime=55),)
    )
    (event,) = events.build([Title("All of Us Are Dead", seasons=(timed,), id=1)], today=TODAY)
    assert (event.start, event.end) == (stamp, datetime(2027, 1, 15, 8, 55, tzinfo=UTC))
    other_day = Season(
        2, claims=(claim,), episodes=(Episode(2, 1, airdate=date(2027, 1, 22), airstamp=stamp),)
    )
    (event,) = events.build([Title("All of Us Are Dead", seasons=(other_day,), id=1)], today=TODAY)
    assert (event.start, event.end) == (date(2027, 1, 15), date(2027, 1, 16))


def test_the_file_is_still_written_when_the_database_cannot_be_written(tmp_path, monkeypatch):
    import sqlite3

    from cliffhanger.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    watchlist = open_watchlist(tmp_path / "locked")
    try:
        users_case(watchlist)
        before = uids(watchlist.db)
        holder = sqlite3.connect(watchlist.db.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            assert uids(watchlist.db) == before
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    finally:
        watchlist.close()


def test_alarms_are_the_planners_own_events_at_its_instants_one_per_instant():
    from datetime import time

    from cliffhanger.calsync import alarms
    from cliffhanger.domain.episodes import Episode
    from cliffhanger.domain.reminders import AlertSetting, AutoAlerts, EventKind, ReminderRule, RuleKind
    from cliffhanger.reminders.planner import expand

    claim = ReleaseClaim(parse_window("2027-03-29"), Confidence.OFFICIAL, "Netflix", noted_at=NOW)
    premiere = Episode(2, 1, airdate=date(2027, 3, 29), airstamp=datetime(2027, 3, 29, 7, 0, tzinfo=UTC))
    title = Title("All of Us Are Dead", seasons=(Season(2, claims=(claim,), episodes=(premiere,)),), id=1)
    rules = [
        ReminderRule(
            1, RuleKind.RELEASE, "Europe/Berlin", season=2, days_before=3, on_day=True, at_time=time(9)
        ),
    ]
    settings = {1: AlertSetting(1, True, datetime(2026, 11, 1, tzinfo=UTC))}
    auto = AutoAlerts("Europe/Berlin", time(9))
    source = alarms.planned_alarms(rules, settings, auto, "Europe/Berlin", time(9))
    (spec,) = events.build([title], rules, today=TODAY, alarm_sources=[source])
    planned = expand([title], rules, settings, (), auto, "Europe/Berlin", time(9))
    kinds = (EventKind.BEFORE, EventKind.RELEASE_DAY, EventKind.PREMIERE)
    assert sorted(a.at for a in spec.alarms) == sorted({e.due for e in planned if e.kind in kinds})
    assert [a.at for a in spec.alarms] == [
        datetime(2027, 3, 26, 8, 0, tzinfo=UTC),  # 09:00 CET, before clocks go forward on 28 March
        datetime(2027, 3, 29, 7, 0, tzinfo=UTC),  # 09:00 CEST on the day: release day and premiere together
    ]
    day = spec.alarms[1].text
    assert "season premiere" in day and day.count("All of Us Are Dead, season 2") == 2
    assert not any(e.kind is EventKind.RELEASE_DAY and e.due == spec.alarms[0].at for e in planned)
