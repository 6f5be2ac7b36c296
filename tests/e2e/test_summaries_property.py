"""The read model on a real SQLite file: for any drawn watchlist, each stored summary equals the title, and
the plain-SQL reads equal the watchlist's."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.summary import summarise
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow
from cliffhanger.storage import plain
from cliffhanger.storage import repository as repo
from cliffhanger.storage.watchlist import Watchlist

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
# Few distinct moments, so ties in the ranking rules (same day, same confidence, same note time) happen.
MOMENTS = st.sampled_from([datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=h) for h in range(3)])
CONFIDENCES = st.sampled_from(list(Confidence))
CHANGES = st.builds(StatusChange, st.sampled_from(list(Status)), DAYS, st.just("src"), CONFIDENCES, MOMENTS)


@st.composite
def claims(draw: st.DrawFn) -> ReleaseClaim:
    start = draw(DAYS)
    end = start + timedelta(days=draw(st.integers(0, 90)))
    window = ReleaseWindow(start, end, draw(st.sampled_from([Precision.DAY, Precision.MONTH])))
    claim = ReleaseClaim(window, draw(st.sampled_from(list(Confidence))), "src", draw(MOMENTS))
    return replace(claim, standing=draw(st.sampled_from(list(Standing))))  # doubted ones rank low


@st.composite
def episodes(draw: st.DrawFn, season: int | None) -> tuple[Episode, ...]:
    if season is None:
        return ()
    marks = draw(st.lists(st.booleans(), max_size=4))
    seen = datetime(2026, 6, 1, tzinfo=UTC)
    return tuple(Episode(season, n, watched_at=seen if m else None) for n, m in enumerate(marks, 1))


@st.composite
def titles(draw: st.DrawFn) -> Title:
    film = draw(st.booleans())
    numbers = [None] if film else draw(st.lists(st.integers(1, 6), unique=True, max_size=3))
    seasons = tuple(
        Season(
            n,
            tuple(draw(st.lists(CHANGES, max_size=3))),
            tuple(draw(st.lists(claims(), max_size=3))),
            episodes=draw(episodes(n)),
        )
        for n in (numbers if draw(st.booleans()) or film else [])
    )
    return Title(
        name=draw(st.sampled_from(["Arcane", "Dark", "Severance", "All of Us Are Dead"])),
        kind=Kind.FILM if film else Kind.SERIES,
        year=draw(st.none() | st.integers(1990, 2027)),
        network=draw(st.sampled_from(["", "Netflix", "tvN"])),
        original_name=draw(st.sampled_from(["", "지금 우리 학교는"])),
        watch=draw(st.sampled_from(list(WatchState))),
        seasons=seasons,
    )


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated database, copied for each example (migrating each time would be slow)."""
    folder = tmp_path_factory.mktemp("template")
    Watchlist.open(folder / "c.sqlite3", backups=folder / "b").close()
    return folder / "c.sqlite3"


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.mark.slow  # many generated cases; tests/run runs it
@settings(max_examples=30, deadline=None, suppress_health_check=SLOW_OK)
@given(drawn=st.lists(titles(), max_size=6))
def test_stored_summaries_equal_those_of_the_full_titles(empty_file: Path, drawn: list[Title]):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(empty_file, Path(tmp) / "c.sqlite3")
        watchlist = Watchlist.open(Path(tmp) / "c.sqlite3", backups=Path(tmp) / "b")
        try:
            with watchlist.db.transaction() as session:
                for title in drawn:
                    repo.add_title(session=session, title=title)
            full = [watchlist.title(t.id) for t in watchlist.titles()]  # with their episodes
            assert watchlist.summaries() == [summarise(t) for t in full]
            some = [t.id for t in full[::2]]
            assert watchlist.summaries(some) == [summarise(t) for t in full if t.id in some]
            with closing(sqlite3.connect(Path(tmp) / "c.sqlite3")) as connection:  # no ORM, same answers
                assert plain.summaries(connection) == watchlist.summaries()
                assert [plain.title(connection, t.id) for t in full if t.id is not None] == full
                today = date(2026, 1, 1)
                assert plain.list_facts(connection, today) == watchlist.episode_facts(today)
        finally:
            watchlist.close()
