"""Bad rows and bad files: a clear message, the good rows still imported, and a bad file changes nothing."""

from __future__ import annotations

import pytest

from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import run_import
from cliffhanger.transfer.model import ImportFormatError
from support.transfer import CTX, SAMPLES, snapshot

IMDB_2021 = (SAMPLES / "imdb_watchlist_export_2021format.sample.csv").read_bytes()


def test_a_truncated_csv_reports_the_cut_row_and_imports_the_rest(db, watchlist):
    data = IMDB_2021[: IMDB_2021.rindex(b",Supernatural,")]  # the last record ends mid-row
    plan = run_import(detect.read(data, CTX), db)
    assert [(str(i.place), i.action.value) for i in plan.bad] == [("line 12", "bad")]
    assert "fields" in plan.bad[0].reason
    assert plan.counts()["add"] == 10 and len(watchlist.titles()) == 10


def test_bad_rows_carry_their_line_numbers(db, watchlist):
    lines = IMDB_2021.decode().splitlines()
    lines[2] = lines[2].replace("tt0816692", "nonsense")
    lines[4] = lines[4].replace("Inception", "")
    plan = run_import(detect.read("\n".join(lines).encode(), CTX), db)
    assert [str(i.place) for i in plan.bad] == ["line 3", "line 5"]
    assert "IMDb id" in plan.bad[0].reason and "no title" in plan.bad[1].reason
    assert len(watchlist.titles()) == 9


@pytest.mark.parametrize("written", ["\u00b2\u00b3", "\u2460", "\uff12\uff10\uff12\uff10"])
def test_a_year_of_other_digits_is_left_out_or_read(db, watchlist, written):
    """Superscript and circled digits are digits int() can't read; full-width ones it reads."""
    lines = IMDB_2021.decode().splitlines()
    lines[1] = lines[1].replace(",2020,", f",{written},")
    plan = run_import(detect.read("\n".join(lines).encode(), CTX), db)
    assert plan.counts()["add"] == 11
    [tenet] = [t for t in watchlist.titles() if t.name == "Tenet"]
    assert tenet.year == (2020 if written.startswith("\uff12") else None)


def test_a_byte_order_mark_is_fine(db, watchlist):
    plan = run_import(detect.read(b"\xef\xbb\xbf" + IMDB_2021, CTX), db)
    assert plan.counts()["add"] == 11


def test_utf16_exports_are_read(db):
    plan = run_import(detect.read(IMDB_2021.decode().encode("utf-16"), CTX), db)
    assert plan.counts()["add"] == 11


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\xef\xbb\xbfConst,Title,Title Type\ntt0000001,Caf\xe9,Movie\n", "claims to be UTF-8"),
        (b"{not json", "not valid JSON"),
        (b'{"hello": "world"}', "Supported formats: IMDb"),
        (b"[1, 2, 3]", "Supported formats"),
        (b"[]", "empty list"),
        (b"a,b,c\n1,2,3\n", "no known CSV header"),
        (b'{"format": "cliffhanger-backup", "version": 1, "tables": {"title": "oops"}}', "damaged"),
        (b'{"format": "cliffhanger-backup", "version": 99, "tables": {}}', "newer"),
    ],
)
def test_a_bad_file_is_a_clear_error_and_changes_nothing(db, data, message):
    before = snapshot(db)
    with pytest.raises(ImportFormatError, match=message):
        run_import(detect.read(data, CTX), db)
    assert snapshot(db) == before


def test_json_of_the_wrong_shape_for_a_forced_format(db):
    with pytest.raises(ImportFormatError, match="does not look like"):
        detect.read(b'[{"title": "x"}]', CTX, forced="trakt")


def test_json_items_of_the_wrong_shape_are_bad_rows(db, watchlist):
    data = b'[{"listed_at": "2020-01-01", "type": "show", "show": {"title": "Dark"}}, 5, {"listed_at": 1}]'
    plan = run_import(detect.read(data, CTX), db)
    assert [(str(i.place), i.action.value) for i in plan.items] == [
        ("item 1", "add"),
        ("item 2", "bad"),
        ("item 3", "bad"),
    ]
    assert [t.name for t in watchlist.titles()] == ["Dark"]


def test_an_unreadable_path_is_a_clear_error(tmp_path):
    with pytest.raises(ImportFormatError, match="can't read"):
        detect.read_path(tmp_path / "missing.csv", CTX)


def test_a_failure_while_writing_rolls_back_everything(db, monkeypatch):
    from cliffhanger.storage import repository

    before = snapshot(db)

    def broken(**_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(repository, "update_title", broken)
    run_import(detect.read(IMDB_2021, CTX), db)
    after_first = snapshot(db)
    with pytest.raises(RuntimeError):  # adds titles, then fails merging into Breaking Bad and Game of Thrones
        run_import(detect.read((SAMPLES / "sonarr_api_v3_series.json").read_bytes(), CTX), db)
    assert snapshot(db) == after_first != before
