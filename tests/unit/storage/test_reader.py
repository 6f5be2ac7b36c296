"""Reading with sqlite3 alone gives what the watchlist gives, and only on a file that needs nothing done."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.matching import TitleLookupError
from cliffhanger.domain.models import Credit, ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window
from cliffhanger.storage import repository as repo
from cliffhanger.storage.guard import DatabaseProblem
from cliffhanger.storage.reader import PlainReader, open_reader
from cliffhanger.storage.watchlist import Watchlist

AIRED = datetime(2027, 1, 8, 20, 0, tzinfo=UTC)
TODAY = date(2026, 12, 2)


def rich_title() -> Title:
    """A title with every kind of row: seasons, history, claims, episodes, cast and references."""
    change = StatusChange(Status.FILMING, date(2026, 2, 19), "press", Confidence.OFFICIAL)
    claims = (
        ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "reports"),
        ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "industry"),
    )
    watched = datetime(2026, 6, 1, 21, 30, 15, 123456, tzinfo=UTC)
    episodes = (
        Episode(2, 1, title="One", airdate=date(2027, 1, 8), airstamp=AIRED, runtime=50),
        Episode(2, 2, title="Two", airdate=date(2027, 1, 15), watched_at=watched, tvdb_id=77),
    )
    return Title(
        name="All of Us Are Dead",
        original_name="지금 우리 학교는",
        network="Netflix",
        year=2022,
        watch=WatchState.WAITING,
        ids=ExternalIds(tvmaze="82", imdb="tt14169960"),
        seasons=(Season(1), Season(2, (change,), claims, episodes=episodes)),
        cast=(Credit("Park Ji-hu", "Nam On-jo", 0), Credit("Yoon Chan-young", "Lee Cheong-san", 1, season=2)),
        notes="wait for it",
    )


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "c.sqlite3", tmp_path / "backups"


def filled(path: Path, backups: Path) -> Watchlist:
    watchlist = Watchlist.open(path, backups=backups)
    with watchlist.db.transaction() as session:
        repo.add_title(session=session, title=rich_title())
        repo.add_title(session=session, title=Title("Dune", kind=Kind.FILM, seasons=(Season(None),)))
        repo.add_title(session=session, title=Title("No seasons yet"))
    return watchlist


def test_plain_reads_equal_the_watchlists(paths: tuple[Path, Path]):
    watchlist = filled(*paths)
    reader = open_reader(paths[0], backups=paths[1], purge_before=datetime.now(UTC))
    assert isinstance(reader, PlainReader)
    try:
        assert reader.summaries() == watchlist.summaries()
        assert reader.episode_facts(TODAY) == watchlist.episode_facts(TODAY)
        found = reader.find("all of us")
        assert found == watchlist.find("all of us")
        assert found.season(2).episodes[0].airstamp == AIRED
        assert reader.find("Dune") == watchlist.find("Dune")
        with pytest.raises(TitleLookupError):
            reader.find("Nothing like it")
    finally:
        reader.close()
        watchlist.close()


def test_a_file_that_needs_work_first_is_left_to_the_watchlist(paths: tuple[Path, Path]):
    path, backups = paths
    assert open_reader(path, backups=backups, purge_before=datetime.now(UTC)) is None  # no file yet
    watchlist = filled(path, backups)
    removed = watchlist.find("Dune").id
    assert removed is not None
    watchlist.remove(removed)
    watchlist.close()
    assert open_reader(path, backups=backups, purge_before=datetime.now(UTC) + timedelta(seconds=1)) is None
    reader = open_reader(path, backups=backups, purge_before=datetime.now(UTC) - timedelta(days=1))
    assert reader is not None
    assert [s.name for s in reader.summaries()] == ["All of Us Are Dead", "No seasons yet"]
    reader.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0011'")
    assert open_reader(path, backups=backups, purge_before=datetime.now(UTC) - timedelta(days=1)) is None


def test_a_file_that_is_not_ours_is_refused(paths: tuple[Path, Path]):
    path, backups = paths
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(DatabaseProblem):
        open_reader(path, backups=backups, purge_before=datetime.now(UTC))
