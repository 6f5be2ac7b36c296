"""Exports as they come from real accounts: any encoding, any interface language, stray quotes, huge files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cliffhanger.domain.vocabulary import Kind, Status
from cliffhanger.storage import repository as repo
from cliffhanger.transfer import detect, report
from cliffhanger.transfer.apply import preview, run_import
from cliffhanger.transfer.model import ImportFormatError
from support.transfer import CTX, SAMPLES

IMDB_2021 = (SAMPLES / "imdb_watchlist_export_2021format.sample.csv").read_bytes()
HEADER_2024 = (SAMPLES / "imdb_watchlist_export_2024format.sample.csv").read_text().splitlines()[0]


def _imdb_2024(rows: list[tuple[str, str, str]]) -> str:
    """A 2024-format export with (id, title, Title Type) rows, the other columns as a real row has them."""
    body = [
        f'{n},{tt},2024-01-01,2024-01-01,,"{name}","{name}",https://www.imdb.com/title/{tt}/,{kind},8.0,60,'
        f'2020,"Drama",1000,2020-01-01,"Someone",,'
        for n, (tt, name, kind) in enumerate(rows, start=1)
    ]
    return "\n".join([HEADER_2024, *body]) + "\n"


def test_an_older_windows_1252_export_is_read_with_its_accents(db, watchlist):
    data = IMDB_2021.decode().replace("Avengers: Endgame", "Amélie – Le Fabuleux Destin").encode("cp1252")
    plan = run_import(detect.read(data, CTX), db)
    assert plan.encoding == "Windows-1252"
    assert "read as Windows-1252" in report.summary(plan, dry_run=False)
    assert "Amélie – Le Fabuleux Destin" in {t.name for t in watchlist.titles()}


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (IMDB_2021, "UTF-8"),
        (b"\xef\xbb\xbf" + IMDB_2021, "UTF-8 with BOM"),
        (IMDB_2021.decode().encode("utf-16"), "UTF-16"),
        (IMDB_2021.decode().encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16"),
    ],
)
def test_the_encoding_is_said_in_the_preview(db, data, encoding):
    plan = preview(detect.read(data, CTX), db)
    assert plan.encoding == encoding and plan.counts()["add"] == 11


@pytest.mark.parametrize(
    ("film", "series", "mini"),
    [
        ("Movie", "TV Series", "TV Mini Series"),  # English, 2024
        ("Film", "Serie TV", "Mini serie TV"),  # Italian
        ("Film", "TV-Serie", "TV-Miniserie"),  # German
        ("Film", "Série TV", "Mini-série TV"),  # French
        ("Película", "Serie de TV", "Miniserie de TV"),  # Spanish
        ("Filme", "Série de TV", "Minissérie de TV"),  # Portuguese
    ],
)
def test_localised_title_types_are_understood(db, watchlist, film, series, mini):
    text = _imdb_2024([("tt0000001", "Uno", film), ("tt0000002", "Due", series), ("tt0000003", "Tre", mini)])
    plan = run_import(detect.read(text.encode(), CTX), db)
    assert plan.counts() == {"add": 3, "merge": 0, "skip": 0, "bad": 0}
    kinds = {t.name: t.kind for t in watchlist.titles()}
    assert kinds == {"Uno": Kind.FILM, "Due": Kind.SERIES, "Tre": Kind.SERIES}


def test_an_episode_in_any_language_is_skipped_with_its_reason(db):
    text = _imdb_2024([("tt0000001", "Pilot", "Episodio TV"), ("tt0000002", "Game", "Videogioco")])
    plan = preview(detect.read(text.encode(), CTX), db)
    reasons = [item.reason for item in plan.items]
    assert [item.action.value for item in plan.items] == ["skip", "skip"]
    assert "an episode; add its series instead" in reasons[0] and "Videogioco" in reasons[1]


def test_an_unclosed_quote_costs_only_its_own_row(db, watchlist):
    lines = IMDB_2021.decode().splitlines()
    lines.insert(3, '99,tt0000099,2021-06-02,,,"Broken,https://www.imdb.com/title/tt0000099/,movie,5,90,2001')
    plan = run_import(detect.read("\n".join(lines).encode(), CTX), db)
    assert [(str(i.place), i.action.value) for i in plan.bad] == [("line 4", "bad")]
    assert "quote opened on this line" in plan.bad[0].reason
    assert plan.counts()["add"] == 11 and len(watchlist.titles()) == 11


def test_a_quoted_field_over_several_lines_is_still_one_row(db, watchlist):
    text = _imdb_2024([("tt0000001", "Uno", "Movie"), ("tt0000002", "Due", "Movie")])
    text = text.replace('"Drama"', '"Drama,\nMystery"', 1)
    plan = run_import(detect.read(text.encode(), CTX), db)
    assert plan.counts() == {"add": 2, "merge": 0, "skip": 0, "bad": 0}
    assert [str(i.place) for i in plan.items] == ["line 2", "line 4"]


def test_a_csv_past_the_size_cap_streams_and_a_json_one_is_refused_without_reading_it_whole(tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(IMDB_2021 * 40)
    assert detect.read_path(big, CTX, limit=1024 * 1024 // 16).rows > 400  # CSV is read line by line
    document = tmp_path / "big.json"
    document.write_bytes((SAMPLES / "sonarr_api_v3_series.json").read_bytes() * 40)
    with pytest.raises(ImportFormatError, match="larger than 64 KB"):
        detect.read_path(document, CTX, limit=1024 * 1024 // 16)


def test_a_device_of_zeros_is_refused_as_binary():
    with pytest.raises(ImportFormatError, match="binary"):
        detect.read_path(Path("/dev/zero"), CTX)


def test_titles_load_by_any_number_of_ids(db, watchlist):
    run_import(detect.read(IMDB_2021, CTX), db)
    with db.transaction() as session:
        held = [t.id for t in repo.load_titles(session=session)]
        ids = list(range(100_000, 140_000)) + held  # more ids than SQLite binds in one statement
        loaded = repo.load_titles(session=session, ids=ids)
    assert [t.id for t in loaded] == held  # all of them, still in name order


def test_sonarr_never_dates_an_ending_by_the_first_airing(db, watchlist):
    run_import(detect.read_path(SAMPLES / "sonarr_api_v3_series.json", CTX), db)
    titles = {t.name: t for t in watchlist.titles()}
    for name, first in (("Game of Thrones", "2010-12-05"), ("Breaking Bad", "2008-01-20")):
        ended = [c for s in titles[name].seasons for c in s.history if c.status is Status.ENDED]
        assert ended and all(c.since.isoformat() != first for c in ended), name
    bad = [c for s in titles["Breaking Bad"].seasons for c in s.history if c.status is Status.ENDED]
    assert bad[0].since.isoformat() == "2013-09-30"  # its last airing


def test_letterboxd_titles_that_differ_in_case_stay_two(db, watchlist):
    data = (
        b"Date,Name,Year,Letterboxd URI\n"
        b"2024-01-01,rain,2019,https://boxd.it/a\n2024-01-01,Rain,2019,https://boxd.it/b\n"
    )
    plan = run_import(detect.read(data, CTX), db)
    assert plan.counts()["add"] == 2
    assert sorted(t.name for t in watchlist.titles()) == ["Rain", "rain"]
    again = run_import(detect.read(data, CTX), db)
    assert again.counts() == {"add": 0, "merge": 0, "skip": 2, "bad": 0}
    assert all("already on the watchlist" in i.reason for i in again.items)
