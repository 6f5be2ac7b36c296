"""The read model on a real SQLite file: every stored summary equals what the full title says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage.watchlist import Watchlist


def test_a_removed_title_has_no_summary_and_a_title_without_seasons_has_no_focus(tmp_path: Path):
    watchlist = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b")
    gone = watchlist.add(Title(name="Gone", seasons=(Season(1),)))
    bare = watchlist.add(Title(name="Bare"))
    watchlist.remove(gone.id)
    [summary] = watchlist.summaries()
    assert (summary.id, summary.has_focus, summary.status, summary.estimate) == (bare.id, False, None, None)
    watchlist.close()


def test_the_users_case_summary_waits_for_season_two_in_december(tmp_path: Path):
    watchlist = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b")
    title = watchlist.add(Title(name="All of Us Are Dead", network="Netflix", seasons=(Season(1), Season(2))))
    wrapped = StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "filming wrapped")
    watchlist.record_status(title.id, 2, wrapped)
    december = ReleaseWindow.month(2026, 12)
    watchlist.add_claim(title.id, 2, ReleaseClaim(december, Confidence.REPORTED, "reports"))
    [summary] = watchlist.summaries()
    assert (summary.season, summary.status) == (2, Status.POST_PRODUCTION)
    assert summary.estimate is not None and summary.estimate.text == "December 2026"
    assert summary.next_date == date(2026, 12, 1)
    assert not summary.is_overdue(date(2026, 12, 1)) and summary.is_overdue(date(2027, 1, 1))
    watchlist.close()
