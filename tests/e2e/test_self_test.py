"""`cliffhanger --self-test`, run as a real process on a real database file in the test's CLIFFHANGER_HOME."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from cliffhanger.storage import migrate
from cliffhanger.storage.engine import make_engine
from support.cli import run_cli

pytestmark = pytest.mark.slow  # slow: each test starts its own process; tests/run runs it


def database() -> Path:
    return Path(os.environ["CLIFFHANGER_HOME"]) / "cliffhanger.sqlite3"


def test_passes_in_a_fresh_home_without_creating_the_database():
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok: database new, migrations ok, resources ok, notify ok, ")
    assert "providers ok" in result.stdout and "qt ok (offscreen)" in result.stdout
    assert result.stdout.count("\n") == 1
    assert not database().exists()


def test_reports_the_revision_of_an_existing_database():
    assert run_cli("add", "Severance").returncode == 0
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout
    assert f"database {migrate.head_revision()} (head)" in result.stdout


def test_migrates_a_copy_and_leaves_an_older_database_alone():
    engine = make_engine(database())
    migrate.upgrade(engine, database(), database().parent / "backups", "0001")
    engine.dispose()
    before = database().read_bytes()
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout
    assert f"database 0001 (head is {migrate.head_revision()}), migrations ok" in result.stdout
    assert database().read_bytes() == before
    with sqlite3.connect(database()) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]


def test_names_a_corrupted_database_and_fails():
    database().parent.mkdir(parents=True, exist_ok=True)
    database().write_bytes(b"this is not SQLite at all" * 100)
    result = run_cli("--self-test")
    assert result.returncode == 1
    assert result.stdout.startswith(
        "self-test FAILED: database broken (DatabaseError: file is not a database)"
    )
    assert "migrations skipped" in result.stdout
    assert database().read_bytes() == b"this is not SQLite at all" * 100


def test_names_a_qt_platform_that_does_not_load():
    result = run_cli("--self-test", env={"QT_QPA_PLATFORM": "nosuchplatform"})
    assert result.returncode == 1
    assert "qt broken (FileNotFoundError: no platform plugin 'nosuchplatform'" in result.stdout
