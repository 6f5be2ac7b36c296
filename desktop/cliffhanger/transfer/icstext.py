"""The text layer of iCalendar (RFC 5545): escaping, 75-octet line folding, CRLF, dates and durations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

CRLF = "\r\n"
LIMIT = 75  # octets per line, CRLF not counted


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n")
    return cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    if len(line) <= LIMIT // 4 or len(line.encode("utf-8")) <= LIMIT:
        return line
    out: list[str] = []
    chunk: list[str] = []
    size, limit = 0, LIMIT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(chunk))
            chunk, size, limit = [], 0, LIMIT - 1  # continuation lines start with a space
        chunk.append(char)
        size += width
    out.append("".join(chunk))
    return (CRLF + " ").join(out)


def day(value: date) -> str:
    return value.strftime("%Y%m%d")


def stamp(value: datetime) -> str:
    """A UTC date-time, "20261123T233251Z"."""
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def duration(delta: timedelta) -> str:
    """A DURATION such as "-PT2820M" or "PT540M" (whole minutes)."""
    minutes = int(delta.total_seconds() // 60)
    return f"{'-' if minutes < 0 else ''}PT{abs(minutes)}M"


class Writer:
    """Collects content lines and renders the folded, CRLF-terminated text."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, name: str, content: str, /, **params: str) -> None:
        head = name + "".join(f";{key.replace('_', '-').upper()}={val}" for key, val in params.items())
        self.lines.append(f"{head}:{content}")

    def text(self, name: str, value: str) -> None:
        self.add(name, escape(value))

    def render(self) -> str:
        return "".join(fold(line) + CRLF for line in self.lines)
