"""Recording accepted news facts on a real SQLite watchlist: only the chosen ones, each once, with sources."""

from datetime import date
from pathlib import Path

from cliffhanger.domain.models import Credit, Season, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.news import extract
from cliffhanger.sync.news import apply, watchlist_names

ARTICLE = (Path(__file__).resolve().parents[2] / "fixtures" / "news" / "users_case.txt").read_text()


def _found(watchlist):
    return extract(
        ARTICLE, published=date(2026, 3, 5), source="Seoul Screen", watchlist=watchlist_names(watchlist)
    )


def test_only_the_chosen_facts_are_recorded_on_the_existing_title(watchlist):
    existing = watchlist.add(
        Title(
            "All of Us Are Dead",
            network="Netflix (KR)",
            seasons=(Season(2),),
            cast=(Credit("Park Ji-hu", ""),),
        )
    )
    found = _found(watchlist)
    assert found.title.title_id == existing.id
    applied = apply(watchlist, found, claims=found.claims[1:], cast=found.cast[:2])
    title = watchlist.title(existing.id)
    assert title.network == "Netflix (KR)"  # the user's own spelling is kept
    season = title.season(2)
    assert [(c.status, c.since, c.origin) for c in season.history] == [
        (Status.POST_PRODUCTION, date(2026, 2, 19), Origin.NEWS)
    ]
    assert [c.window.text for c in season.claims] == ["early 2027"]
    assert [c.actor for c in title.cast] == ["Park Ji-hu", "Yoon Chan-young"]
    assert (applied.statuses, applied.claims, applied.cast) == (1, 1, 1)
    assert applied.skipped == ["Park Ji-hu is already in the cast"]


def test_a_doubted_claim_is_recorded_doubtful_with_the_articles_reason(watchlist):
    applied = apply(watchlist, _found(watchlist))
    assert applied.added_title and applied.network
    season = watchlist.title(applied.title.id).season(2)  # read back from the file, not the reply
    december, early = sorted(season.claims, key=lambda c: c.window.earliest)
    assert (december.window.text, december.confidence, december.standing) == (
        "December 2026",
        Confidence.REPORTED,
        Standing.DOUBTFUL,
    )
    assert december.reason == "the season is not part of Netflix's 2026 line-up"
    assert december.source == early.source == "Seoul Screen, 5 March 2026"
    assert (early.window.text, early.standing, early.reason) == ("early 2027", Standing.OPEN, "")
    assert season.expected.window == early.window  # the doubted claim ranks below the speculation


def test_applying_again_records_nothing_and_keeps_the_judgement(watchlist):
    first = apply(watchlist, _found(watchlist))
    assert first.claims == 2
    again = apply(watchlist, _found(watchlist))
    assert (again.statuses, again.claims, again.cast) == (0, 0, 0)
    claims = watchlist.title(first.title.id).season(2).claims
    assert sorted(c.standing.value for c in claims) == ["doubtful", "open"]
