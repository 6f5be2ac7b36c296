"""The user's judgement ranks claims: debunked never counts, doubtful ranks below every claim not doubted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from cliffhanger.domain.estimate import best_estimate
from cliffhanger.domain.models import ReleaseClaim
from cliffhanger.domain.standing import Standing, parse_standing
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import parse_window

DECEMBER = ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "Newsen", datetime(2026, 3, 1), 1)
EARLY = ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Soompi", datetime(2026, 2, 1), 2)
OFFICIAL = ReleaseClaim(parse_window("2027-01-29"), Confidence.OFFICIAL, "Netflix", datetime(2026, 1, 1), 3)


def judged(claim: ReleaseClaim, standing: Standing) -> ReleaseClaim:
    return replace(claim, standing=standing)


def test_without_judgement_the_surer_claim_wins():
    assert best_estimate([DECEMBER, EARLY]).window.text == "December 2026"


def test_a_doubted_claim_ranks_below_every_claim_not_doubted_whatever_its_confidence():
    assert best_estimate([judged(DECEMBER, Standing.DOUBTFUL), EARLY]).window.text == "early 2027"
    assert best_estimate([judged(OFFICIAL, Standing.DOUBTFUL), EARLY]).window.text == "early 2027"


def test_among_doubted_claims_confidence_still_orders_them():
    both = [judged(DECEMBER, Standing.DOUBTFUL), judged(EARLY, Standing.DOUBTFUL)]
    assert best_estimate(both).window.text == "December 2026"


@pytest.mark.parametrize("others", [[], [EARLY]])
def test_a_debunked_claim_never_counts(others):
    best = best_estimate([judged(OFFICIAL, Standing.DEBUNKED), *others])
    assert best is None if not others else best.window.text == "early 2027"


def test_an_unknown_stored_standing_reads_as_open():
    assert parse_standing("believed") is Standing.OPEN and parse_standing("debunked") is Standing.DEBUNKED
