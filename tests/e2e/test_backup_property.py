"""The JSON backup of any drawn watchlist restores into an empty database field by field."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cliffhanger.domain.models import Credit, ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage import repository as repo
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.restore import restore
from support.transfer import open_watchlist, snapshot

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)
days = st.dates(date(1990, 1, 1), date(2040, 12, 31))
moments = st.datetimes(datetime(2000, 1, 1), datetime(2035, 1, 1), timezones=st.just(UTC))
windows = st.one_of(
    days.map(ReleaseWindow.on),
    st.builds(ReleaseWindow.month, st.integers(1990, 2040), st.integers(1, 12)),
    st.builds(ReleaseWindow.quarter, st.integers(1990, 2040), st.integers(1, 4)),
    st.builds(ReleaseWindow.part, st.integers(1990, 2040), st.sampled_from(["early", "mid", "late"])),
    st.builds(ReleaseWindow.year, st.integers(1990, 2040)),
)
changes = st.builds(StatusChange, st.sampled_from(Status), days, text, st.sampled_from(Confidence), moments)
claims = st.builds(ReleaseClaim, windows, st.sampled_from(Confidence), text, moments)
credits = st.builds(Credit, text.filter(str.strip), text, st.integers(0, 50), st.none() | st.integers(1, 9))
ids = st.builds(
    ExternalIds,
    tvmaze=st.none() | st.integers(1, 10**6),
    tmdb=st.none() | st.integers(1, 10**6).map(lambda n: f"tv:{n}"),
    anilist=st.none() | st.integers(1, 10**6),
    imdb=st.none() | st.integers(1, 10**7).map(lambda n: f"tt{n:07d}"),
    tvdb=st.none() | st.integers(1, 10**6),
)


@st.composite
def titles(draw):
    kind = draw(st.sampled_from(Kind))
    numbers = [None] if kind is Kind.FILM else draw(st.lists(st.integers(1, 12), max_size=3, unique=True))
    seasons = tuple(
        Season(n, tuple(draw(st.lists(changes, max_size=3))), tuple(draw(st.lists(claims, max_size=3))))
        for n in numbers
    )
    return Title(
        name=draw(text.filter(str.strip)), kind=kind, original_name=draw(text),
        year=draw(st.none() | st.integers(1900, 2100)),
        network=draw(text), overview=draw(text), ids=draw(ids), watch=draw(st.sampled_from(WatchState)),
        notes=draw(text), seasons=seasons, cast=tuple(draw(st.lists(credits, max_size=3))),
    )  # fmt: skip


def _fill(db, items, removed):
    with db.transaction() as session:
        for index, title in enumerate(items):
            title_id = repo.add_title(session=session, title=title)
            if index in removed:
                repo.mark_removed(session=session, title_id=title_id, removed=True)


@pytest.mark.slow  # many generated cases; tests/run runs it
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(titles(), max_size=6), st.sets(st.integers(0, 5), max_size=2))
def test_a_backup_restores_into_an_empty_database_field_by_field(items, removed):
    with tempfile.TemporaryDirectory() as scratch:
        source, target = open_watchlist(Path(scratch, "a")), open_watchlist(Path(scratch, "b"))
        try:
            _fill(source.db, items, removed)
            document = json.loads(json.dumps(make_backup(source.db)))  # through real JSON text
            restore(target.db, document)
            assert target.titles() == source.titles()  # every field, ids and timestamps included
            assert snapshot(target.db) == snapshot(source.db)
        finally:
            source.close()
            target.close()
