"""Which export a file is, told from its CSV header or JSON shape, and reading it with the right parser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import imdb, letterboxd, sonarr, stream, trakt, tvtime
from .gcpause import collector_paused
from .model import ImportFormatError, ParseContext, Parsed
from .text import decode, header_of, load_json, sniff

BACKUP = "cliffhanger"
MAX_BYTES = 256 * 1024 * 1024  # far above any real export (330,000 IMDb rows are about 60 MB)
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Format:
    """A supported export: how to recognise it and how to read it."""

    name: str
    label: str
    shape: str  # "csv" or "json"
    matches: Callable[[Any], bool]
    parse: Callable[[Any, ParseContext], Parsed]


def _is_backup(data: Any) -> bool:
    from .backup import is_backup

    return is_backup(data)


def _parse_backup(data: Any, ctx: ParseContext) -> Parsed:
    from .merge_backup import parse_backup

    return parse_backup(data, ctx)


FORMATS = (
    Format(imdb.NAME, "IMDb list or watchlist CSV", "csv", imdb.matches, imdb.parse),
    Format(letterboxd.NAME, "Letterboxd watchlist.csv", "csv", letterboxd.matches, letterboxd.parse),
    Format(tvtime.SHOWS, "TV Time user_tv_show_data.csv", "csv", tvtime.matches_shows, tvtime.parse_shows),
    Format(
        tvtime.EPISODES, "TV Time seen_episode.csv", "csv", tvtime.matches_episodes, tvtime.parse_episodes
    ),
    Format(trakt.NAME, "Trakt watchlist, history or watched JSON", "json", trakt.matches, trakt.parse),
    Format(sonarr.NAME, "Sonarr /api/v3/series JSON", "json", sonarr.matches, sonarr.parse),
    Format(BACKUP, "Cliffhanger JSON backup", "json", _is_backup, _parse_backup),
)
BY_NAME = {f.name: f for f in FORMATS}


def supported() -> str:
    return "; ".join(f"{f.label} ({f.name})" for f in FORMATS)


def _unrecognised(why: str) -> ImportFormatError:
    return ImportFormatError(f"{why}. Supported formats: {supported()}")


def _is_json(text: str) -> bool:
    return text.lstrip()[:1] in ("[", "{")


def detect(text: str) -> tuple[Format, Any]:
    """The format of a decoded file and the content its parser takes (JSON data, or the CSV text)."""
    if _is_json(text):
        data = load_json(text)
        if isinstance(data, list) and not data:
            raise _unrecognised("the JSON file holds an empty list, so its format can't be told")
        found = next((f for f in FORMATS if f.shape == "json" and f.matches(data)), None)
        if found is None:
            raise _unrecognised("the JSON file is not in a format Cliffhanger knows")
        return found, data
    header = header_of(text)
    found = next((f for f in FORMATS if f.shape == "csv" and f.matches(header)), None)
    if found is None:
        shown = ",".join(header)[:80]
        raise _unrecognised(f"unrecognised file: the first line ({shown!r}) is no known CSV header")
    return found, text


def read(data: bytes, ctx: ParseContext, forced: str | None = None) -> Parsed:
    """Parse an export's bytes; `forced` names the format instead of detecting it."""
    with collector_paused():
        decoded = sniff(data)
        parsed = _parse(decoded.text, ctx, forced)
    parsed.encoding = decoded.encoding
    return parsed


def _parse(text: str, ctx: ParseContext, forced: str | None) -> Parsed:
    if forced is None:
        found, content = detect(text)
        return found.parse(content, ctx)
    chosen = BY_NAME.get(forced)
    if chosen is None:
        raise ImportFormatError(f"unknown format {forced!r}; use one of: {', '.join(BY_NAME)}")
    content = load_json(text) if chosen.shape == "json" else text
    matched = chosen.matches(content if chosen.shape == "json" else header_of(text))
    if not matched:
        raise ImportFormatError(f"the file does not look like a {chosen.label}")
    return chosen.parse(content, ctx)


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:g} MB" if count >= 1024 * 1024 else f"{count / 1024:g} KB"


def _binary(start: bytes) -> bool:
    return b"\x00" in start[:4096] and not start.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, read in chunks: a binary start or more than `limit` bytes stops reading at once,
    so a device or a runaway file (`/dev/zero`) never fills the memory."""
    chunks: list[bytes] = []
    size = 0
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                if not chunks and _binary(chunk):
                    raise ImportFormatError("the file is binary, not a CSV or JSON export")
                size += len(chunk)
                if size > limit:
                    raise ImportFormatError(
                        f"the file is larger than {_size(limit)}, more than any export holds"
                    )
                chunks.append(chunk)
    except OSError as error:
        raise ImportFormatError(f"can't read {path}: {error.strerror or error}") from None
    return b"".join(chunks)


def read_text(path: Path, limit: int = MAX_BYTES) -> str:
    """A file's text in whatever encoding it has (see `text.sniff`), read with the same caps."""
    return decode(read_bytes(path, limit))


def read_path(path: Path, ctx: ParseContext, forced: str | None = None, limit: int = MAX_BYTES) -> Parsed:
    """Parse an export on disk. A CSV file is read a chunk at a time, whatever its size (see `stream`); a
    JSON one is read whole, so at most `limit` bytes of it."""
    try:
        with path.open("rb") as opened:
            start = opened.read(_CHUNK)
    except OSError as error:
        raise ImportFormatError(f"can't read {path}: {error.strerror or error}") from None
    if _binary(start):
        raise ImportFormatError("the file is binary, not a CSV or JSON export")
    whole = not path.is_file() or not start.strip() or _json_start(start)  # a pipe can't be read twice
    if whole or (forced in BY_NAME and BY_NAME[forced].shape == "json"):
        return read(read_bytes(path, limit), ctx, forced)
    with collector_paused():
        return stream.read_csv(path, start, ctx, lambda header: _csv_parser(header, forced))


def _json_start(start: bytes) -> bool:
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _is_json(start[:4096].decode("utf-16", errors="ignore"))
    return start.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"[", b"{")


def _csv_parser(header: list[str], forced: str | None) -> Callable[[Any, ParseContext], Parsed]:
    if forced is None:
        found = next((f for f in FORMATS if f.shape == "csv" and f.matches(header)), None)
        if found is None:
            shown = ",".join(header)[:80]
            raise _unrecognised(f"unrecognised file: the first line ({shown!r}) is no known CSV header")
        return found.parse
    chosen = BY_NAME.get(forced)
    if chosen is None:
        raise ImportFormatError(f"unknown format {forced!r}; use one of: {', '.join(BY_NAME)}")
    if not chosen.matches(header):
        raise ImportFormatError(f"the file does not look like a {chosen.label}")
    return chosen.parse
