"""Reading a CSV export from disk a chunk at a time, so that no size of file has to fit in memory as text.

The encoding is told as `text.sniff` tells it: a byte order mark (UTF-16, UTF-8) names it, and a file
without one is read as UTF-8 until a byte says otherwise, then read again from its start as Windows-1252.
A line longer than any record can be (`LINE_LIMIT`) stops reading, so a file without line breaks never
fills the memory either.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from .model import ImportFormatError, ParseContext, Parsed
from .text import CP1252, UTF8, UTF8_BOM, UTF16, c1_controls, header_of

CHUNK = 1024 * 1024
LINE_LIMIT = 16 * 1024 * 1024  # characters; the csv module refuses a field of more than 131,072 anyway

Parse = Callable[[Iterator[str], ParseContext], Parsed]
Choose = Callable[[list[str]], Parse]


class _NotUtf8(Exception):
    """A file without a byte order mark holds a byte UTF-8 can't read: read it as Windows-1252 instead."""


def _split(pending: str, text: str) -> tuple[list[str], str]:
    """Whole lines (with their ends, as `newline=""` keeps them) and the unfinished rest."""
    lines = io.StringIO(pending + text, newline="").readlines()
    rest = lines.pop() if lines and not lines[-1].endswith("\n") else ""  # a lone \r may precede \n
    if len(rest) > LINE_LIMIT:
        raise ImportFormatError(f"a line is longer than {LINE_LIMIT // 1024 // 1024} MB, more than any row")
    return lines, rest


def _decoded(encoding: str, chunk: bytes, offset: int, error: UnicodeDecodeError) -> Exception:
    if encoding == UTF8:
        return _NotUtf8()
    if encoding == UTF16:
        return ImportFormatError(f"the file claims to be UTF-16 but is not ({error.reason})")
    at = offset + error.start
    byte = chunk[error.start] if 0 <= error.start < len(chunk) else 0
    return ImportFormatError(f"the file claims to be UTF-8 but is not (byte 0x{byte:02X} at offset {at})")


def lines_of(path: Path, encoding: str) -> Iterator[str]:
    """The file's lines in `encoding` (one of `text`'s labels), read `CHUNK` bytes at a time."""
    codec, skip = {UTF8: ("utf-8", 0), UTF8_BOM: ("utf-8", 3), UTF16: ("utf-16", 0)}.get(encoding, ("", 0))
    decoder = codecs.getincrementaldecoder(codec or "cp1252")("strict" if codec else "surrogateescape")
    pending, offset = "", skip
    with path.open("rb") as stream:
        stream.seek(skip)
        while True:
            chunk = stream.read(CHUNK)
            held = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                raise _decoded(encoding, chunk, offset - held, error) from None
            offset += len(chunk)
            lines, pending = _split(pending, text if codec else c1_controls(text))
            yield from lines
            if not chunk:
                break
    if pending:
        yield pending


def encoding_of(start: bytes) -> str:
    """The encoding a file's first bytes name (UTF-8 until read otherwise)."""
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return UTF16
    return UTF8_BOM if start.startswith(b"\xef\xbb\xbf") else UTF8


def read_csv(path: Path, start: bytes, ctx: ParseContext, choose: Choose) -> Parsed:
    """Parse the CSV file with the parser `choose` picks from its header."""
    encoding = encoding_of(start)
    try:
        return _read(path, encoding, ctx, choose)
    except _NotUtf8:
        return _read(path, CP1252, ctx, choose)
    except OSError as error:
        raise ImportFormatError(f"can't read {path}: {error.strerror or error}") from None


def _read(path: Path, encoding: str, ctx: ParseContext, choose: Choose) -> Parsed:
    lines = lines_of(path, encoding)
    first = next(lines, "")
    parse = choose(header_of(first))

    def every() -> Iterator[str]:
        yield first
        yield from lines

    parsed = parse(every(), ctx)
    parsed.encoding = encoding
    return parsed
