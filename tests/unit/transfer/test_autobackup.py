"""The daily backup: one file a day, the newest N kept."""

from __future__ import annotations

from datetime import date, timedelta

from cliffhanger.domain.models import Title
from cliffhanger.transfer.autobackup import backups, daily_backup


def test_one_backup_a_day_and_the_last_n_kept(watchlist, db, tmp_path):
    folder = tmp_path / "backups"
    watchlist.add(Title("Dark", year=2017))
    start = date(2026, 11, 1)
    for offset in range(10):
        assert daily_backup(db, folder, keep=3, today=start + timedelta(days=offset)) is not None
    assert [p.name for p in backups(folder)] == [
        f"cliffhanger-backup-2026-11-{day:02d}.json" for day in (8, 9, 10)
    ]
    assert daily_backup(db, folder, keep=3, today=date(2026, 11, 10)) is None  # already done today
    assert daily_backup(db, folder, keep=3, today=date(2026, 11, 10), force=True) is not None
    assert b'"Dark"' in backups(folder)[-1].read_bytes()


def test_other_files_in_the_folder_are_left_alone(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "cliffhanger-before-upgrade.sqlite3").write_bytes(b"x")
    daily_backup(db, folder, keep=1, today=date(2026, 11, 1))
    daily_backup(db, folder, keep=1, today=date(2026, 11, 2))
    assert sorted(p.name for p in folder.iterdir()) == [
        "cliffhanger-backup-2026-11-02.json",
        "cliffhanger-before-upgrade.sqlite3",
    ]
