# ruff: noqa: E501  (tables read best one case per line)
"""Planner tables with a fake clock: time zones, DST changes, windows without days, moving estimates, leap days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.reminders import AlertSetting, ReminderRule, RuleKind, Snooze, local_instant
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import ReleaseWindow, parse_window
from cliffhanger.reminders.planner import Agenda, QuietHours, expand, plan

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def title(*, claims=(), history=(), number=2, name="All of Us Are Dead"):
    return Title(name, network="Netflix", seasons=(Season(number, history=history, claims=claims),), id=1)


def claim(text, confidence=Confidence.OFFICIAL, source="Netflix", at=T0, origin=Origin.REFRESH):
    return ReleaseClaim(parse_window(text), confidence, source, noted_at=at, origin=origin)


def release_rule(days=None, on_day=False, zone="Europe/Berlin", at=time(9), window_start=False):
    return ReminderRule(1, RuleKind.RELEASE, zone, season=2, days_before=days, on_day=on_day, at_time=at,
                        fire_on_window_start=window_start, created_at=T0, id=1)  # fmt: skip


def at_rule(moment, zone="Europe/Berlin", note="rewatch"):
    return ReminderRule(1, RuleKind.AT, zone, at=moment, note=note, created_at=T0, id=7)


def due_at(titles, rules, now, alerts=None, delivered=()):
    return plan(now=now, titles=titles, rules=rules, alerts=alerts or {}, delivered=set(delivered))


@pytest.mark.parametrize(
    ("zone", "local", "utc"),
    [
        ("Europe/Berlin", datetime(2026, 7, 1, 9, 0), datetime(2026, 7, 1, 7, 0)),  # summer, UTC+2
        ("Europe/Berlin", datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 1, 8, 0)),  # winter, UTC+1
        ("Europe/Berlin", datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 1, 30)),  # skipped: fires 03:30
        (
            "Europe/Berlin",
            datetime(2026, 10, 25, 2, 30),
            datetime(2026, 10, 25, 0, 30),
        ),  # repeated: first one
        ("America/New_York", datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 7, 30)),  # skipped: 03:30 EDT
        ("America/New_York", datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 5, 30)),  # repeated: EDT
        ("America/New_York", datetime(2026, 11, 2, 9, 0), datetime(2026, 11, 2, 14, 0)),  # after: EST
        ("Asia/Kolkata", datetime(2028, 2, 29, 9, 0), datetime(2028, 2, 29, 3, 30)),  # leap day, +05:30
    ],
)
def test_a_set_time_fires_at_the_right_instant(zone, local, utc):
    rule = at_rule(local, zone)
    expected = utc.replace(tzinfo=UTC)
    assert due_at([title()], [rule], expected - timedelta(seconds=1)).due == ()
    assert due_at([title()], [rule], expected - timedelta(seconds=1)).next_wake == expected
    [event] = due_at([title()], [rule], expected).due
    assert event.message == "All of Us Are Dead: rewatch"


def test_a_wall_time_survives_the_dst_change_between_setting_and_firing():
    before_change = at_rule(datetime(2026, 3, 28, 9, 0))
    after_change = at_rule(datetime(2026, 3, 30, 9, 0))
    assert local_instant(before_change.at, "Europe/Berlin").hour == 8
    assert local_instant(after_change.at, "Europe/Berlin").hour == 7


@pytest.mark.parametrize(
    ("days", "on_day", "window", "expected"),
    [
        (3, False, "2027-01-15", [("before", datetime(2027, 1, 12, 8), "out in 3 days, 15 January 2027 (official, Netflix)")]),
        (None, True, "2027-01-15", [("release-day", datetime(2027, 1, 15, 8), "out today, 15 January 2027 (official, Netflix)")]),
        (1, True, "2028-02-29", [("before", datetime(2028, 2, 28, 8), "out tomorrow, 29 February 2028 (official, Netflix)"),
                                 ("release-day", datetime(2028, 2, 29, 8), "out today, 29 February 2028 (official, Netflix)")]),
        (7, False, "2026-04-02", [("before", datetime(2026, 3, 26, 8), "out in 7 days, 2 April 2026 (official, Netflix)")]),
        (7, False, "2026-04-06", [("before", datetime(2026, 3, 30, 7), "out in 7 days, 6 April 2026 (official, Netflix)")]),
    ],
)  # fmt: skip
def test_release_reminders_follow_the_best_estimate(days, on_day, window, expected):
    events = expand([title(claims=(claim(window),))], [release_rule(days, on_day)], {})
    got = [(e.kind.value, e.due, e.body) for e in sorted(events, key=lambda e: e.due)]
    assert got == [(kind, when.replace(tzinfo=UTC), body) for kind, when, body in expected]


def test_a_window_without_a_day_fires_only_when_asked_and_at_its_start():
    t = title(claims=(claim("December 2026", Confidence.REPORTED, "Deadline"),))
    assert expand([t], [release_rule(3, True)], {}) == []
    events = sorted(expand([t], [release_rule(3, True, window_start=True)], {}), key=lambda e: e.due)
    assert [e.due for e in events] == [
        datetime(2026, 11, 28, 8, tzinfo=UTC),
        datetime(2026, 12, 1, 8, tzinfo=UTC),
    ]
    assert events[1].body == "release window December 2026 starts today (reported, Deadline)"


def test_a_moved_date_fires_anew_once_and_the_old_one_not_at_all():
    rule = release_rule(3)
    first = title(claims=(claim("2027-01-15"),))
    [old] = expand([first], [rule], {})
    moved = title(claims=(claim("2027-01-15"), claim("2027-01-22", at=T0 + timedelta(days=1))))
    [new] = expand([moved], [rule], {})
    assert old.key != new.key
    assert new.due == datetime(2027, 1, 19, 8, tzinfo=UTC)
    now = datetime(2027, 1, 20, tzinfo=UTC)
    assert [e.key for e in due_at([moved], [rule], now, delivered={old.key}).due] == [new.key]
    assert due_at([moved], [rule], now, delivered={old.key, new.key}).due == ()
    back = title(claims=(claim("2027-01-22"), claim("2027-01-15", at=T0 + timedelta(days=2))))
    assert due_at([back], [rule], now, delivered={old.key, new.key}).due == ()  # same day, same key


def test_events_due_before_the_rule_existed_are_not_sent():
    rule = ReminderRule(
        1, RuleKind.RELEASE, "UTC", season=2, days_before=30, created_at=datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert expand([title(claims=(claim("2027-01-15"),))], [rule], {}) == []


def test_no_estimate_no_reminder():
    assert expand([title()], [release_rule(3, True)], {}) == []


def alerts(baseline=T0, **kinds):
    return {1: AlertSetting(1, True, baseline)}


def status(s, since, at, confidence=Confidence.OFFICIAL, source="Netflix", id=None, origin=Origin.REFRESH):
    return StatusChange(Status(s), since, source, confidence, recorded_at=at, id=id, origin=origin)


def test_status_alerts_ignore_history_older_than_the_baseline():
    history = (status("filming", date(2025, 5, 1), T0 - timedelta(days=1)),)
    assert expand([title(history=history)], [], alerts()) == []


def test_a_new_status_alerts_at_once():
    history = (
        status("filming", date(2025, 5, 1), T0 - timedelta(days=1)),
        status("post-production", date(2026, 1, 2), T0 + timedelta(hours=1), Confidence.REPORTED, "Variety"),
    )
    [event] = expand([title(history=history)], [], alerts())
    assert event.due == T0 + timedelta(hours=1)
    assert (
        event.message == "All of Us Are Dead, season 2: now post-production, was filming (reported, Variety)"
    )


def test_a_status_that_flips_back_is_reported_then_corrected_in_one_follow_up():
    history = (
        status("filming", date(2025, 5, 1), T0 - timedelta(days=1), id=1),
        status("post-production", date(2026, 1, 2), T0 + timedelta(hours=1), id=2),
        status("filming", date(2026, 1, 3), T0 + timedelta(hours=1, minutes=5), id=3),
    )
    events = expand([title(history=history)], [], alerts())
    assert [(e.due, e.body) for e in events] == [
        (T0 + timedelta(hours=1), "now post-production, was filming (Netflix)"),
        (T0 + timedelta(hours=1, minutes=5), "back to filming, was post-production (Netflix)"),
    ]


def test_a_status_changing_twice_quickly_reports_each_at_once():
    history = (
        status("filming", date(2025, 5, 1), T0 - timedelta(days=1)),
        status("post-production", date(2026, 1, 2), T0 + timedelta(hours=1)),
        status("scheduled", date(2026, 1, 3), T0 + timedelta(hours=1, minutes=2)),
    )
    events = expand([title(history=history)], [], alerts())
    assert [e.body for e in events] == [
        "now post-production, was filming (Netflix)",
        "now scheduled, was post-production (Netflix)",
    ]


def test_a_status_learnt_long_after_it_began_is_told_as_past_never_as_now():
    history = (
        status("filming", date(2025, 7, 1), T0 - timedelta(days=100)),
        status(
            "post-production",
            date(2025, 2, 19) + timedelta(days=365),
            T0 + timedelta(days=80),
            source="TVmaze",
        ),
    )
    [event] = expand([title(history=history)], [], alerts())
    assert event.body == "post-production since 19 February 2026 (TVmaze), was filming"
    released = (status("released", date(2022, 1, 28), T0 + timedelta(hours=1), source="TVmaze"),)
    [event] = expand([title(history=released, number=1)], [], alerts())
    assert event.body == "released on 28 January 2022 (TVmaze)"
    assert "now" not in event.body


@pytest.mark.parametrize("origin", [Origin.TYPED, Origin.IMPORT, Origin.RESTORE, Origin.LINK])
def test_facts_typed_imported_restored_or_linked_are_never_announced(origin):
    history = (
        status("filming", date(2025, 5, 1), T0 - timedelta(days=1)),
        status("post-production", date(2026, 1, 2), T0 + timedelta(hours=1), origin=origin),
    )
    claims = (claim("2027-01-15", at=T0 + timedelta(hours=2), origin=origin),)
    events = expand([title(history=history, claims=claims)], [], alerts())
    assert events == []


@pytest.mark.parametrize("origin", [Origin.REFRESH, Origin.NEWS, Origin.ANNOUNCED, Origin.LEGACY])
def test_facts_from_a_refresh_news_or_announced_are_news(origin):
    claims = (claim("2027-01-15", at=T0 + timedelta(hours=2), origin=origin),)
    [event] = expand([title(claims=claims)], [], alerts())
    assert event.kind.value == "date"


def test_a_typed_claim_still_counts_as_what_it_was_before():
    claims = (
        claim("early 2027", Confidence.SPECULATED, "", T0 + timedelta(hours=1), origin=Origin.TYPED),
        claim("2027-01-29", source="TVmaze", at=T0 + timedelta(hours=2)),
    )
    [event] = expand([title(claims=claims)], [], alerts())
    assert event.body == "official date 29 January 2027 (TVmaze), was early 2027 (speculated)"


def test_an_official_date_announced_then_moved():
    claims = (
        claim("December 2026", Confidence.REPORTED, "Deadline", T0 - timedelta(days=3)),
        claim("2027-01-15", at=T0 + timedelta(days=1)),
        claim("2027-01-22", at=T0 + timedelta(days=2)),
    )
    events = sorted(expand([title(claims=claims)], [], alerts()), key=lambda e: e.due)
    assert [e.message for e in events] == [
        "All of Us Are Dead, season 2: official date 15 January 2027 (Netflix), was December 2026 (reported, Deadline)",
        "All of Us Are Dead, season 2: official date moved to 22 January 2027 (Netflix), was 15 January 2027 (official, Netflix)",
    ]


def test_a_new_unofficial_claim_alerts_as_a_claim():
    [event] = expand(
        [title(claims=(claim("Q1 2027", Confidence.RUMOURED, "Reddit", T0 + timedelta(hours=2)),))],
        [],
        alerts(),
    )
    assert event.body == "new release estimate, Q1 2027 (rumoured, Reddit)"


def test_a_new_season_is_announced():
    t = Title("Severance", seasons=(
        Season(1, history=(status("ended", date(2022, 4, 8), T0 - timedelta(days=9)),)),
        Season(2, history=(status("announced", date(2026, 1, 5), T0 + timedelta(days=4)),)),
    ), id=1)  # fmt: skip
    events = expand([t], [], alerts())
    assert [(e.kind.value, e.message) for e in events] == [("season", "Severance: season 2 announced")]


def test_alerts_switched_off_say_nothing():
    history = (status("filming", date(2026, 5, 1), T0 + timedelta(days=1)),)
    assert expand([title(history=history)], [], {1: AlertSetting(1, False, T0)}) == []


def test_a_snooze_comes_back_once_at_its_time():
    until = datetime(2026, 5, 1, 7, tzinfo=UTC)
    snooze = Snooze(
        "1:2:date:2027-01-15", until, 1, 2, "All of Us Are Dead, season 2", "release date announced"
    )
    result = plan(now=until, titles=[title()], rules=[], alerts={}, delivered=set(), snoozes=[snooze])
    assert [e.message for e in result.due] == ["All of Us Are Dead, season 2: release date announced"]
    again = plan(
        now=until, titles=[title()], rules=[], alerts={}, delivered={result.due[0].key}, snoozes=[snooze]
    )
    assert again.due == ()


def test_pause_holds_everything_and_plans_no_wake_up():
    rule = at_rule(datetime(2026, 5, 1, 9))
    now = datetime(2026, 6, 1, tzinfo=UTC)
    assert plan(now=now, titles=[title()], rules=[rule], alerts={}, delivered=set(), paused=True).due == ()
    assert len(plan(now=now, titles=[title()], rules=[rule], alerts={}, delivered=set()).due) == 1


def test_quiet_hours_hold_delivery_until_they_end():
    quiet = QuietHours(time(22), time(8), "Europe/Berlin")
    rule = at_rule(datetime(2026, 6, 1, 23, 0))
    during = datetime(2026, 6, 1, 22, 30, tzinfo=UTC)  # 00:30 in Berlin
    held = plan(now=during, titles=[title()], rules=[rule], alerts={}, delivered=set(), quiet=quiet)
    assert held.due == () and held.next_wake == datetime(2026, 6, 2, 6, tzinfo=UTC)
    before = datetime(2026, 6, 1, 19, tzinfo=UTC)
    early = plan(now=before, titles=[title()], rules=[rule], alerts={}, delivered=set(), quiet=quiet)
    assert early.next_wake == datetime(2026, 6, 2, 6, tzinfo=UTC)
    after = plan(now=held.next_wake, titles=[title()], rules=[rule], alerts={}, delivered=set(), quiet=quiet)
    assert len(after.due) == 1


def test_the_agenda_finds_the_next_wake_up_among_many():
    rules = [ReminderRule(1, RuleKind.AT, "UTC", at=datetime(2026, 2, 1) + timedelta(hours=i), created_at=T0, id=i)
             for i in range(500)]  # fmt: skip
    agenda = Agenda(expand([title()], rules, {}))
    now = datetime(2026, 2, 3, 0, 30, tzinfo=UTC)
    assert agenda.next_after(now) == datetime(2026, 2, 3, 1, tzinfo=UTC)
    assert len(agenda.due(now)) == 49


def test_the_planner_refuses_a_naive_now():
    with pytest.raises(ValueError, match="aware"):
        plan(now=datetime(2026, 1, 1), titles=[], rules=[], alerts={}, delivered=set())


def test_a_rule_needs_a_known_zone():
    with pytest.raises(ValueError, match="time zone"):
        ReminderRule(1, RuleKind.AT, "Mars/Olympus", at=datetime(2026, 1, 1))


def test_release_window_helper_is_consistent():
    assert ReleaseWindow.on(date(2028, 2, 29)).text == "29 February 2028"
