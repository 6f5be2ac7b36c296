"""The Qt-free builder every front end uses: opening purges old removals (and only then writes), and the
catalogues come from the registry with the keys the keyring holds."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from cliffhanger import paths, services
from cliffhanger.domain.models import Title


def _backdate_removal(title_id: int, days: float) -> None:
    stamp = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(paths.database_path()) as db:
        db.execute("UPDATE title SET removed_at = ? WHERE id = ?", (stamp, title_id))


def test_opening_deletes_for_good_what_was_removed_over_a_day_ago_and_keeps_the_rest():
    watchlist = services.open_watchlist()
    old, recent, kept = (
        watchlist.add(Title(name)) for name in ("Kingdom", "Sweet Home", "All of Us Are Dead")
    )
    for title, days in ((old, 2.0), (recent, 0.1)):
        assert title.id is not None
        watchlist.remove(title.id)
        _backdate_removal(title.id, days)
    watchlist.close()
    again = services.open_watchlist()
    with sqlite3.connect(paths.database_path()) as db:
        held = sorted(name for (name,) in db.execute("SELECT name FROM title"))
    assert held == ["All of Us Are Dead", "Sweet Home"], "the recent removal can still be undone"
    assert [t.name for t in again.titles()] == [kept.name]
    again.close()


def test_with_nothing_to_purge_opening_takes_no_write_lock():
    """Another process writing (holding SQLite's write lock) does not hold up a command that only reads."""
    services.open_watchlist().close()
    writer = sqlite3.connect(paths.database_path(), isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")
    try:
        opened = services.open_watchlist()
        assert opened.titles() == []
        opened.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_catalogues_are_the_registry_s_keyless_ones_without_a_kept_key():
    watchlist = services.open_watchlist()
    built = services.catalogues(watchlist)
    try:
        assert sorted(built.providers) == ["anilist", "tvmaze"]
        assert built.posters is not None
    finally:
        for provider in built.providers.values():
            provider.close()
        watchlist.close()
