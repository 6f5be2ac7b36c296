"""Migrations: an empty file reaches head, the schema matches the tables, an upgrade copies the file first."""

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import cliffhanger.storage.schema  # noqa: F401
from cliffhanger.storage.engine import Database
from cliffhanger.storage.migrate import current_revision, head_revision, upgrade


def test_empty_file_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path):
    db = Database(tmp_path / "c.sqlite3")
    assert upgrade(db.engine, db.path, tmp_path / "backups") is None
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert not (tmp_path / "backups").exists()


def test_migrated_schema_matches_the_table_definitions(tmp_path: Path):
    db = Database(tmp_path / "c.sqlite3")
    upgrade(db.engine, db.path, tmp_path / "backups")
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_an_older_schema_is_copied_aside_before_upgrading(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    db = Database(path)
    upgrade(db.engine, path, tmp_path / "backups", target="0001")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO person (name) VALUES ('Park Ji-hu')")
    assert head_revision() != "0001", "the chain has a second revision to upgrade to"
    backup = upgrade(db.engine, path, tmp_path / "backups")
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM person").fetchall() == [("Park Ji-hu",)]
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM person").scalar() == "Park Ji-hu"


def test_a_current_file_is_not_copied(tmp_path: Path):
    db = Database(tmp_path / "c.sqlite3")
    upgrade(db.engine, db.path, tmp_path / "backups")
    assert upgrade(db.engine, db.path, tmp_path / "backups") is None


def test_the_quick_head_agrees_with_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from cliffhanger.storage.migrate import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
