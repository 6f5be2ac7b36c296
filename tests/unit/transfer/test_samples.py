"""Every sample export imports with each row accounted for, and a second import adds nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import preview, run_import
from support.transfer import CTX, SAMPLES, snapshot

EXPECTED_FORMAT = {
    "imdb_watchlist_export_2015format.sample.csv": "imdb",
    "imdb_watchlist_export_2021format.sample.csv": "imdb",
    "imdb_watchlist_export_2024format.sample.csv": "imdb",
    "letterboxd_watchlist_export.sample.csv": "letterboxd",
    "sonarr_api_v3_series.json": "sonarr",
    "sonarr_api_v3_series_lookup_tvdb-81189.json": "sonarr",
    "trakt_api_sync_history_movies.json": "trakt",
    "trakt_api_sync_watchlist_episodes.json": "trakt",
    "trakt_api_sync_watchlist_shows.json": "trakt",
    "trakt_api_users_watched_shows.json": "trakt",
    "trakt_api_users_watchlist_movies.json": "trakt",
    "tvtime_gdpr_rewatched_episode.sample.csv": "tvtime-episodes",
    "tvtime_gdpr_seen_episode.sample.csv": "tvtime-episodes",
    "tvtime_gdpr_user_tv_show_data.sample.csv": "tvtime",
    "tvtime_gdpr_user_tv_show_data_with_names.sample.csv": "tvtime",
}


def rows_in(path: Path) -> int:
    """Data rows counted independently of the parsers: CSV records after the header, or JSON items."""
    if path.suffix == ".json":
        return len(json.loads(path.read_text(encoding="utf-8")))
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def test_every_sample_is_covered():
    assert sorted(p.name for p in SAMPLES.iterdir()) == sorted(EXPECTED_FORMAT)


@pytest.mark.parametrize("name", sorted(EXPECTED_FORMAT))
def test_sample_imports_with_nothing_dropped_and_twice_without_duplicates(name, db, watchlist):
    parsed = detect.read_path(SAMPLES / name, CTX)
    assert parsed.format == EXPECTED_FORMAT[name]
    first = run_import(parsed, db)
    counts = first.counts()
    assert sum(counts.values()) == rows_in(SAMPLES / name)
    assert counts["bad"] == 0
    assert len(watchlist.titles()) == counts["add"]
    before = snapshot(db)
    second = run_import(detect.read_path(SAMPLES / name, CTX), db)
    assert second.counts()["add"] == 0 and second.counts()["merge"] == 0
    assert snapshot(db) == before


def test_dry_run_writes_nothing(db):
    before = snapshot(db)
    plan = preview(detect.read_path(SAMPLES / "imdb_watchlist_export_2021format.sample.csv", CTX), db)
    assert plan.counts()["add"] == 11
    assert snapshot(db) == before


def test_imdb_generations_read_kinds_ids_and_names(watchlist, db):
    for name in ("2015", "2021", "2024"):
        run_import(detect.read_path(SAMPLES / f"imdb_watchlist_export_{name}format.sample.csv", CTX), db)
    by_imdb = {t.ids.get("imdb"): t for t in watchlist.titles()}
    assert by_imdb["tt3647998"].kind.value == "series"  # Taboo, "TV Series" (2015)
    assert by_imdb["tt0099864"].kind.value == "series"  # "Mini-Series" (2015)
    assert by_imdb["tt0861739"].kind.value == "film"  # "Feature Film" (2015)
    assert by_imdb["tt0944947"].kind.value == "series"  # tvSeries (2021)
    life = by_imdb["tt0405094"]  # 2024: localized title, original title kept
    assert (life.name, life.original_name, life.year) == ("Жизнь других", "Das Leben der Anderen", 2006)
    neuromancer = by_imdb["tt31512174"]
    assert neuromancer.focus.expected.window.earliest.isoformat() == "2027-01-22"


def test_the_same_title_from_two_services_merges_by_id(watchlist, db):
    run_import(detect.read_path(SAMPLES / "imdb_watchlist_export_2021format.sample.csv", CTX), db)
    plan = run_import(detect.read_path(SAMPLES / "sonarr_api_v3_series.json", CTX), db)
    assert plan.counts()["merge"] == 2  # Breaking Bad and Game of Thrones carry the same IMDb ids
    breaking_bad = next(t for t in watchlist.titles() if t.ids.get("imdb") == "tt0903747")
    assert (breaking_bad.ids.number("tvdb"), breaking_bad.ids.number("tvmaze")) == (81189, 169)
    assert len([t for t in watchlist.titles() if t.name == "Breaking Bad"]) == 1


def test_tvtime_names_later_fill_in_placeholders(watchlist, db):
    run_import(detect.read_path(SAMPLES / "tvtime_gdpr_user_tv_show_data.sample.csv", CTX), db)
    assert any(t.name == "TheTVDB series 70533" for t in watchlist.titles())
    plan = run_import(
        detect.read_path(SAMPLES / "tvtime_gdpr_user_tv_show_data_with_names.sample.csv", CTX), db
    )
    assert plan.counts()["merge"] == 1
    assert any(t.name == "Twin Peaks" and t.ids.number("tvdb") == 70533 for t in watchlist.titles())


def test_letterboxd_matches_by_name_and_year(watchlist, db):
    run_import(detect.read_path(SAMPLES / "letterboxd_watchlist_export.sample.csv", CTX), db)
    data = b"Date,Name,Year,Letterboxd URI\n2024-01-01,zodiac,2007,https://boxd.it/x\n2024-01-01,Zodiac,,https://boxd.it/y\n"
    plan = run_import(detect.read(data, CTX), db)
    assert [i.action.value for i in plan.items] == ["skip", "add"]  # same name and year; no year is another
