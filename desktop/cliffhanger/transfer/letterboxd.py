"""Letterboxd `watchlist.csv` (and the same shape of `watched.csv`): `Date,Name,Year,Letterboxd URI`.

Films only, with no catalogue id: they are matched by name and year.
"""

from __future__ import annotations

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState

from .common import year
from .model import Candidate, ParseContext, Parsed
from .text import csv_rows

NAME = "letterboxd"


def matches(header: list[str]) -> bool:
    return "name" in header and "letterboxd uri" in header


def parse(text: str, ctx: ParseContext) -> Parsed:
    parsed = Parsed(NAME)
    for row in csv_rows(text, parsed):
        name = row.get("name")
        if not name:
            parsed.bad(row.place, "no film name")
            continue
        given = row.get("year")
        if given and year(given) is None:
            parsed.bad(row.place, f"{name}: {given!r} is not a year")
            continue
        title = Title(
            name=name, kind=Kind.FILM, year=year(given), watch=WatchState.PLAN, seasons=(Season(None),)
        )
        parsed.candidates.append(Candidate(row.place, title))
    return parsed
