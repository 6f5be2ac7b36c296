"""Episodes of a season: when each airs, what was watched, and what a season's dates say about it.

An episode's `airdate` is the day it airs where it is broadcast; `airstamp` is the instant (aware) when the
catalogue gives a time. A season's release pattern (all at once, weekly, in parts) and its finale are derived
from its dated episodes, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .vocabulary import WatchState

WEEKLY_GAP = timedelta(days=21)  # a longer break between two drops means the season comes in parts
BATCH = 3  # this many episodes on one day, in a season with several drops, make a part


@dataclass(frozen=True)
class Episode:
    """One episode of a season, as a catalogue lists it and as the user watched it."""

    season: int
    number: int
    title: str = ""
    airdate: date | None = None
    airstamp: datetime | None = None  # aware; None when the catalogue gives no time
    runtime: int | None = None  # minutes
    watched_at: datetime | None = None
    source: str = ""
    date_noted_at: datetime | None = None  # when the air date was first listed or last moved
    previous_airdate: date | None = None  # the date it had before it last moved
    tvdb_id: int | None = None
    id: int | None = None

    @property
    def watched(self) -> bool:
        return self.watched_at is not None

    @property
    def code(self) -> str:
        """ "S02E04"."""
        return f"S{self.season:02d}E{self.number:02d}"

    def air_instant(self, zone_name: str, default: time = time(9)) -> datetime | None:
        """When it airs: the catalogue's instant, else `default` local time on its air date in `zone_name`."""
        if self.airstamp is not None:
            return self.airstamp.astimezone(UTC)
        if self.airdate is None:
            return None
        local = datetime.combine(self.airdate, default).replace(tzinfo=ZoneInfo(zone_name), fold=0)
        return local.astimezone(UTC)

    def has_aired(self, now: datetime, zone_name: str = "UTC") -> bool:
        instant = self.air_instant(zone_name, time(0))
        return instant is not None and instant <= now


class ReleasePattern(StrEnum):
    """How a season's episodes come out."""

    ALL_AT_ONCE = "all-at-once"
    WEEKLY = "weekly"
    IN_PARTS = "in-parts"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


def drops(episodes: Iterable[Episode]) -> list[tuple[date, list[Episode]]]:
    """The season's episodes grouped by air date, earliest first (undated episodes left out)."""
    by_day: dict[date, list[Episode]] = {}
    for episode in episodes:
        if episode.airdate is not None:
            by_day.setdefault(episode.airdate, []).append(episode)
    return [(day, sorted(by_day[day], key=lambda e: e.number)) for day in sorted(by_day)]


def release_pattern(episodes: Sequence[Episode]) -> ReleasePattern | None:
    """All at once (one day), weekly (one or two at a time, a week or so apart) or in parts."""
    groups = drops(episodes)
    if not groups:
        return None
    if len(groups) == 1:
        return ReleasePattern.ALL_AT_ONCE
    days = [day for day, _ in groups]
    gaps = [later - earlier for earlier, later in zip(days, days[1:], strict=False)]  # noqa: RUF007
    if any(len(group) >= BATCH for _, group in groups) or max(gaps) > WEEKLY_GAP:
        return ReleasePattern.IN_PARTS
    return ReleasePattern.WEEKLY


def finale(episodes: Sequence[Episode]) -> Episode | None:
    """The season's last episode, once every listed episode has a date (else the end is not known)."""
    if not episodes or any(e.airdate is None for e in episodes):
        return None
    return max(episodes, key=lambda e: e.number)


def premiere(episodes: Sequence[Episode]) -> Episode | None:
    """The season's first episode, if it is listed."""
    return min(episodes, key=lambda e: e.number, default=None)


@dataclass(frozen=True)
class Progress:
    """How far the user is into a season: "S2 · 3/8"."""

    season: int
    watched: int
    total: int

    @property
    def text(self) -> str:
        return f"S{self.season} · {self.watched}/{self.total}"


def progress(episodes: Sequence[Episode]) -> Progress | None:
    """The season in progress (that of the first unwatched episode, else the last) and its count."""
    if not episodes:
        return None
    ordered = sorted(episodes, key=lambda e: (e.season, e.number))
    current = next((e.season for e in ordered if not e.watched), ordered[-1].season)
    season = [e for e in ordered if e.season == current]
    return Progress(current, sum(e.watched for e in season), len(season))


def progress_of_counts(seasons: Sequence[Progress]) -> Progress | None:
    """The season in progress from per-season counts: the first not fully watched, else the last."""
    ordered = sorted((s for s in seasons if s.total), key=lambda s: s.season)
    return next((s for s in ordered if s.watched < s.total), ordered[-1] if ordered else None)


def next_to_air(episodes: Iterable[Episode], now: datetime, zone_name: str = "UTC") -> Episode | None:
    """The first episode that has not aired at `now` (aware) but has a date."""
    pending = [e for e in episodes if e.airdate is not None and not e.has_aired(now, zone_name)]
    return min(pending, key=lambda e: (e.airdate, e.season, e.number), default=None)


def followed_state(current: WatchState, episodes: Sequence[Episode], now: datetime) -> WatchState:
    """The watch state the watched marks point to: watching once something is seen, waiting when all that
    aired is seen and more is listed, completed when every listed episode is seen. Dropped stays dropped."""
    if current is WatchState.DROPPED or not any(e.watched for e in episodes):
        return current
    if all(e.watched for e in episodes):
        return WatchState.COMPLETED
    aired = [e for e in episodes if e.has_aired(now)]
    if aired and all(e.watched for e in aired):
        return WatchState.WAITING
    return WatchState.WATCHING
