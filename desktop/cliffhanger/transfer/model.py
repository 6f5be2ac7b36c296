"""What a parsed import file yields: candidate titles, rows skipped on purpose and bad rows, with places."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from cliffhanger.domain.models import Title
from cliffhanger.storage.new_title import NewTitle, as_title


class ImportFormatError(ValueError):
    """The file can't be read as any supported format (or not as the one asked for); the message says why."""


class Place(NamedTuple):
    """Where something sits in the source file: a CSV line or a JSON item, counted from 1 (a named tuple:
    one is made for every row)."""

    number: int
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.number}"


class Candidate:
    """A title read from one row of a file, ready to be matched against the watchlist.

    A reader gives either the `Title` or, to spare building one for each of thousands of rows, the
    `NewTitle` its rows are written from; then the `Title` is built only if something asks for it.
    """

    __slots__ = ("_title", "new", "place")

    def __init__(self, place: Place, title: Title | None = None, *, new: NewTitle | None = None) -> None:
        if (title is None) == (new is None):
            raise ValueError("a candidate is given as a Title or as a NewTitle")
        self.place, self._title, self.new = place, title, new

    @property
    def title(self) -> Title:
        if self._title is None:
            assert self.new is not None
            self._title = as_title(self.new)
        return self._title

    @property
    def written(self) -> Title | NewTitle:
        """What `bulk.insert_titles` is given to add it."""
        return self.title if self.new is None else self.new

    @property
    def name(self) -> str:
        return self.title.name if self.new is None else self.new.name

    @property
    def year(self) -> int | None:
        return self.title.year if self.new is None else self.new.year

    def key(self) -> tuple[str, str, int | None, dict[str, str]]:
        """What it is matched by: name, kind, year and catalogue ids."""
        if self.new is not None:
            new = self.new
            return new.name, new.kind, new.year, new.ids()
        title = self.title
        return title.name, title.kind.value, title.year, title.ids.as_dict()

    def __repr__(self) -> str:
        return f"Candidate({self.place}, {self.written!r})"


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
