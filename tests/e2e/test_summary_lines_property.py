"""The stored summary lines on a real SQLite file: for any drawn sequence of writes through the watchlist,
the lines read back (stored ones where current, marked ones made again) equal the lines made from the
titles' own rows, before and after the marks are settled, and a settled file holds no mark."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.summary_line import line_of
from cliffhanger.domain.vocabulary import Confidence, EntryKind, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage import plain, summary_store
from cliffhanger.storage.season_removal import SeasonRemovalError
from cliffhanger.storage.watchlist import DuplicateTitleError, SeasonError, Watchlist

NAMES = st.sampled_from(["Arcane", "Dark", "Severance", "Sweet Home", "Ümlaut Ö"])
DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))
SEASONS = st.integers(1, 3)


@st.composite
def operations(draw: st.DrawFn) -> tuple[str, tuple[Any, ...]]:
    kind = draw(st.sampled_from(["add", "status", "claim", "judge", "delete", "watch", "rename", "remove",
                                 "restore", "drop_season"]))  # fmt: skip
    pick = draw(st.integers(0, 5))
    match kind:
        case "add":
            numbers = draw(st.lists(SEASONS, unique=True, max_size=2))
            return kind, (draw(NAMES) + f" {pick}", tuple(numbers))
        case "status":
            change = StatusChange(draw(st.sampled_from(list(Status))), draw(DAYS), "src",
                                  draw(st.sampled_from(list(Confidence))))  # fmt: skip
            return kind, (pick, draw(SEASONS), change)
        case "claim":
            claim = ReleaseClaim(ReleaseWindow.on(draw(DAYS)), draw(st.sampled_from(list(Confidence))), "src")
            return kind, (pick, draw(SEASONS), claim)
        case "judge":
            return kind, (pick, draw(st.sampled_from(list(Standing))))
        case "delete":
            return kind, (pick, draw(st.sampled_from([EntryKind.STATUS, EntryKind.CLAIM])))
        case "watch":
            return kind, (pick, draw(SEASONS), draw(st.booleans()))
        case "rename":
            return kind, (pick, draw(NAMES), draw(st.sampled_from(["", "Netflix", "tvN"])))
        case "drop_season":
            return kind, (pick, draw(SEASONS))
    return kind, (pick,)


def _apply(watchlist: Watchlist, kind: str, args: tuple[Any, ...]) -> None:
    if kind == "add":
        name, numbers = args
        watchlist.add(Title(name=str(name), seasons=tuple(Season(n) for n in numbers)))
        return
    live = watchlist.titles()
    removed = kind == "restore"
    ids = _removed_ids(watchlist) if removed else [t.id for t in live]
    if not ids:
        return
    title_id = ids[int(args[0]) % len(ids)]
    title: Any = None if removed else watchlist.title(title_id)
    match kind:
        case "status":
            watchlist.record_status(title_id, args[1], args[2])
        case "claim":
            watchlist.add_claim(title_id, args[1], args[2])
        case "judge":
            claims = [c.id for s in title.seasons for c in s.claims if c.id]
            if claims:
                watchlist.judge_claims(title_id, claims[:1], args[1])
        case "delete":
            entries = [e.id for s in title.seasons for e in (s.history if args[1] is EntryKind.STATUS
                                                             else s.claims) if e.id]  # fmt: skip
            if entries:
                watchlist.delete_entries(title_id, args[1], entries[:1])
        case "watch":
            _watch(watchlist, title_id, int(args[1]), bool(args[2]))
        case "rename":
            watchlist.update(title_id, _renamed(title, str(args[1]) + f" {title_id}", str(args[2])))
        case "remove":
            watchlist.remove(title_id)
        case "restore":
            watchlist.restore(title_id)
        case "drop_season":
            numbers = [s.number for s in title.seasons]
            if args[1] in numbers:
                watchlist.remove_season(title_id, int(args[1]))


def _removed_ids(watchlist: Watchlist) -> list[int]:
    with closing(sqlite3.connect(watchlist.db.path)) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM title WHERE removed_at IS NOT NULL")]


def _watch(watchlist: Watchlist, title_id: int, season: int, watched: bool) -> None:
    """Give the season two episodes (as a catalogue refresh would) and mark the first."""
    with closing(sqlite3.connect(watchlist.db.path)) as connection, connection:
        found = connection.execute(
            "SELECT id FROM season WHERE title_id = ? AND number = ?", (title_id, season)
        ).fetchone()
        if found is None:
            return
        held = {row[0] for row in connection.execute("SELECT number FROM episode WHERE season_id = ?", found)}
        for number in {1, 2} - held:
            connection.execute(
                "INSERT INTO episode (season_id, number, title, source) VALUES (?, ?, '', '')",
                (found[0], number),
            )
    watchlist.mark_watched(title_id, [(season, 1)], watched=watched, now=datetime(2026, 6, 1, tzinfo=UTC))


def _renamed(title: Title, name: str, network: str) -> Title:
    from dataclasses import replace

    return replace(title, name=name, network=network, watch=WatchState.WATCHING)


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Watchlist.open(folder / "c.sqlite3", backups=folder / "b").close()
    return folder / "c.sqlite3"


def _reference(path: Path) -> list[object]:
    with closing(sqlite3.connect(path)) as connection:
        return [line_of(s) for s in plain.summaries(connection)]


def _read(path: Path) -> list[object]:
    with closing(sqlite3.connect(path)) as connection:
        assert summary_store.triggers_ready(connection)
        return summary_store.by_name(summary_store.lines(connection))


def _marks(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM title_summary_mark").fetchone()[0]


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.mark.slow  # many generated cases; tests/run runs it
@settings(max_examples=40, deadline=None, suppress_health_check=SLOW_OK)
@given(steps=st.lists(operations(), min_size=1, max_size=14), settle_every=st.integers(1, 5))
def test_stored_lines_follow_every_write(empty_file: Path, steps: list[tuple[str, tuple[Any, ...]]],
                                         settle_every: int):  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.sqlite3"
        shutil.copy(empty_file, path)
        watchlist = Watchlist.open(path, backups=Path(tmp) / "b")
        try:
            for n, (kind, args) in enumerate(steps, 1):
                with suppress(
                    DuplicateTitleError, SeasonError, SeasonRemovalError
                ):  # refused writes change nothing
                    _apply(watchlist, kind, args)
                assert _read(path) == _reference(path)  # marked lines are made again when read
                if n % settle_every == 0:
                    watchlist.settle_lines()
                    assert _marks(path) == 0
                    assert _read(path) == _reference(path)  # and stored right
        finally:
            watchlist.close()
