"""Removing a season added by mistake, on a real SQLite file: everything of it goes, nothing of the others."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind, Snooze
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.storage import dump, reminders_repo
from cliffhanger.storage.season_removal import SeasonRemoval, SeasonRemovalError
from cliffhanger.storage.watchlist import Watchlist

NOW = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = Watchlist.open(tmp_path / "c.sqlite3", backups=tmp_path / "b", stamp=tmp_path / "stamp")
    yield opened
    opened.close()


def _season(number: int, day: date) -> Season:
    return Season(
        number,
        history=(StatusChange(Status.POST_PRODUCTION, day, "Netflix", Confidence.OFFICIAL),),
        claims=(ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "press"),),
        episodes=(Episode(number, 1, "Episode 1"), Episode(number, 2, "Episode 2")),
    )


def _rows(watchlist: Watchlist) -> dict:
    with watchlist.db.transaction() as session:
        return dump.dump(session=session)


def _with_extras(watchlist: Watchlist, title_id: int, number: int) -> None:
    with watchlist.db.immediate() as session:
        rule = ReminderRule(title_id, RuleKind.RELEASE, "Europe/Berlin", number, days_before=3)
        reminders_repo.add_rule(session=session, rule=rule, now=NOW)
        snooze = Snooze(f"key-{number}", NOW, title_id, number, "All of Us Are Dead", "body")
        reminders_repo.add_snooze(session=session, snooze=snooze, now=NOW)


def test_removing_a_season_takes_all_of_it_and_leaves_the_others_whole(watchlist):
    title = watchlist.add(
        Title(
            "All of Us Are Dead",
            seasons=(_season(2, date(2026, 2, 19)), _season(9, date(2026, 3, 1))),
            cast=(Credit("Park Ji-hu", "Nam On-jo", 0), Credit("Lee Yoo-mi", "Lee Na-yeon", 1, season=9)),
        )
    )
    for number in (2, 9):
        _with_extras(watchlist, title.id, number)
    before = _rows(watchlist)
    updated, removal = watchlist.remove_season(title.id, 9)
    assert removal == SeasonRemoval(statuses=1, claims=1, episodes=2, reminders=1, credits=1, snoozes=1)
    assert [s.number for s in updated.seasons] == [2]
    [kept] = updated.seasons
    assert (len(kept.history), len(kept.claims)) == (1, 1)
    assert [c.actor for c in updated.cast] == ["Park Ji-hu"]
    after = _rows(watchlist)
    for table in ("season", "status_change", "release_claim", "episode", "reminder_rule", "reminder_snooze"):
        assert len(after[table]) == len(before[table]) // 2, table
    with watchlist.db.transaction() as session:
        assert [r.season for r in reminders_repo.rules(session=session)] == [2]
        assert [s.season for s in reminders_repo.snoozes(session=session)] == [2]


def test_a_missing_season_or_the_only_one_is_refused_and_nothing_changes(watchlist):
    title = watchlist.add(Title("All of Us Are Dead", seasons=(_season(2, date(2026, 2, 19)),)))
    _with_extras(watchlist, title.id, 2)
    before = _rows(watchlist)
    with pytest.raises(SeasonRemovalError, match="no season 9") as missing:
        watchlist.remove_season(title.id, 9)
    assert missing.value.numbers == (2,)
    with pytest.raises(SeasonRemovalError, match="only season"):
        watchlist.remove_season(title.id, 2)
    assert _rows(watchlist) == before
