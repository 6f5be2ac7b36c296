"""The article in the shape of the user's story gives exactly the user's case, with its sources."""

from datetime import date
from pathlib import Path

from cliffhanger.domain.matching import Named
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.news import extract

ARTICLE = Path(__file__).resolve().parents[2] / "fixtures" / "news" / "users_case.txt"
WATCHLIST = [Named(1, "All of Us Are Dead"), Named(2, "Sweet Home"), Named(3, "Dead to Me")]


def _extract():
    text = ARTICLE.read_text(encoding="utf-8")
    return extract(text, published=date(2026, 3, 5), source="Seoul Screen", watchlist=WATCHLIST)


def test_title_season_and_network():
    found = _extract()
    assert (found.title.name, found.title.title_id, found.season) == ("All of Us Are Dead", 1, 2)
    assert found.network == "Netflix"


def test_one_status_post_production_since_the_wrap():
    (status,) = _extract().statuses
    assert (status.status, status.since, status.precision) == (
        Status.POST_PRODUCTION,
        date(2026, 2, 19),
        "day",
    )
    assert "wrapped on February 19" in status.evidence.sentence
    assert status.evidence.source == "Seoul Screen, 5 March 2026"


def test_december_reported_and_doubted_early_2027_speculated():
    december, early = _extract().claims
    assert (december.window, december.confidence) == (parse_window("December 2026"), Confidence.REPORTED)
    assert december.standing == "doubtful"
    assert december.reason == "the season is not part of Netflix's 2026 line-up"
    assert (early.window, early.confidence, early.standing) == (
        parse_window("early 2027"),
        Confidence.SPECULATED,
        "",
    )


def test_three_returning_cast_with_their_characters():
    cast = [(c.actor, c.character) for c in _extract().cast]
    assert cast == [
        ("Park Ji-hu", "Nam On-jo"),
        ("Yoon Chan-young", "Lee Cheong-san"),
        ("Cho Yi-hyun", "Choi Nam-ra"),
    ]


def test_other_news_and_the_first_season_give_nothing():
    found = _extract()
    sentences = [f.evidence.sentence for f in (*found.statuses, *found.claims, *found.cast)]
    assert not any("Sweet Home" in s or "first season" in s for s in sentences)
