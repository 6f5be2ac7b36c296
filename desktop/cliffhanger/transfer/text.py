"""Reading import files: bytes to text in whatever encoding the exporter used, CSV rows with line numbers.

The encoding is told from the bytes: UTF-8 (with or without a byte order mark), UTF-16 with its mark, and
otherwise Windows-1252, which older IMDb exports use. A CSV quote that is never closed is reported at the
line where it opened, and reading goes on from the next line.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .model import ImportFormatError, Parsed, Place

_SNIFF = 4096
UTF8, UTF8_BOM, UTF16, CP1252 = "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in (said in the import preview)."""

    text: str
    encoding: str


def sniff(data: bytes) -> Decoded:
    """The file's text and encoding; an empty or binary file is an `ImportFormatError` saying so."""
    if not data.strip():
        raise ImportFormatError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), UTF16)
        except UnicodeDecodeError as error:
            raise ImportFormatError(f"the file claims to be UTF-16 but is not ({error.reason})") from None
    if b"\x00" in data[:_SNIFF]:
        raise ImportFormatError("the file is binary, not a CSV or JSON export")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(data[3:].decode("utf-8"), UTF8_BOM)
        except UnicodeDecodeError as error:
            raise ImportFormatError(
                f"the file claims to be UTF-8 but is not (byte 0x{data[3 + error.start]:02X} "
                f"at offset {3 + error.start})"
            ) from None
    try:
        return Decoded(data.decode("utf-8"), UTF8)
    except UnicodeDecodeError:
        return Decoded(_windows_1252(data), CP1252)


def _windows_1252(data: bytes) -> str:
    """Windows-1252 leaves five bytes undefined; like Windows, read each as the C1 control of its number."""
    text = data.decode("cp1252", errors="surrogateescape")
    return "".join(chr(ord(ch) - 0xDC00) if "\udc80" <= ch <= "\udcff" else ch for ch in text)


def decode(data: bytes) -> str:
    """The file's text (see `sniff`)."""
    return sniff(data).text


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(f"the file is not valid JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:
        raise ImportFormatError("the JSON file is nested too deeply to be an export") from None


@dataclass(frozen=True)
class Row:
    """One CSV record keyed by header names folded to lower case."""

    place: Place
    fields: dict[str, str]

    def get(self, *names: str) -> str:
        """The first non-empty value among the named columns, stripped; '' if none."""
        fields = self.fields
        for name in names:
            value = fields.get(name.lower())
            if value and (value := value.strip()):
                return value
        return ""


def header_of(text: str) -> list[str]:
    """The first CSV record, folded to lower case (for detection)."""
    first = next(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")), [])
    return [name.strip().lower() for name in first]


@dataclass(frozen=True)
class _Unclosed:
    """A record that could not be read; `line` is where it began."""

    line: int
    why: str


def _records(lines: Sequence[str], width: int) -> Iterator[tuple[int, list[str]] | _Unclosed]:
    """(first line, record) for each record after the header. A record that runs over several lines and
    still does not have `width` fields is a quote left open: it is reported where it began, and reading
    starts again on the line after, so one stray quote costs one row, not the rest of the file."""
    start = 1
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None))
        restart = None
        while restart is None:
            first = start + reader.line_num
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield _Unclosed(first + 1, f"unreadable CSV ({error}); a quote opened here may not be closed")
                restart = first + 1
                continue
            if start + reader.line_num - first > 1 and len(record) != width:
                yield _Unclosed(first + 1, "a quote opened on this line is never closed where the row ends")
                restart = first + 1
                continue
            yield first + 1, record
        start = restart


def csv_rows(text: str, parsed: Parsed) -> Iterator[Row]:
    """Each data record as a `Row`; a record that can't be a row is reported to `parsed` as bad."""
    lines = io.StringIO(text, newline="").readlines()
    header = [name.strip().lower() for name in next(csv.reader(lines[:1]), [])]
    for item in _records(lines, len(header)):
        if isinstance(item, _Unclosed):
            parsed.bad(Place(item.line), item.why)
            continue
        line, record = item
        if not "".join(record).strip():
            continue
        if len(record) != len(header):
            parsed.bad(Place(line), f"has {len(record)} fields where the header names {len(header)}")
            continue
        yield Row(Place(line), dict(zip(header, record, strict=True)))
