"""Reading import files: bytes to text (UTF-8 with or without BOM, or UTF-16), CSV rows with line numbers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .model import ImportFormatError, Parsed, Place

_SNIFF = 4096


def decode(data: bytes) -> str:
    """The file's text; an empty, binary or non-UTF-8 file is an `ImportFormatError` saying so."""
    if not data.strip():
        raise ImportFormatError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFormatError(f"the file claims to be UTF-16 but is not ({error.reason})") from None
    if b"\x00" in data[:_SNIFF]:
        raise ImportFormatError("the file is binary, not a CSV or JSON export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise ImportFormatError(
            f"the file is not UTF-8 text (byte 0x{byte:02X} at offset {error.start}); "
            "export it again, or save it as UTF-8 and retry"
        ) from None


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(f"the file is not valid JSON (line {error.lineno}: {error.msg})") from None


@dataclass(frozen=True)
class Row:
    """One CSV record keyed by header names folded to lower case."""

    place: Place
    fields: dict[str, str]

    def get(self, *names: str) -> str:
        """The first non-empty value among the named columns, stripped; '' if none."""
        for name in names:
            value = self.fields.get(name.lower())
            if value and value.strip():
                return value.strip()
        return ""


def header_of(text: str) -> list[str]:
    """The first CSV record, folded to lower case (for detection)."""
    first = next(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")), [])
    return [name.strip().lower() for name in first]


def csv_rows(text: str, parsed: Parsed) -> Iterator[Row]:
    """Each data record as a `Row`; a record that can't be a row is reported to `parsed` as bad."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in next(reader, [])]
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            parsed.bad(Place(reader.line_num + 1), f"unreadable CSV ({error})")
            return
        place = Place(reader.line_num)
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            parsed.bad(place, f"has {len(record)} fields where the header names {len(header)}")
            continue
        yield Row(place, dict(zip(header, record, strict=True)))
