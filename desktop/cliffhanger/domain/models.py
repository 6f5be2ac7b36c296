"""The watchlist's records: titles, seasons, status history, release claims and cast credits.

These are plain immutable values. Storage builds them from rows; the GUI, CLI and reminder planner read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .episodes import Episode
from .estimate import Estimate, best_estimate, current_status
from .vocabulary import Confidence, Kind, Status, WatchState
from .windows import ReleaseWindow


@dataclass(frozen=True)
class ExternalIds:
    """A title's identifiers in online catalogues."""

    tvmaze: int | None = None
    tmdb: str | None = None  # "tv:1399" or "movie:603"
    imdb: str | None = None  # "tt0944947"
    tvdb: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass(frozen=True)
class StatusChange:
    """One entry in a season's status history."""

    status: Status
    since: date
    source: str = ""
    confidence: Confidence = Confidence.OFFICIAL
    recorded_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class ReleaseClaim:
    """Somebody's statement of when a season or film comes out."""

    window: ReleaseWindow
    confidence: Confidence
    source: str = ""
    noted_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Credit:
    """An actor playing a character, for the whole series (season None) or for one season."""

    actor: str
    character: str = ""
    order: int = 0
    season: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Season:
    """A season of a series, or the film itself (number None), with the facts that hang on it."""

    number: int | None
    history: tuple[StatusChange, ...] = ()
    claims: tuple[ReleaseClaim, ...] = ()
    id: int | None = None
    episodes: tuple[Episode, ...] = ()  # loaded only where asked for (see storage)

    def episode(self, number: int) -> Episode | None:
        return next((e for e in self.episodes if e.number == number), None)

    @property
    def status(self) -> Status | None:
        """The current status, derived from the history."""
        change = current_status(self.history)
        return change.status if change else None

    @property
    def status_change(self) -> StatusChange | None:
        return current_status(self.history)

    @property
    def expected(self) -> Estimate | None:
        """The best estimate of the release window, if anyone has said anything."""
        return best_estimate(self.claims)

    @property
    def label(self) -> str:
        return "Film" if self.number is None else f"Season {self.number}"


@dataclass(frozen=True)
class Title:
    """A series or a film on the watchlist."""

    name: str
    kind: Kind = Kind.SERIES
    original_name: str = ""
    year: int | None = None
    network: str = ""
    overview: str = ""
    ids: ExternalIds = field(default_factory=ExternalIds)
    watch: WatchState = WatchState.PLAN
    watch_pinned: bool = False  # the user chose the watch state; watched marks leave it alone
    notes: str = ""
    seasons: tuple[Season, ...] = ()
    cast: tuple[Credit, ...] = ()
    id: int | None = None

    def season(self, number: int | None) -> Season | None:
        """The season with this number; for a film, `None` finds the film itself."""
        return next((s for s in self.seasons if s.number == number), None)

    @property
    def focus(self) -> Season | None:
        """The season a fan waits for: the latest one (or the film itself)."""
        if not self.seasons:
            return None
        return max(self.seasons, key=lambda s: -1 if s.number is None else s.number)

    @property
    def episodes(self) -> tuple[Episode, ...]:
        """Every loaded episode of every season, in order."""
        return tuple(e for s in self.seasons for e in sorted(s.episodes, key=lambda e: e.number))

    def credits_for(self, season: int | None) -> tuple[Credit, ...]:
        """The series-wide cast plus the credits of one season, in billing order."""
        chosen = [c for c in self.cast if c.season is None or c.season == season]
        return tuple(sorted(chosen, key=lambda c: (c.order, c.actor.lower())))
