"""A title not yet on the watchlist, held as the values its rows will store rather than as domain objects.

An import that reads thousands of new titles from a file (IMDb) hands them to `bulk.insert_titles` in this
form: a few plain tuples per title instead of a `Title` with its seasons, history, claims and ids, which
cost more to build than to write. `as_title` gives the same title as a `Title` whenever one is asked for
(a preview, a merge, linking), and both forms are written to the same rows.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from cliffhanger.domain.models import ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow


class NewChange(NamedTuple):
    """A status change as stored: status value, ISO day, source (not yet cleaned), confidence value."""

    status: str
    since: str
    source: str
    confidence: str


class NewClaim(NamedTuple):
    """A release claim as stored: ISO days, precision and confidence values, source (not yet cleaned)."""

    earliest: str
    latest: str
    precision: str
    confidence: str
    source: str


class NewSeason(NamedTuple):
    """A season (None: the film itself) with its status changes and claims."""

    number: int | None
    history: tuple[NewChange, ...] = ()
    claims: tuple[NewClaim, ...] = ()


class NewTitle(NamedTuple):
    """A title's own columns as read (cleaned when written), its references sorted by key, its seasons."""

    name: str
    kind: str
    original_name: str
    year: int | None
    watch: str
    refs: tuple[tuple[str, str], ...]
    seasons: tuple[NewSeason, ...] = ()

    def ids(self) -> dict[str, str]:
        return dict(self.refs)


def _change(change: NewChange) -> StatusChange:
    since = date.fromisoformat(change.since)
    return StatusChange(Status(change.status), since, change.source, Confidence(change.confidence))


def _claim(claim: NewClaim) -> ReleaseClaim:
    days = date.fromisoformat(claim.earliest), date.fromisoformat(claim.latest)
    window = ReleaseWindow(*days, Precision(claim.precision))
    return ReleaseClaim(window, Confidence(claim.confidence), claim.source)


def as_title(new: NewTitle) -> Title:
    """The same title as a domain `Title`."""
    seasons = tuple(
        Season(s.number, tuple(_change(c) for c in s.history), tuple(_claim(c) for c in s.claims))
        for s in new.seasons
    )
    return Title(
        name=new.name,
        kind=Kind(new.kind),
        original_name=new.original_name,
        year=new.year,
        ids=ExternalIds(new.ids()),
        watch=WatchState(new.watch),
        seasons=seasons,
    )
