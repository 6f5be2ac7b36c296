"""Broken machines and broken files, through the real command line: a read-only folder, a full disk (a
small tmpfs), random bytes, a truncated copy, another program's SQLite file and a newer schema. Each ends in
exit 2 with a plain message, and the file is left exactly as it was.

The read-only and full cases mount a real tmpfs, which needs root (as in the suite's container); where
mounting is not allowed they are skipped with the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cliffhanger.storage.migrate import head_revision
from support.cli import run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _db(tmp_path: Path) -> Path:
    return _home(tmp_path) / "cliffhanger.sqlite3"


def _seed(tmp_path: Path) -> None:
    assert run_cli("add", "All of Us Are Dead").returncode == 0


def _refused(tmp_path: Path, *words: str) -> str:
    before = _digest(_db(tmp_path))
    result = run_cli("list")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and str(_db(tmp_path)) in result.stderr
    for word in words:
        assert word in result.stderr
    assert _digest(_db(tmp_path)) == before
    return result.stderr


def test_random_bytes_are_refused_naming_the_file_and_the_newest_backup(tmp_path):
    _seed(tmp_path)
    assert run_cli("backup").returncode == 0
    backup = next((_home(tmp_path) / "backups").glob("*.json"))
    _db(tmp_path).write_bytes(os.urandom(64 * 1024))
    said = _refused(tmp_path, "not an SQLite file")
    assert str(backup) in said and "cliffhanger restore" in said


def test_a_truncated_database_is_refused(tmp_path):
    _seed(tmp_path)
    data = _db(tmp_path).read_bytes()
    _db(tmp_path).write_bytes(data[: len(data) // 2])
    _refused(tmp_path, "cut short")


def test_another_programs_sqlite_file_is_never_written(tmp_path):
    _home(tmp_path).mkdir(parents=True)
    with sqlite3.connect(_db(tmp_path)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.close()
    _refused(tmp_path, "belongs to another program")
    with sqlite3.connect(_db(tmp_path)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    connection.close()
    assert tables == ["notes"]


def test_a_newer_schema_is_named_and_not_copied(tmp_path):
    _seed(tmp_path)
    with sqlite3.connect(_db(tmp_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    backups = sorted((_home(tmp_path) / "backups").glob("*"))
    for _ in range(3):
        said = _refused(tmp_path)
        assert f"made by a newer Cliffhanger (revision 9999_future; this one knows {head_revision()})" in said
    assert sorted((_home(tmp_path) / "backups").glob("*")) == backups


def test_a_database_made_before_the_application_id_still_opens(tmp_path):
    _seed(tmp_path)
    with sqlite3.connect(_db(tmp_path)) as connection:
        connection.execute("PRAGMA application_id = 0")
    connection.close()
    assert [t["title"] for t in json.loads(run_cli("list", "--json").stdout)] == ["All of Us Are Dead"]
    assert _db(tmp_path).read_bytes()[68:72] == b"Clif"


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs mounted for the test, unmounted after it."""
    where = tmp_path / "mnt"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_read_only_data_folder_is_a_plain_message_for_every_command(tmp_path, tmpfs):
    home = tmpfs / "home"
    env = {"CLIFFHANGER_HOME": str(home)}
    assert run_cli("add", "All of Us Are Dead", env=env).returncode == 0
    before = _digest(home / "cliffhanger.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    for command in (["list"], ["add", "Severance"], ["backup"], ["pause", "on"]):
        result = run_cli(*command, env=env)
        assert result.returncode == 2, (command, result.stderr)
        assert "read-only" in result.stderr and "Traceback" not in result.stderr, command
    subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    assert _digest(home / "cliffhanger.sqlite3") == before


def test_a_full_disk_is_a_plain_message_and_loses_nothing(tmp_path, tmpfs):
    home = tmpfs / "home"
    env = {"CLIFFHANGER_HOME": str(home)}
    assert run_cli("add", "All of Us Are Dead", env=env).returncode == 0
    filler = tmpfs / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass  # the disk is full
    finally:
        os.close(descriptor)
    results = [run_cli("add", f"Show {n}", env=env) for n in range(3)]
    full = [r for r in results if r.returncode != 0]
    assert full, "the disk never filled"
    assert all(r.returncode == 2 and "is full" in r.stderr and "Traceback" not in r.stderr for r in full), [
        (r.returncode, r.stderr) for r in full
    ]
    filler.unlink()
    listed = run_cli("list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    names = [t["title"] for t in json.loads(listed.stdout)]
    added = 1 + sum(r.returncode == 0 for r in results)
    assert len(names) == added and "All of Us Are Dead" in names
    with sqlite3.connect(home / "cliffhanger.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    shutil.rmtree(home)
