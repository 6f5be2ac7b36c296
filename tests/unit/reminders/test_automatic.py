"""The release day and a passed window are planned without a rule, in the user's zone, and only when new."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.reminders import (
    AlertKind,
    AlertSetting,
    AutoAlerts,
    EventKind,
    ReminderRule,
    RuleKind,
)
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.reminders.planner import Agenda, expand

T0 = datetime(2026, 12, 1, 12, tzinfo=UTC)
BERLIN = AutoAlerts("Europe/Berlin", time(9))


def show(*claims: ReleaseClaim, history: tuple[StatusChange, ...] = (), number: int | None = 2) -> Title:
    return Title("All of Us Are Dead", seasons=(Season(number, history=history, claims=claims),), id=1)


def claim(text: str, confidence=Confidence.OFFICIAL, source="TVmaze", at=T0, origin=Origin.REFRESH):
    return ReleaseClaim(parse_window(text), confidence, source, noted_at=at, origin=origin)


def followed(baseline=T0 - timedelta(days=30), kinds=frozenset(AlertKind)) -> dict[int, AlertSetting]:
    return {1: AlertSetting(1, True, baseline, kinds)}


def automatic(title: Title, alerts=None, auto=BERLIN):
    events = expand([title], [], alerts or followed(), auto=auto)
    return [e for e in events if e.kind in (EventKind.RELEASE_DAY, EventKind.WINDOW_PASSED)]


@pytest.mark.parametrize(
    ("day", "utc"),
    [
        ("2027-01-29", datetime(2027, 1, 29, 8, 0, tzinfo=UTC)),  # winter, UTC+1
        ("2027-03-28", datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),  # the day clocks go forward, UTC+2 at 09:00
        ("2027-10-31", datetime(2027, 10, 31, 8, 0, tzinfo=UTC)),  # the day clocks go back, UTC+1 at 09:00
        ("2027-07-01", datetime(2027, 7, 1, 7, 0, tzinfo=UTC)),  # summer
    ],
)
def test_an_official_day_is_announced_on_the_day_at_the_default_time(day, utc):
    [event] = automatic(show(claim(day)))
    assert event.kind is EventKind.RELEASE_DAY and event.due == utc
    assert event.body.startswith("out today, ")
    assert "official date" in event.why


def test_a_window_or_an_unofficial_day_has_no_release_day():
    assert automatic(show(claim("2027-01-29", Confidence.REPORTED), history=(
        StatusChange(Status.SCHEDULED, date(2026, 11, 1), recorded_at=T0),))) == []  # fmt: skip


def test_a_day_already_past_when_it_was_learnt_is_never_announced():
    imported = claim("2022-01-28", at=T0, origin=Origin.IMPORT)
    released = (StatusChange(Status.RELEASED, date(2022, 1, 28), recorded_at=T0, origin=Origin.IMPORT),)
    assert automatic(show(imported, history=released, number=1)) == []
    assert automatic(show(claim("2026-11-30"))) == []  # the day before the date was known


def test_a_rule_on_the_day_and_the_automatic_alert_are_one_event():
    rule = ReminderRule(1, RuleKind.RELEASE, "Europe/Berlin", season=2, on_day=True, created_at=T0, id=3)
    events = expand([show(claim("2027-01-29"))], [rule], followed(), auto=BERLIN)
    days = [e for e in Agenda(events).events if e.kind is EventKind.RELEASE_DAY]
    assert len(days) == 1


def test_a_passed_window_is_told_once_with_the_latest_claim():
    early = claim("early 2027", Confidence.SPECULATED, "Soompi", T0 - timedelta(days=2))
    december = claim("December 2026", Confidence.REPORTED, "Newsen", T0 - timedelta(days=20))
    history = (StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), recorded_at=T0),)
    title = show(december, early, history=history)
    events = automatic(title, alerts={1: AlertSetting(1, True, T0 - timedelta(days=30))})
    [passed] = [e for e in events if e.kind is EventKind.WINDOW_PASSED]
    # the reported December beats the speculated early 2027, so December's end is the one that passes
    assert passed.due == datetime(2027, 1, 1, 8, 0, tzinfo=UTC)
    assert (
        passed.body == "December 2026 has passed with no date; latest claim: early 2027 (speculated, Soompi)"
    )


def test_no_window_passed_once_out_or_dated():
    out = (StatusChange(Status.RELEASED, date(2026, 12, 20), recorded_at=T0),)
    assert automatic(show(claim("December 2026", Confidence.REPORTED), history=out)) == []
    dated = show(claim("December 2026", Confidence.REPORTED), claim("2027-01-29", at=T0 + timedelta(days=1)))
    assert [e.kind for e in automatic(dated)] == [EventKind.RELEASE_DAY]


def test_switched_off_per_title_or_for_all():
    dated = show(claim("2027-01-29"))
    assert automatic(dated, auto=AutoAlerts("Europe/Berlin", release_day=False)) == []
    kinds = frozenset(AlertKind) - {AlertKind.RELEASE_DAY}
    assert automatic(dated, alerts=followed(kinds=kinds)) == []
    assert automatic(dated, alerts={1: AlertSetting(1, False, T0)}) == []
    without = expand([dated], [], followed())  # no automatic alerts asked for
    assert [e.kind for e in without] == [EventKind.DATE]
