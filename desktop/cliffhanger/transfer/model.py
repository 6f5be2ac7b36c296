"""What a parsed import file yields: candidate titles, rows skipped on purpose and bad rows, with places."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cliffhanger.domain.models import Title


class ImportFormatError(ValueError):
    """The file can't be read as any supported format (or not as the one asked for); the message says why."""


@dataclass(frozen=True)
class Place:
    """Where something sits in the source file: a CSV line or a JSON item, counted from 1."""

    number: int
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.number}"


@dataclass(frozen=True)
class Candidate:
    """A title read from one row of a file, ready to be matched against the watchlist."""

    place: Place
    title: Title


@dataclass(frozen=True)
class Note:
    """A row that yields no title: skipped on purpose (`bad=False`) or unreadable (`bad=True`)."""

    place: Place
    reason: str
    bad: bool = False


@dataclass
class Parsed:
    """Everything one file held; `rows` counts every data row or item read."""

    format: str
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    encoding: str = ""  # what the file was read as, e.g. "Windows-1252"

    @property
    def rows(self) -> int:
        return len(self.candidates) + len(self.notes)

    def skip(self, place: Place, reason: str) -> None:
        self.notes.append(Note(place, reason))

    def bad(self, place: Place, reason: str) -> None:
        self.notes.append(Note(place, reason, bad=True))


@dataclass(frozen=True)
class ParseContext:
    """What parsers need besides the file: the day, to tell past releases from coming ones."""

    today: date
