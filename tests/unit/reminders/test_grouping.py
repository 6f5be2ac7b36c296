"""A catalogue change that brings a new status and an official date together is one notification."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
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
        title.id, 2, StatusChange(Status.SCHEDULED, date(2026, 11, 23), "TVmaze", recorded_at=later)
    )
    claim = ReleaseClaim(ReleaseWindow.on(date(2027, 1, 15)), Confidence.OFFICIAL, "TVmaze", noted_at=later)
    watchlist.add_claim(title.id, 2, claim)
    other = watchlist.add(Title("Kingdom", watch=WatchState.WAITING, seasons=(Season(3),)))
    watchlist.record_status(
        other.id, 3, StatusChange(Status.FILMING, date(2026, 11, 1), "Netflix", recorded_at=later)
    )

    result = run_pass(
        watchlist.db,
        chain(recorder),
        now=later + timedelta(minutes=1),
        prefs=Preferences(debounce=timedelta(0)),
    )

    assert len(result.delivered) == 3
    assert len(recorder.shown) == 2
    [aouad] = [n for n in recorder.shown if n.title_id == title.id]
    assert aouad.summary == "All of Us Are Dead, season 2"
    assert aouad.body.startswith("release date announced, 15 January 2027 (official, TVmaze)")
    assert "now scheduled" in aouad.body
    again = run_pass(watchlist.db, chain(recorder), now=later + timedelta(minutes=2), prefs=Preferences())
    assert again.delivered == () and len(recorder.shown) == 2


def test_with_the_default_debounce_the_date_waits_for_its_status_and_both_arrive_together(
    watchlist, recorder
):
    title = watchlist.add(
        Title("All of Us Are Dead", network="Netflix", watch=WatchState.WAITING, seasons=(Season(2),))
    )
    later = datetime.now(UTC) + timedelta(minutes=5)
    watchlist.record_status(
        title.id, 2, StatusChange(Status.SCHEDULED, date(2026, 11, 23), "TVmaze", recorded_at=later)
    )
    claim = ReleaseClaim(ReleaseWindow.on(date(2027, 1, 15)), Confidence.OFFICIAL, "TVmaze", noted_at=later)
    watchlist.add_claim(title.id, 2, claim)
    prefs = Preferences()  # ten minutes for a status to settle
    early = run_pass(watchlist.db, chain(recorder), now=later + timedelta(minutes=1), prefs=prefs)
    assert early.delivered == () and early.next_wake == later + timedelta(minutes=10)
    settled = run_pass(watchlist.db, chain(recorder), now=later + timedelta(minutes=10), prefs=prefs)
    assert len(settled.delivered) == 2 and len(recorder.shown) == 1
    assert recorder.shown[0].body.startswith("release date announced, 15 January 2027")
