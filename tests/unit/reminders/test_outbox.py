"""The outbox on a real SQLite file: each event delivered once, across passes and crashes."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from cliffhanger.reminders.delivery import LEASE, Preferences, run_pass
from cliffhanger.storage import outbox_repo
from cliffhanger.storage.reminder_tables import OutboxRow

from .conftest import T0, RecordingNotifier, add_at_reminders, chain


def rows(wl):
    with wl.db.transaction() as session:
        return session.exec(select(OutboxRow).order_by(OutboxRow.id)).all()


def test_due_events_are_delivered_once_and_recorded(watchlist, recorder):
    add_at_reminders(watchlist, 2)
    first = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(minutes=30), prefs=Preferences())
    assert [n.body for n in recorder.shown] == ["note 0"]
    assert first.next_wake == T0 + timedelta(hours=1)
    again = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(minutes=31), prefs=Preferences())
    assert again.delivered == () and len(recorder.shown) == 1
    [row] = rows(watchlist)
    assert (row.state, row.channel, row.attempts) == ("sent", "recorder", 1)
    assert row.delivered_at is not None


def test_more_than_three_at_once_become_one_digest(watchlist, recorder):
    add_at_reminders(watchlist, 5)
    result = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(hours=6), prefs=Preferences())
    assert len(result.delivered) == 5
    [digest] = recorder.shown
    assert digest.summary == "While you were away: 5 reminders"
    assert digest.body.splitlines()[0] == "Show 5: note 0"
    saved = rows(watchlist)
    assert len(saved) == 5 and len({r.digest for r in saved}) == 1 and saved[0].digest


def test_three_at_once_are_shown_one_by_one(watchlist, recorder):
    add_at_reminders(watchlist, 3)
    run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(hours=6), prefs=Preferences())
    assert [n.body for n in recorder.shown] == ["note 0", "note 1", "note 2"]


def test_paused_holds_and_resuming_delivers(watchlist, recorder):
    add_at_reminders(watchlist, 1)
    now = T0 + timedelta(hours=1)
    assert run_pass(watchlist.db, chain(recorder), now=now, prefs=Preferences(paused=True)).delivered == ()
    assert len(run_pass(watchlist.db, chain(recorder), now=now, prefs=Preferences()).delivered) == 1


def test_a_failing_desktop_is_recorded_as_failed_not_raised(watchlist):
    add_at_reminders(watchlist, 1)
    broken = RecordingNotifier(fail=True)
    run_pass(watchlist.db, chain(broken), now=T0 + timedelta(hours=1), prefs=Preferences())
    [row] = rows(watchlist)
    assert row.state == "failed"


def test_a_crash_between_claim_and_send_resends_once_then_gives_up(watchlist, recorder):
    add_at_reminders(watchlist, 1)
    now = T0 + timedelta(minutes=1)
    with watchlist.db.immediate() as session:  # what a pass does before it dies
        from cliffhanger.reminders.delivery import load_agenda

        due = load_agenda(session, Preferences()).due(now)
        outbox_repo.claim(session=session, events=due, now=now)
    assert run_pass(watchlist.db, chain(recorder), now=now + LEASE / 2, prefs=Preferences()).delivered == ()
    later = now + LEASE + timedelta(seconds=1)
    retried = run_pass(watchlist.db, chain(recorder), now=later, prefs=Preferences())
    assert [e.body for e in retried.delivered] == ["note 0"]
    [row] = rows(watchlist)
    assert (row.state, row.attempts) == ("sent", 2)
    with watchlist.db.immediate() as session:  # a second crash after the retry's claim
        row = session.get(OutboxRow, row.id)
        row.state = "claimed"
        session.add(row)
    run_pass(watchlist.db, chain(recorder), now=later + 2 * LEASE, prefs=Preferences())
    assert rows(watchlist)[0].state == "failed" and len(recorder.shown) == 1
