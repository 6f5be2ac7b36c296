"""Reading import files: bytes to text in whatever encoding the exporter used, CSV rows with line numbers.

The encoding is told from the bytes: UTF-8 (with or without a byte order mark), UTF-16 with its mark, and
otherwise Windows-1252, which older IMDb exports use. A CSV quote that is never closed is reported at the
line where it opened, and reading goes on from the next line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
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


_C1 = {0xDC00 + byte: byte for byte in range(0x80, 0x100)}


def c1_controls(text: str) -> str:
    """Text decoded as Windows-1252 with `surrogateescape`: the five bytes that code page leaves undefined
    read, as Windows reads them, as the C1 controls of their numbers."""
    return text.translate(_C1)


def _windows_1252(data: bytes) -> str:
    return c1_controls(data.decode("cp1252", errors="surrogateescape"))


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


class _Lines:
    """A file's lines one at a time, remembering those the current record took, so that they can be given
    back when the record turns out to be a quote left open."""

    def __init__(self, source: Iterable[str]) -> None:
        self._source = iter(source)
        self._back: list[str] = []  # given-back lines, the next one last
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._back.pop() if self._back else next(self._source)
        self.taken.append(line)
        return line

    def again_after_first(self) -> None:
        """Give back every line the current record took but its first."""
        self._back.extend(reversed(self.taken[1:]))
        self.taken.clear()


_UNCLOSED = "a quote opened on this line is never closed where the row ends"


def _records(lines: _Lines, width: int, parsed: Parsed) -> Iterator[tuple[int, list[str]]]:
    """(first line, record) for each data record after the header; blank records are left out, and a
    record that can't be a row is reported to `parsed` as bad. A record that runs over several lines and
    still does not have `width` fields is a quote left open: it is reported where it began, and reading
    starts again on the line after, so one stray quote costs one row, not the rest of the file."""
    number, taken = 2, lines.taken  # the line the next record begins on; the lines it took
    while True:
        reader = csv.reader(lines)
        while True:
            taken.clear()
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                parsed.bad(Place(number), f"unreadable CSV ({error}); a quote opened here may not be closed")
                break
            if len(record) != width:
                if len(taken) > 1:
                    parsed.bad(
                        Place(number), "a quote opened on this line is never closed where the row ends"
                    )
                    break
                if "".join(record).strip():
                    parsed.bad(Place(number), f"has {len(record)} fields where the header names {width}")
            elif "".join(record).strip():
                yield number, record
            number += len(taken)
        lines.again_after_first()
        number += 1


def csv_table(
    source: str | Iterable[str], parsed: Parsed
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of a CSV text (or of its lines, as a file is read), folded to lower case, and each data
    record after it as (first line, fields), as many fields as the header names (see `_records`)."""
    lines = _Lines(io.StringIO(source, newline="") if isinstance(source, str) else source)
    header = [name.strip().lower() for name in next(csv.reader([next(lines, "")]), [])]
    return header, _records(lines, len(header), parsed)


def csv_rows(source: str | Iterable[str], parsed: Parsed) -> Iterator[Row]:
    """Each data record of a CSV text (or of its lines) as a `Row` (see `csv_table`)."""
    header, records = csv_table(source, parsed)
    for line, record in records:
        yield Row(Place(line), dict(zip(header, record, strict=True)))
