"""The watchlist operations on a real SQLite file: round trips, transactions, soft delete and lookups."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cliffhanger.domain.matching import TitleLookupError
from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import ChangeKind, Confidence, EntryKind, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window
from cliffhanger.storage.watchlist import DuplicateTitleError, SeasonError, Watchlist


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b", stamp=tmp_path / "stamp")
    yield opened
    opened.close()


def users_case(watchlist: Watchlist) -> Title:
    title = watchlist.add(
        Title(
            name="All of Us Are Dead",
            network="Netflix",
            watch=WatchState.WAITING,
            seasons=(Season(2),),
            cast=(Credit("Park Ji-hu", "Nam On-jo", 0), Credit("Yoon Chan-young", "Lee Cheong-san", 1)),
        )
    )
    change = StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "filming wrapped", Confidence.OFFICIAL)
    watchlist.record_status(title.id, 2, change)
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "reports")
    )
    return watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "industry")
    )


def test_users_case_reads_back_from_a_reopened_file(watchlist: Watchlist, tmp_path: Path):
    users_case(watchlist)
    watchlist.close()
    reopened = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b")
    [title] = reopened.titles()
    season = title.season(2)
    assert (title.name, title.network, title.watch) == ("All of Us Are Dead", "Netflix", WatchState.WAITING)
    assert season.status is Status.POST_PRODUCTION
    assert season.history[0].since == date(2026, 2, 19)
    assert season.history[0].recorded_at.tzinfo is not None
    assert [c.window.text for c in season.claims] == ["December 2026", "early 2027"]
    assert season.expected.text == "December 2026"
    assert [(c.actor, c.character) for c in title.cast] == [
        ("Park Ji-hu", "Nam On-jo"),
        ("Yoon Chan-young", "Lee Cheong-san"),
    ]
    reopened.close()


def test_every_change_is_heard_and_stamped(watchlist: Watchlist, tmp_path: Path):
    heard = []
    watchlist.subscribe(heard.append)
    users_case(watchlist)
    assert [c.what for c in heard] == ["added", "status", "claim", "claim"]
    assert (tmp_path / "stamp").exists()


def test_duplicates_are_refused_but_a_film_may_share_a_series_name(watchlist: Watchlist):
    users_case(watchlist)
    with pytest.raises(DuplicateTitleError):
        watchlist.add(Title(name="all of us are  dead"))
    film = watchlist.add(Title(name="All of Us Are Dead", kind=Kind.FILM))
    assert film.kind is Kind.FILM
    assert len(watchlist.titles()) == 2


def test_a_failed_operation_leaves_the_file_unchanged(watchlist: Watchlist):
    title = users_case(watchlist)
    before = watchlist.titles()
    with pytest.raises(SeasonError):
        watchlist.record_status(title.id, 0, StatusChange(Status.FILMING, date(2026, 1, 1)))
    film = watchlist.add(Title(name="Train to Busan 2", kind=Kind.FILM))
    with pytest.raises(SeasonError):
        watchlist.add_claim(film.id, 1, ReleaseClaim(parse_window("2027"), Confidence.RUMOURED))
    assert [t for t in watchlist.titles() if t.id == title.id] == [t for t in before if t.id == title.id]


def test_remove_restore_and_purge(watchlist: Watchlist):
    title = users_case(watchlist)
    watchlist.remove(title.id)
    assert watchlist.titles() == []
    with pytest.raises(TitleLookupError):
        watchlist.find("All of Us")
    assert watchlist.restore(title.id).season(2).status is Status.POST_PRODUCTION
    watchlist.remove(title.id)
    assert watchlist.purge_removed(older_than=timedelta(days=1)) == 0
    assert watchlist.purge_removed(older_than=timedelta(seconds=-1)) == 1
    assert watchlist.titles() == []


def test_default_season_is_the_latest_and_films_have_none(watchlist: Watchlist):
    title = users_case(watchlist)
    updated = watchlist.record_status(title.id, None, StatusChange(Status.SCHEDULED, date(2026, 11, 1)))
    assert updated.season(2).status is Status.SCHEDULED
    film = watchlist.add(Title(name="Peninsula 2", kind=Kind.FILM, seasons=(Season(None),)))
    film = watchlist.add_claim(film.id, None, ReleaseClaim(parse_window("2027"), Confidence.RUMOURED))
    assert film.season(None).expected.text == "2027"


def test_cast_is_not_repeated_and_entries_can_be_deleted(watchlist: Watchlist):
    title = users_case(watchlist)
    again = watchlist.add_cast(
        title.id, [Credit("Park Ji-hu", "Nam On-jo", 5), Credit("Cho Yi-hyun", "Choi Nam-ra", 2)]
    )
    assert [c.actor for c in again.cast] == ["Park Ji-hu", "Yoon Chan-young", "Cho Yi-hyun"]
    claim_id = again.season(2).claims[0].id
    trimmed = watchlist.delete_entries(title.id, EntryKind.CLAIM, [claim_id])
    assert trimmed.season(2).expected.text == "early 2027"


def test_loading_many_titles_uses_few_queries(watchlist: Watchlist):
    for i in range(30):
        watchlist.add(
            Title(
                name=f"Show {i}",
                seasons=(Season(1, history=(StatusChange(Status.FILMING, date(2026, 1, 1)),)),),
            )
        )
    statements = []
    from sqlalchemy import event

    event.listen(watchlist.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    titles = watchlist.titles()
    assert len(titles) == 30 and all(t.focus.status is Status.FILMING for t in titles)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6


def test_recorded_times_are_utc(watchlist: Watchlist):
    title = users_case(watchlist)
    recorded = watchlist.title(title.id).season(2).history[0].recorded_at
    assert abs(recorded - datetime.now(UTC)) < timedelta(minutes=5)


def test_an_entry_kind_outside_the_three_is_refused_and_nothing_is_deleted(tmp_path):
    opened = Watchlist.open(tmp_path / "k.sqlite3", backups=tmp_path / "b")
    heard = []
    opened.subscribe(heard.append)
    title = opened.add(Title("Kingdom", cast=(Credit("Ju Ji-hoon", "Lee Chang"),)))
    assert title.id is not None
    with pytest.raises(ValueError):
        opened.delete_entries(title.id, "season", [1])
    assert len(opened.title(title.id).cast) == 1
    credit = opened.title(title.id).cast[0]
    assert credit.id is not None
    after = opened.delete_entries(title.id, EntryKind.CREDIT, [credit.id])
    assert after.cast == () and [c.what for c in heard] == [ChangeKind.ADDED, ChangeKind.CREDIT]
    opened.close()
