"""Reading a CSV export from disk a chunk at a time gives what reading it whole gives: the same rows, the
same places, the same encoding, the same reasons, with lines and characters cut across chunk edges."""

from __future__ import annotations

from pathlib import Path

import pytest

from cliffhanger.transfer import detect, stream
from cliffhanger.transfer.model import ImportFormatError, Parsed
from support.transfer import CTX, SAMPLES

HEADER = b"Const,Title,Title Type,Year\r\n"


def _seen(parsed: Parsed) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str]:
    titles = [(str(c.place), c.title.name) for c in parsed.candidates]
    notes = [(str(n.place), n.reason) for n in parsed.notes]
    return titles, notes, parsed.encoding


def _both(tmp_path: Path, data: bytes) -> tuple[Parsed, Parsed]:
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    return detect.read_path(path, CTX), detect.read(data, CTX)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 7 bytes, so that every few lines, quotes and multi-byte characters straddle two."""
    monkeypatch.setattr(stream, "CHUNK", 7)


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.csv")))
def test_every_sample_reads_alike_in_small_chunks(tmp_path, small_chunks, sample):
    streamed, whole = _both(tmp_path, (SAMPLES / sample).read_bytes())
    assert _seen(streamed) == _seen(whole) and streamed.rows


def test_utf8_characters_cut_across_chunks_stay_whole(tmp_path, small_chunks):
    rows = b"".join(
        f"tt{1000000 + n},Caf\u00e9 \u00e0 {n} \u2013 \U0001f3ac,movie,2001\r\n".encode() for n in range(40)
    )
    streamed, whole = _both(tmp_path, HEADER + rows)
    assert _seen(streamed) == _seen(whole) and streamed.encoding == "UTF-8"
    assert streamed.candidates[39].title.name == "Caf\u00e9 \u00e0 39 \u2013 \U0001f3ac"


def test_a_windows_1252_byte_after_the_first_chunk_reads_the_file_again_as_windows_1252(
    tmp_path, small_chunks
):
    rows = b"".join(b"tt%d,Film %d,movie,2001\n" % (1000000 + n, n) for n in range(50))
    streamed, whole = _both(tmp_path, HEADER + rows + b"tt2000000,Caf\xe9 \x81,movie,1999\n")
    assert _seen(streamed) == _seen(whole) and streamed.encoding == "Windows-1252"
    assert streamed.candidates[-1].title.name == "Caf\u00e9 \x81" and len(streamed.candidates) == 51


def test_utf16_and_a_byte_order_mark_read_alike(tmp_path, small_chunks):
    text = (SAMPLES / "imdb_watchlist_export_2021format.sample.csv").read_text(encoding="utf-8")
    for data in (text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode()):
        streamed, whole = _both(tmp_path, data)
        assert _seen(streamed) == _seen(whole) and streamed.rows


def test_a_bad_byte_in_a_file_claiming_utf8_is_named_at_its_offset(tmp_path, small_chunks):
    data = b"\xef\xbb\xbf" + HEADER + b"tt0000001,Fine,movie,2001\n" + b"tt0000002,Caf\xe9,movie,2001\n"
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFormatError, match="claims to be UTF-8") as streamed:
        detect.read_path(path, CTX)
    with pytest.raises(ImportFormatError, match="claims to be UTF-8") as whole:
        detect.read(data, CTX)
    offset = data.index(b"\xe9")
    assert str(streamed.value) == str(whole.value) and f"offset {offset}" in str(whole.value)


def test_a_quote_left_open_costs_one_row_across_chunks(tmp_path, small_chunks):
    data = HEADER + b'tt0000001,"Open,movie,2001\ntt0000002,Two,movie,2002\ntt0000003,Three,movie,2003\n'
    streamed, whole = _both(tmp_path, data)
    assert _seen(streamed) == _seen(whole)
    assert [name for _place, name in _seen(streamed)[0]] == ["Two", "Three"]


def test_a_line_longer_than_any_row_stops_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "CHUNK", 1024)
    monkeypatch.setattr(stream, "LINE_LIMIT", 4096)
    path = tmp_path / "export.csv"
    path.write_bytes(HEADER + b"x" * 10_000)
    with pytest.raises(ImportFormatError, match="line is longer"):
        detect.read_path(path, CTX)


def test_a_file_of_any_size_is_read_past_the_whole_file_cap(tmp_path):
    rows = b"".join(b"tt%d,Film %d,movie,2001\n" % (1000000 + n, n) for n in range(30_000))
    path = tmp_path / "export.csv"
    path.write_bytes(HEADER + rows)
    assert len(detect.read_path(path, CTX, limit=64 * 1024).candidates) == 30_000


def test_a_device_is_read_whole_once_and_still_refused_when_binary():
    with pytest.raises(ImportFormatError, match="binary"):
        detect.read_path(Path("/dev/zero"), CTX)
    with pytest.raises(ImportFormatError, match="empty"):
        detect.read_path(Path("/dev/null"), CTX)
