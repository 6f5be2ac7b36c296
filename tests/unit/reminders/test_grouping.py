"""A catalogue change that brings a new status and an official date together is one notification."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.vocabulary import Confidence, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.reminders.delivery import Preferences, run_pass

from .conftest import chain


def test_status_and_date_news_of_one_season_arrive_as_one_notification(watchlist, recorder):
    title = watchlist.add(
        Title("All of Us Are Dead", network="Netflix", watch=WatchState.WAITING, seasons=(Season(2),))
    )
    later = datetime.now(UTC) + timedelta(minutes=5)
    watchlist.record_status(
        title.id,
        2,
        StatusChange(Status.SCHEDULED, date.today(), "TVmaze", recorded_at=later, origin=Origin.REFRESH),
    )
    claim = ReleaseClaim(
        ReleaseWindow.on(date(2027, 1, 15)),
        Confidence.OFFICIAL,
        "TVmaze",
        noted_at=later,
        origin=Origin.REFRESH,
    )
    watchlist.add_claim(title.id, 2, claim)
    other = watchlist.add(Title("Kingdom", watch=WatchState.WAITING, seasons=(Season(3),)))
    watchlist.record_status(
        other.id,
        3,
        StatusChange(Status.FILMING, date(2026, 11, 1), "Netflix", recorded_at=later, origin=Origin.REFRESH),
    )

    result = run_pass(watchlist.db, chain(recorder), now=later + timedelta(minutes=1), prefs=Preferences())

    assert len(result.delivered) == 3
    assert len(recorder.shown) == 2
    [aouad] = [n for n in recorder.shown if n.title_id == title.id]
    assert aouad.summary == "All of Us Are Dead, season 2"
    assert aouad.body.startswith("official date 15 January 2027 (TVmaze)")
    assert "now scheduled" in aouad.body
    again = run_pass(watchlist.db, chain(recorder), now=later + timedelta(minutes=2), prefs=Preferences())
    assert again.delivered == () and len(recorder.shown) == 2


def test_news_is_due_the_moment_it_was_recorded(watchlist, recorder):
    title = watchlist.add(
        Title("All of Us Are Dead", network="Netflix", watch=WatchState.PLAN, seasons=(Season(2),))
    )
    later = datetime.now(UTC) + timedelta(minutes=5)
    watchlist.record_status(
        title.id,
        2,
        StatusChange(Status.SCHEDULED, date.today(), "TVmaze", recorded_at=later, origin=Origin.REFRESH),
    )
    claim = ReleaseClaim(
        ReleaseWindow.on(date(2027, 1, 15)),
        Confidence.OFFICIAL,
        "TVmaze",
        noted_at=later,
        origin=Origin.REFRESH,
    )
    watchlist.add_claim(title.id, 2, claim)
    early = run_pass(watchlist.db, chain(recorder), now=later - timedelta(seconds=1), prefs=Preferences())
    assert early.delivered == () and early.next_wake == later
    at_once = run_pass(watchlist.db, chain(recorder), now=later, prefs=Preferences())
    assert len(at_once.delivered) == 2 and len(recorder.shown) == 1
    assert recorder.shown[0].body == "official date 15 January 2027 (TVmaze); now scheduled (TVmaze)"


def test_a_single_news_item_is_never_a_digest_and_many_are(watchlist, recorder):
    later = datetime.now(UTC) + timedelta(minutes=5)
    for name in ("Kingdom", "Sweet Home", "Hellbound", "Squid Game", "All of Us Are Dead"):
        title = watchlist.add(Title(name, seasons=(Season(2),)))
        watchlist.record_status(
            title.id,
            2,
            StatusChange(Status.FILMING, date.today(), "TVmaze", recorded_at=later, origin=Origin.REFRESH),
        )
        claim = ReleaseClaim(
            ReleaseWindow.on(date(2027, 1, 15)),
            Confidence.OFFICIAL,
            "TVmaze",
            noted_at=later,
            origin=Origin.REFRESH,
        )
        watchlist.add_claim(title.id, 2, claim)
        if name == "Kingdom":
            one = run_pass(watchlist.db, chain(recorder), now=later, prefs=Preferences())
            assert len(one.delivered) == 2 and not one.digest
            assert recorder.shown[-1].summary == "Kingdom, season 2"
    many = run_pass(watchlist.db, chain(recorder), now=later, prefs=Preferences())
    assert len(many.delivered) == 8 and many.digest
    lines = recorder.shown[-1].body.splitlines()
    assert len(lines) == 4  # one line per title
    assert all(line.split(", season 2: ")[1].startswith("official date 15 January 2027") for line in lines)
