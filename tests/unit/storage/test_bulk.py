"""Titles written in bulk, many rows per statement, on a real SQLite file: the same rows as one per
statement, every fact read back, and people shared across titles written once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Credit, ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage import bulk, bulk_sql
from cliffhanger.storage import repository as repo
from cliffhanger.storage.new_title import NewChange, NewClaim, NewSeason, NewTitle, as_title
from support.transfer import open_watchlist, snapshot

STAMP = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
COUNT = 123  # two whole statements of 50 rows and a remainder, for every table


def titles(count: int = COUNT) -> list[Title | NewTitle]:
    """Films and series with history, claims, episodes, cast (actors shared), ids and notes; every third
    one given as a `NewTitle`."""
    made: list[Title | NewTitle] = []
    for n in range(count):
        day = date(2025, 1 + n % 12, 1 + n % 28)
        if n % 3 == 2:
            change = NewChange("released", day.isoformat(), "IMDb export", "official")
            claim = NewClaim("2027-01-01", "2027-04-30", "part", "official", "IMDb export")
            seasons = (NewSeason(None if n % 2 else 1, (change,), (claim,)),)
            made.append(NewTitle(f"New {n}", "film" if n % 2 else "series", "", None, "plan", (), seasons))
            continue
        episodes = tuple(Episode(1, e, f"Part {e}", airdate=day) for e in range(1, 2 + n % 3))
        season = Season(
            None if n % 2 else 1 + n % 4,
            history=(StatusChange(Status.ANNOUNCED, day, " press\t", Confidence.REPORTED),),
            claims=(ReleaseClaim(ReleaseWindow.month(2027, 1 + n % 12), Confidence.SPECULATED, "blog"),),
            episodes=() if n % 2 else episodes,
        )
        made.append(
            Title(
                f"Title {n}",
                kind=Kind.FILM if n % 2 else Kind.SERIES,
                year=None if n % 5 == 0 else 1990 + n % 30,
                network="Netflix" if n % 4 else "",
                notes="a note\nof two lines" if n % 7 == 0 else "",
                ids=ExternalIds(imdb=f"tt{1_000_000 + n}", tvmaze=n + 1 if n % 2 else None),
                watch=WatchState.WATCHING if n % 3 else WatchState.PLAN,
                seasons=(season,),
                cast=(Credit(f"Actor {n % 10}", f"Role {n}", 0), Credit("Everyone", "", 1, season.number)),
            )
        )
    return made


def written(folder: Path, per_statement: int, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(bulk_sql, "PER_STATEMENT", per_statement)
    watchlist = open_watchlist(folder)
    try:
        with watchlist.db.immediate() as session:
            ids = bulk.insert_titles(session=session, titles=titles(), stamp=STAMP)
        assert ids == list(range(1, COUNT + 1))
        return snapshot(watchlist.db)
    finally:
        watchlist.close()


def test_many_rows_per_statement_write_what_one_row_per_statement_writes(tmp_path, monkeypatch):
    many = written(tmp_path / "many", 50, monkeypatch)
    one = written(tmp_path / "one", 1, monkeypatch)
    assert many == one
    assert len(many["episode"]) > 50 and len(many["credit"]) == 2 * (COUNT - COUNT // 3)
    people = sorted({"Everyone", *(f"Actor {n}" for n in range(10))})
    assert sorted(p["name"] for p in many["person"]) == people


def test_every_fact_written_in_bulk_reads_back(tmp_path):
    watchlist = open_watchlist(tmp_path)
    try:
        with watchlist.db.immediate() as session:
            ids = bulk.insert_titles(session=session, titles=titles(), stamp=STAMP)
        with watchlist.db.transaction() as session:
            loaded = {t.id: t for t in repo.load_titles(session=session, ids=ids, episodes=True)}
    finally:
        watchlist.close()
    for title_id, given in zip(ids, titles(), strict=True):
        expected = as_title(given) if isinstance(given, NewTitle) else given
        found = loaded[title_id]
        assert (found.name, found.kind, found.year, found.network, found.notes, found.watch) == (
            expected.name, expected.kind, expected.year, expected.network, expected.notes, expected.watch,
        )  # fmt: skip
        assert dict(found.ids) == dict(expected.ids)
        [season], [want] = found.seasons, expected.seasons
        assert season.number == want.number
        assert [(c.status, c.since, c.source.strip()) for c in season.history] == [
            (c.status, c.since, c.source.strip()) for c in want.history
        ]
        assert [(c.window, c.confidence, c.source) for c in season.claims] == [
            (c.window, c.confidence, c.source) for c in want.claims
        ]
        assert [(e.number, e.title) for e in season.episodes] == [(e.number, e.title) for e in want.episodes]
        assert sorted((c.actor, c.character) for c in found.cast) == sorted(
            (c.actor, c.character) for c in expected.cast
        )


def _triggers(path: Path) -> dict[str, str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def test_a_bulk_write_marks_each_new_title_and_leaves_every_trigger_as_it_was(tmp_path):
    import sqlite3
    from contextlib import closing

    from cliffhanger.domain.summary_line import line_of
    from cliffhanger.storage import plain, summary_store
    from cliffhanger.storage.plan_store import PlanStore

    watchlist = open_watchlist(tmp_path)
    PlanStore(watchlist.db).prepare("prefs")  # the reminder plan's triggers too, as after a delivery pass
    path = watchlist.db.path
    before = _triggers(path)
    with watchlist.db.immediate() as session:
        ids = bulk.insert_titles(session=session, titles=titles(), stamp=STAMP)
    assert _triggers(path) == before and len(before) > 30
    with closing(sqlite3.connect(path)) as connection:
        summary_marks = {row[0] for row in connection.execute("SELECT title_id FROM title_summary_mark")}
        plan_marks = {row[0] for row in connection.execute("SELECT title_id FROM reminder_plan_mark")}
        assert set(ids) <= summary_marks and set(ids) <= plan_marks
    watchlist.settle_lines()
    with closing(sqlite3.connect(path)) as connection:
        stored = summary_store.by_name(summary_store.lines(connection))
        assert stored == [line_of(s) for s in plain.summaries(connection)] and len(stored) == COUNT
        connection.execute("UPDATE status_change SET source = 'again' WHERE id = 1")  # triggers still mark
        connection.commit()
        assert connection.execute("SELECT count(*) FROM title_summary_mark").fetchone()[0] == 1
    watchlist.close()
