"""IMDb list and watchlist CSV, in its three header generations.

Before 2017 every field is quoted, dates are ctime strings and `Title type` reads "Feature Film", "TV Series",
"Mini-Series"; 2017 to 2023 uses ISO dates and `Title Type` "movie", "tvSeries", "tvMiniSeries"; since 2024
there is an `Original Title` column and `Title Type` reads "Movie", "TV Series", "TV Mini Series" (or the
same in the account's language: see `imdb_types`).
`Const` (tt…) is the key in all three.

For a series, `Release Date` is the day the series first aired, which says nothing of the season a fan
waits for: a series already out brings no season at all (its year says when it started), and only a
premiere still to come becomes a claim on season 1, the season that premiere opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision
from cliffhanger.storage.new_title import NewChange, NewClaim, NewSeason, NewTitle

from .common import COMING, RELEASED, imdb_id, iso_day, release_stage, window_of, year_of
from .imdb_types import is_episode, kind_of
from .model import Candidate, ParseContext, Parsed, Place
from .text import csv_table

NAME = "imdb"
SOURCE = "IMDb export"
# The stored values, looked up once: reading an enum member's `.value` runs Python code every time
_FILM, _KINDS = Kind.FILM, {kind: kind.value for kind in Kind}
_PLAN, _COMPLETED = WatchState.PLAN.value, WatchState.COMPLETED.value
_OFFICIAL, _RELEASED = Confidence.OFFICIAL.value, Status.RELEASED.value
_PRECISIONS = {precision: precision.value for precision in Precision}
_NO_SEASON = (NewSeason(None),)  # a film's own entry, with nothing dated
Field = Callable[[list[str]], str]


def matches(header: list[str]) -> bool:
    return "const" in header and "title" in header and ("title type" in header)


def parse(text: str | Iterable[str], ctx: ParseContext) -> Parsed:
    """Every row as a `NewTitle`, the values it is written with: no `Title` is built unless asked for."""
    parsed = Parsed(NAME)
    header, records = csv_table(text, parsed)
    read = _Reader(header, ctx.today, parsed)
    for line, record in records:
        read.row(line, record)
    return parsed


def _field(header: list[str], *names: str) -> Field:
    """The first non-empty value among the named columns, stripped; '' if none (as `text.Row.get`)."""
    last = {name: index for index, name in enumerate(header)}  # a repeated name: its last column
    found = [last[name] for name in names if name in last]
    if not found:
        return lambda _record: ""
    if len(found) == 1:
        (index,) = found
        return lambda record: record[index].strip()

    def first(record: list[str]) -> str:
        return next((value for i in found if (value := record[i].strip())), "")

    return first


class _Reader:
    """Reads one row after another into `parsed`, the columns found once from the header."""

    def __init__(self, header: list[str], today: date, parsed: Parsed) -> None:
        self.const, self.name, self.kind = (_field(header, n) for n in ("const", "title", "title type"))
        self.original, self.year = _field(header, "original title"), _field(header, "year")
        self.rated = _field(header, "your rating", "you rated")
        self.released = _field(header, "release date", "release date (month/day/year)")
        self.today, self.parsed = today, parsed

    def row(self, line: int, record: list[str]) -> None:
        const, name, kind_text = self.const(record), self.name(record), self.kind(record)
        imdb = imdb_id(const)
        if imdb is None:
            self.parsed.bad(Place(line), f"no IMDb id (tt…) in Const: {const!r}")
            return
        if not name:
            self.parsed.bad(Place(line), f"{imdb} has no title")
            return
        kind = kind_of(kind_text)
        if kind is None:
            what = "an episode; add its series instead" if is_episode(kind_text) else kind_text
            self.parsed.skip(Place(line), f"{name}: not a series or film ({what or 'no title type'})")
            return
        original = self.original(record)
        film = kind is _FILM
        new = NewTitle(
            name,
            _KINDS[kind],
            original if original != name else "",
            year_of(self.year(record)),
            _COMPLETED if film and self.rated(record) else _PLAN,
            (("imdb", imdb),),
            self._seasons(self.released(record), film),
        )
        self.parsed.candidates.append(Candidate(Place(line), new=new))

    def _seasons(self, text: str, film: bool) -> tuple[NewSeason, ...]:
        """The film's own entry; for a series, season 1 only while its premiere is still to come."""
        day = iso_day(text)
        if day is not None:
            earliest = latest = day
            precision = Precision.DAY
        elif (window := window_of(text)) is not None:
            earliest, latest, precision = window.earliest, window.latest, window.precision
        else:
            return _NO_SEASON if film else ()
        stage = release_stage(earliest, latest, precision, self.today)
        if stage == RELEASED:
            if not film:
                return ()  # a series already out: its year says when it started
            change = NewChange(_RELEASED, earliest.isoformat(), SOURCE, _OFFICIAL)
            return (NewSeason(None, (change,)),)
        if stage != COMING:
            return _NO_SEASON if film else ()
        claim = NewClaim(earliest.isoformat(), latest.isoformat(), _PRECISIONS[precision], _OFFICIAL, SOURCE)
        return (NewSeason(None if film else 1, (), (claim,)),)
