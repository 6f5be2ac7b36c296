"""The import, export, restore and backup commands, run as real processes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import icalendar
import pytest

from support.cli import run_cli
from support.transfer import SAMPLES

pytestmark = pytest.mark.slow  # slow: each test starts its own process; tests/run runs it

IMDB = str(SAMPLES / "imdb_watchlist_export_2021format.sample.csv")


def test_import_previews_then_imports_once():
    dry = run_cli("import", IMDB, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would add 11" in dry.stdout and "Interstellar (2014)" in dry.stdout
    assert json.loads(run_cli("list", "--json").stdout) == []
    first = run_cli("import", IMDB)
    assert first.returncode == 0 and "added 11" in first.stdout
    again = run_cli("import", IMDB)
    assert again.returncode == 0 and "added 0, merged 0, skipped 11" in again.stdout
    assert len(json.loads(run_cli("list", "--json").stdout)) == 11


def test_bad_rows_go_to_stderr_with_line_numbers(tmp_path):
    broken = tmp_path / "broken.csv"
    lines = Path(IMDB).read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("tt4154796", "x")
    broken.write_text("\n".join(lines), encoding="utf-8")
    result = run_cli("import", str(broken))
    assert result.returncode == 0
    assert f"{broken}: line 4: no IMDb id" in result.stderr
    assert "added 10" in result.stdout


def test_an_unrecognised_file_exits_2_naming_the_formats(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(os.urandom(64) + b"\x00")
    result = run_cli("import", str(junk))
    assert result.returncode == 2 and "binary" in result.stderr
    notes = tmp_path / "notes.txt"
    notes.write_text("hello,world\n", encoding="utf-8")
    result = run_cli("import", str(notes))
    assert result.returncode == 2 and "Supported formats" in result.stderr and "Sonarr" in result.stderr
    assert run_cli("import", str(tmp_path / "missing.csv")).returncode == 2


def test_export_restore_round_trip(tmp_path):
    run_cli("import", IMDB)
    run_cli("expect", "Stranger Things", "early 2027", "--season", "5", "--confidence", "speculated")
    backup = tmp_path / "backup.json"
    assert run_cli("export", "--format", "json", "--output", str(backup)).returncode == 0
    refused = run_cli("restore", str(backup))
    assert refused.returncode == 2 and "--replace" in refused.stderr and "--merge" in refused.stderr
    listed = run_cli("list", "--json").stdout
    assert run_cli("restore", str(backup), "--replace").returncode == 0
    assert run_cli("list", "--json").stdout == listed
    merged = run_cli("restore", str(backup), "--merge")
    assert merged.returncode == 0 and "added 0" in merged.stdout


def test_csv_and_ics_to_stdout():
    run_cli("add", "All of Us Are Dead", "--season", "2")
    run_cli("expect", "All of Us Are Dead", "early 2027", "--confidence", "speculated")
    csv_text = run_cli("export", "--format", "csv").stdout
    assert csv_text.splitlines()[1].startswith("All of Us Are Dead,series,,,,plan,2,,,early 2027,2027-01-01")
    ics = run_cli("export", "--format", "ics").stdout
    event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "All of Us Are Dead S2 (early 2027, speculated)"
    assert event["STATUS"] == "TENTATIVE"


def test_backup_command_writes_todays_file():
    result = run_cli("backup")
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.split(" to ")[1].split(" (")[0])
    assert written.parent == Path(os.environ["CLIFFHANGER_HOME"]) / "backups" and written.exists()


def test_a_dry_run_in_an_empty_home_creates_nothing(tmp_path):
    home = tmp_path / "fresh"
    result = run_cli("import", str(SAMPLES / "imdb_watchlist_export_2021format.sample.csv"), "--dry-run",
                     env={"CLIFFHANGER_HOME": str(home)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "would add 11" in result.stdout
    assert not home.exists()


@pytest.mark.parametrize("option", ["--tvmaze", "--tmdb", "--anilist"])
def test_an_empty_catalogue_id_is_bad_input(option):
    result = run_cli("add", "Dark", option, "")
    assert result.returncode == 2 and "needs an id" in result.stderr
    assert json.loads(run_cli("list", "--json").stdout) == []
