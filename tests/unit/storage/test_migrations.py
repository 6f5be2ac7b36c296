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


def _a_010_database(path: Path) -> Database:
    """A database as 0.1.0 left it (revision 0003): a title with four ids, a season, cast and a link."""
    db = Database(path)
    upgrade(db.engine, path, path.parent / "backups", target="0003")
    stamp = "2026-11-20 10:00:00.000000"
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run(
            "INSERT INTO title (id, name, kind, original_name, network, overview, watch, notes, tvmaze_id, "
            "tmdb_ref, imdb_id, tvdb_id, created_at, updated_at) VALUES (1, 'All of Us Are Dead', 'series', "
            f"'', 'Netflix', '', 'plan', '', 90001, 'tv:99966', 'tt14169960', 393234, '{stamp}', '{stamp}')"
        )
        run(
            "INSERT INTO title (id, name, kind, original_name, network, overview, watch, notes, created_at, "
            f"updated_at) VALUES (2, 'Kingdom', 'series', '', '', '', 'plan', '', '{stamp}', '{stamp}')"
        )
        run("INSERT INTO season (id, title_id, number) VALUES (1, 1, 2)")
        run("INSERT INTO person (id, name) VALUES (1, 'Park Ji-hu')")
        run(
            "INSERT INTO credit (title_id, person_id, character, billing_order) VALUES (1, 1, 'Nam On-jo', 0)"
        )
        run(
            "INSERT INTO catalogue_link (title_id, provider, ref, status_text, last_error) "
            "VALUES (1, 'tvmaze', 'tvmaze:90001', 'To Be Determined', '')"
        )
    return db


def test_upgrading_a_010_database_moves_the_ids_to_references_and_keeps_what_hangs_on_the_title(
    tmp_path: Path,
):
    from cliffhanger.storage.watchlist import Watchlist

    db = _a_010_database(tmp_path / "c.sqlite3")
    assert upgrade(db.engine, db.path, tmp_path / "backups") is not None
    with db.engine.connect() as connection:
        run = connection.exec_driver_sql
        refs = run("SELECT title_id, provider, ref FROM title_ref ORDER BY provider").fetchall()
        columns = {row[1] for row in run("PRAGMA table_info(title)")}
        counts = [run(f"SELECT count(*) FROM {t}").scalar() for t in ("season", "credit", "catalogue_link")]
    assert refs == [
        (1, "imdb", "tt14169960"),
        (1, "tmdb", "tv:99966"),
        (1, "tvdb", "393234"),
        (1, "tvmaze", "90001"),
    ]
    assert not columns & {"tvmaze_id", "tmdb_ref", "imdb_id", "tvdb_id"}
    assert counts == [1, 1, 1], "recreating the title table would have cascaded to its children"
    titles = {t.name: t for t in Watchlist(db).titles()}
    assert titles["All of Us Are Dead"].ids.number("tvmaze") == 90001
    assert titles["All of Us Are Dead"].cast[0].character == "Nam On-jo"
    assert dict(titles["Kingdom"].ids) == {}


def test_downgrading_the_references_puts_the_ids_back_in_their_columns(tmp_path: Path):
    from alembic import command
    from alembic.config import Config

    from cliffhanger.storage.migrate import MIGRATIONS

    db = _a_010_database(tmp_path / "c.sqlite3")
    upgrade(db.engine, db.path, tmp_path / "backups", target="0007_title_refs")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_replaces")
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT tvmaze_id, tmdb_ref, imdb_id, tvdb_id FROM title WHERE id = 1"
        )
        assert row.fetchone() == (90001, "tv:99966", "tt14169960", 393234)
        assert connection.exec_driver_sql("SELECT count(*) FROM credit").scalar() == 1
