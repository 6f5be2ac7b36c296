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

from cliffhanger.domain.models import ExternalIds, Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState
from cliffhanger.domain.windows import ReleaseWindow

from .common import imdb_id, release_season, window_of, year
from .imdb_types import is_episode, kind_of
from .model import Candidate, ParseContext, Parsed
from .text import Row, csv_rows

NAME = "imdb"
SOURCE = "IMDb export"


def matches(header: list[str]) -> bool:
    return "const" in header and "title" in header and ("title type" in header)


def parse(text: str, ctx: ParseContext) -> Parsed:
    parsed = Parsed(NAME)
    for row in csv_rows(text, parsed):
        _read_row(row, ctx, parsed)
    return parsed


def _read_row(row: Row, ctx: ParseContext, parsed: Parsed) -> None:
    imdb, name, kind_text = imdb_id(row.get("const")), row.get("title"), row.get("title type")
    if imdb is None:
        parsed.bad(row.place, f"no IMDb id (tt…) in Const: {row.get('const')!r}")
        return
    if not name:
        parsed.bad(row.place, f"{imdb} has no title")
        return
    kind = kind_of(kind_text)
    if kind is None:
        what = "an episode; add its series instead" if is_episode(kind_text) else kind_text
        parsed.skip(row.place, f"{name}: not a series or film ({what or 'no title type'})")
        return
    original = row.get("original title")
    rated = row.get("your rating", "you rated")
    window = window_of(row.get("release date", "release date (month/day/year)"))
    title = Title(
        name=name,
        kind=kind,
        original_name=original if original != name else "",
        year=year(row.get("year")),
        ids=ExternalIds(imdb=imdb),
        watch=WatchState.COMPLETED if rated and kind is Kind.FILM else WatchState.PLAN,
        seasons=_seasons(window, kind, ctx),
    )
    parsed.candidates.append(Candidate(row.place, title))


def _seasons(window: ReleaseWindow | None, kind: Kind, ctx: ParseContext) -> tuple[Season, ...]:
    """The film's own entry; for a series, season 1 only while its premiere is still to come."""
    season = release_season(window, kind, ctx.today, SOURCE)
    return (season,) if kind is Kind.FILM or season.claims else ()
