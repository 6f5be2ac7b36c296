"""Whatever edits, restarts, crashes and clock steps happen, no event is lost or delivered twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import LEASE, Preferences, load_agenda, run_pass
from cliffhanger.storage import outbox_repo
from cliffhanger.storage.engine import Database
from cliffhanger.storage.reminder_tables import OutboxRow
from cliffhanger.storage.watchlist import Watchlist
from support.reminders import T0, RecordingNotifier, chain

steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(-120, 600)),  # a reminder this many minutes from now
        st.tuples(st.just("advance"), st.integers(1, 240)),  # minutes pass
        st.tuples(st.just("pass"), st.just(0)),  # the app wakes up
        st.tuples(st.just("restart"), st.just(0)),  # the app is closed and opened again
        st.tuples(st.just("crash"), st.just(0)),  # a pass claims and dies before sending
    ),
    max_size=25,
)


@pytest.mark.slow  # many generated cases; tests/run runs it
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=steps)
def test_no_event_is_lost_or_delivered_twice(tmp_path_factory, script):
    home = tmp_path_factory.mktemp("prop")
    wl = Watchlist.open(home / "db.sqlite3", backups=home / "backups")
    title = wl.add(Title("Severance"))
    db, now, recorder = wl.db, T0, RecordingNotifier()
    expected: set[str] = set()
    for action, value in script:
        if action == "add":
            at = (now + timedelta(minutes=value)).replace(tzinfo=None, microsecond=0)
            rule = ReminderRule(title.id, RuleKind.AT, "UTC", at=at, created_at=now)
            ReminderBook(db, zone="UTC").add_rule(rule, now)
        elif action == "advance":
            now += timedelta(minutes=value)
        elif action == "pass":
            run_pass(db, chain(recorder), now=now, prefs=Preferences())
        elif action == "restart":
            db.close()
            db = Database(home / "db.sqlite3")
        elif action == "crash":
            with db.immediate() as session:
                due = load_agenda(session, Preferences()).due(now)
                outbox_repo.claim(session=session, events=due, now=now)
    now += 3 * LEASE + timedelta(days=30)
    for _ in range(3):  # the app runs on long enough for every lease to run out
        run_pass(db, chain(recorder), now=now, prefs=Preferences())
        now += 2 * LEASE
    with db.transaction() as session:
        outbox = {r.key: r for r in session.exec(select(OutboxRow)).all()}
        expected = {e.key for e in load_agenda(session, Preferences()).events} | set(outbox)
    shown = [n.event_key for n in recorder.shown if n.event_key] + [
        r.key for r in outbox.values() if r.digest and r.state == "sent"
    ]
    assert len(shown) == len(set(shown)), "an event was shown twice"
    assert set(outbox) == expected, "an event was never claimed"
    assert all(r.state == "sent" for r in outbox.values()), "an event was left unsent"
    db.close()
