"""Incremental planning on a real SQLite file: only marked titles are planned again, and the claim never
delivers from a plan older than the title it came from."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import STALE_RETRY, Preferences, claim_planned, run_pass
from cliffhanger.reminders.replan import replan_marked
from cliffhanger.storage.plan_claims import MARKS, PLANNED
from cliffhanger.storage.plan_store import PlanStore

from .conftest import T0, add_at_reminders, chain


def marked(wl) -> set[int]:
    with wl.db.transaction() as session:
        return set(session.execute(select(MARKS.c.title_id)).scalars())


def planned_keys(wl) -> set[str]:
    with wl.db.transaction() as session:
        return set(session.execute(select(PLANNED.c.key)).scalars())


def rule_at(title_id: int, hours: int) -> ReminderRule:
    at = (T0 + timedelta(hours=hours)).replace(tzinfo=None)
    made = T0 - timedelta(days=1)
    return ReminderRule(title_id, RuleKind.AT, "UTC", at=at, note=f"at {hours}", created_at=made)


def test_after_a_pass_an_edit_marks_only_the_title_it_touched(watchlist):
    ids = [watchlist.add(Title(f"Show {i}")).id for i in range(5)]
    assert replan_marked(watchlist.db, Preferences()) == 5
    assert marked(watchlist) == set() and replan_marked(watchlist.db, Preferences()) == 0
    rule_id = ReminderBook(watchlist.db, zone="UTC").add_rule(rule_at(ids[2], 3))
    assert marked(watchlist) == {ids[2]}
    assert replan_marked(watchlist.db, Preferences()) == 1
    assert planned_keys(watchlist) == {f"{ids[2]}:-:at:2026-03-01T15:00:00#{rule_id}"}


def test_removing_a_rule_takes_its_event_out_of_the_plan(watchlist, recorder):
    [rule_id] = add_at_reminders(watchlist, 1, first=T0 + timedelta(hours=2))
    run_pass(watchlist.db, chain(recorder), now=T0, prefs=Preferences())
    assert len(planned_keys(watchlist)) == 1
    ReminderBook(watchlist.db, zone="UTC").remove_rule(rule_id)
    result = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(hours=3), prefs=Preferences())
    assert result.delivered == () and planned_keys(watchlist) == set() and recorder.shown == []


def test_a_title_changed_after_planning_waits_for_its_new_plan(watchlist, recorder):
    [rule_id] = add_at_reminders(watchlist, 1)
    replan_marked(watchlist.db, Preferences())
    ReminderBook(watchlist.db, zone="UTC").remove_rule(rule_id)  # marked, not yet planned again
    claim = claim_planned(watchlist.db, now=T0 + timedelta(hours=1), prefs=Preferences())
    assert claim.due == () and claim.next_wake == T0 + timedelta(hours=1) + STALE_RETRY
    later = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(hours=1), prefs=Preferences())
    assert later.delivered == () and recorder.shown == []


def test_a_mark_renewed_while_planning_is_kept_for_the_next_pass(watchlist):
    title = watchlist.add(Title("Harbor Lights"))
    store = PlanStore(watchlist.db)
    store.prepare("prefs")
    marks, _rows = store.marked(0, 100)
    ReminderBook(watchlist.db, zone="UTC").add_rule(rule_at(title.id, 1))  # written while it was planned
    assert store.store(marks, []) == 0
    assert marked(watchlist) == {title.id}


def test_missing_triggers_are_made_again_and_every_title_planned(watchlist):
    ids = [watchlist.add(Title(f"Show {i}")).id for i in range(3)]
    replan_marked(watchlist.db, Preferences())
    with watchlist.db.immediate() as session:  # what a batch migration rebuilding a table does
        session.execute(text("DROP TRIGGER plan_mark_reminder_rule_insert"))
    assert replan_marked(watchlist.db, Preferences()) == 3
    ReminderBook(watchlist.db, zone="UTC").add_rule(rule_at(ids[0], 1))
    assert marked(watchlist) == {ids[0]}


def test_a_change_of_zone_plans_every_title_again(watchlist):
    for i in range(4):
        watchlist.add(Title(f"Show {i}"))
    replan_marked(watchlist.db, Preferences())
    assert replan_marked(watchlist.db, Preferences(zone="Europe/Berlin")) == 4
    assert replan_marked(watchlist.db, Preferences(zone="Europe/Berlin")) == 0


def test_a_claimed_event_leaves_the_plan_and_is_not_planned_again(watchlist, recorder):
    title_ids = add_at_reminders(watchlist, 2)
    run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(minutes=1), prefs=Preferences())
    assert len(planned_keys(watchlist)) == 1
    with watchlist.db.immediate() as session:  # mark every title: the delivered event must not come back
        session.execute(text("INSERT INTO reminder_plan_mark (title_id, stamp) SELECT id, 99 FROM title"))
    replan_marked(watchlist.db, Preferences())
    assert len(planned_keys(watchlist)) == 1 and len(title_ids) == 2


def test_a_stopped_pass_ends_between_chunks_and_leaves_the_rest_marked(watchlist, monkeypatch):
    from cliffhanger.reminders import replan

    monkeypatch.setattr(replan, "PLAN_CHUNK", 2)
    ids = [watchlist.add(Title(f"Show {i}")).id for i in range(5)]
    asked: list[int] = []

    def stopped() -> bool:  # quitting once the first chunk is stored
        asked.append(len(marked(watchlist)))
        return len(asked) > 1

    assert replan_marked(watchlist.db, Preferences(), stopped) == 2
    assert asked == [5, 3] and marked(watchlist) == set(ids[2:])
    assert replan_marked(watchlist.db, Preferences()) == 3


def test_a_pass_stopped_before_its_claim_claims_nothing(watchlist, recorder):
    from cliffhanger.reminders.delivery import claim_due

    add_at_reminders(watchlist, 1)
    claim = claim_due(watchlist.db, now=T0 + timedelta(hours=1), prefs=Preferences(), stopped=lambda: True)
    assert claim.due == () and claim.next_wake is None
    later = run_pass(watchlist.db, chain(recorder), now=T0 + timedelta(hours=1), prefs=Preferences())
    assert len(later.delivered) == 1
