"""Current status and best estimate: the rules that turn history and claims into one answer."""

from datetime import UTC, date, datetime

import pytest

from cliffhanger.domain.estimate import best_estimate, current_status
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window


def claim(text, confidence, noted_day, source=""):
    noted = datetime(2026, 1, 1, tzinfo=UTC).replace(day=noted_day)
    return ReleaseClaim(parse_window(text), Confidence(confidence), source, noted)


def test_official_beats_anything_newer():
    claims = [claim("15 January 2027", "official", 1), claim("March 2027", "reported", 20)]
    assert best_estimate(claims).text == "15 January 2027"


def test_without_official_the_more_confident_wins_over_the_more_recent():
    claims = [claim("December 2026", "reported", 1), claim("early 2027", "speculated", 20)]
    assert best_estimate(claims).text == "December 2026"


def test_equal_confidence_takes_the_most_recent():
    claims = [
        claim("Q1 2027", "rumoured", 1),
        claim("Q2 2027", "rumoured", 9),
        claim("Q3 2027", "rumoured", 5),
    ]
    estimate = best_estimate(claims)
    assert (estimate.text, estimate.confidence) == ("Q2 2027", Confidence.RUMOURED)


def test_no_claims_no_estimate():
    assert best_estimate([]) is None
    assert Season(2).expected is None


@pytest.mark.parametrize(
    ("status", "today", "overdue"),
    [
        (Status.POST_PRODUCTION, date(2027, 1, 1), True),
        (Status.POST_PRODUCTION, date(2026, 12, 31), False),
        (Status.RELEASED, date(2027, 1, 1), False),
        (Status.AIRING, date(2027, 1, 1), False),
        (Status.CANCELLED, date(2027, 1, 1), False),
        (None, date(2027, 2, 1), True),
    ],
)
def test_a_passed_window_is_overdue_until_the_season_is_out(status, today, overdue):
    estimate = best_estimate([claim("December 2026", "reported", 1)])
    assert estimate.is_overdue(today, status) is overdue


def test_current_status_is_the_latest_effective_change_not_the_latest_recorded():
    early = datetime(2026, 3, 1, tzinfo=UTC)
    late = datetime(2026, 6, 1, tzinfo=UTC)
    history = [
        StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), recorded_at=early),
        StatusChange(Status.FILMING, date(2025, 7, 1), recorded_at=late),  # filled in afterwards
    ]
    assert current_status(history).status is Status.POST_PRODUCTION
    assert Season(2, history=tuple(history)).status is Status.POST_PRODUCTION


def test_same_day_changes_prefer_the_surer_source():
    day = date(2026, 5, 1)
    history = [
        StatusChange(Status.SCHEDULED, day, confidence=Confidence.RUMOURED),
        StatusChange(Status.POST_PRODUCTION, day, confidence=Confidence.OFFICIAL),
    ]
    assert current_status(history).status is Status.POST_PRODUCTION
