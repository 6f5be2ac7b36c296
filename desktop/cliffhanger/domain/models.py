"""The watchlist's records: titles, seasons, status history, release claims and cast credits.

These are plain immutable values. Storage builds them from rows; the GUI, CLI and reminder planner read them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .episodes import Episode
from .estimate import Estimate, best_estimate, current_status
from .origins import Origin
from .standing import Standing
from .vocabulary import Confidence, Kind, Status, WatchState
from .windows import ReleaseWindow


class ExternalIds(Mapping[str, str]):
    """A title's references at catalogues and id schemes, by key: {"tvmaze": "82", "imdb": "tt0944947"}.

    The keys are catalogue keys from `providers.catalogues` plus the id schemes imports carry ("imdb",
    "tvdb"); nothing here names them, so a new catalogue needs no change. Empty values are dropped.
    """

    __slots__ = ("_refs",)

    def __init__(self, refs: Mapping[str, object] | None = None, /, **named: object) -> None:
        merged = {**(refs or {}), **named}
        texts = {k: str(v).strip() for k, v in merged.items() if v is not None}
        self._refs = {k: v for k, v in sorted(texts.items()) if v}

    def __getitem__(self, key: str) -> str:
        return self._refs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._refs)

    def __len__(self) -> int:
        return len(self._refs)

    def __hash__(self) -> int:
        return hash(tuple(self._refs.items()))

    def __repr__(self) -> str:
        return f"ExternalIds({self._refs!r})"

    def number(self, key: str) -> int | None:
        """The reference under `key` as a whole number (TVmaze and TVDB ids), or None."""
        value = self._refs.get(key, "")
        return int(value) if value.isdigit() else None

    def filled_from(self, other: Mapping[str, str]) -> ExternalIds:
        """These references, with the keys only `other` has added."""
        return ExternalIds({**other, **self._refs})

    def as_dict(self) -> dict[str, str]:
        return dict(self._refs)


@dataclass(frozen=True)
class StatusChange:
    """One entry in a season's status history."""

    status: Status
    since: date
    source: str = ""
    confidence: Confidence = Confidence.OFFICIAL
    recorded_at: datetime | None = None
    id: int | None = None
    origin: Origin = Origin.TYPED


@dataclass(frozen=True)
class ReleaseClaim:
    """Somebody's statement of when a season or film comes out."""

    window: ReleaseWindow
    confidence: Confidence
    source: str = ""
    noted_at: datetime | None = None
    id: int | None = None
    origin: Origin = Origin.TYPED
    standing: Standing = Standing.OPEN  # the user's judgement: doubtful ranks low, debunked never counts
    reason: str = ""  # why the user doubts it


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


def season_with_origin(season: Season, origin: Origin) -> Season:
    """The season with every status change and claim marked as coming from `origin`."""
    return replace(
        season,
        history=tuple(replace(c, origin=origin) for c in season.history),
        claims=tuple(replace(c, origin=origin) for c in season.claims),
    )


def with_origin(title: Title, origin: Origin) -> Title:
    """The title with every status change and claim marked as coming from `origin`."""
    return replace(title, seasons=tuple(season_with_origin(s, origin) for s in title.seasons))
