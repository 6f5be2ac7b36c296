"""Reminder rules, alert settings, snoozes and the events they turn into.

A rule is what the user asked for ("tell me 3 days before season 2 comes out, at 09:00"); an event is one
concrete notification with a stable identity (title, season, kind, value), so that it is delivered once.
Local times are kept with the IANA zone they were meant in, and turned into instants only when planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .vocabulary import WatchState


class RuleKind(StrEnum):
    """At a set local date and time, or relative to the best release estimate."""

    AT = "at"
    RELEASE = "release"


class AlertKind(StrEnum):
    """The status alerts a title can have."""

    STATUS = "status"  # any new status
    CLAIM = "claim"  # a new or changed release claim
    DATE = "date"  # an official release date announced or moved
    SEASON = "season"  # a new season announced
    PREMIERE = "premiere"  # a season's first episode airs
    EPISODE = "episode"  # each new episode airs (opt-in)
    FINALE = "finale"  # the season's last episode has aired (opt-in)
    EPISODE_DATE = "episode-date"  # an episode's air date announced or moved
    RELEASE_DAY = "release-day"  # on the official date, without a rule being set
    WINDOW_PASSED = "window-passed"  # the best estimate's window ended with no release and no date

    @property
    def label(self) -> str:
        return _ALERT_LABELS[self]


OPT_IN_ALERTS = frozenset({AlertKind.EPISODE, AlertKind.FINALE})
DEFAULT_ALERT_KINDS = frozenset(AlertKind) - OPT_IN_ALERTS


_ALERT_LABELS = {
    AlertKind.STATUS: "new status",
    AlertKind.CLAIM: "new or changed release claim",
    AlertKind.DATE: "official date announced or moved",
    AlertKind.SEASON: "new season announced",
    AlertKind.PREMIERE: "season premiere airs",
    AlertKind.EPISODE: "each new episode airs",
    AlertKind.FINALE: "season complete (last episode aired)",
    AlertKind.EPISODE_DATE: "episode date announced or moved",
    AlertKind.RELEASE_DAY: "on the release day",
    AlertKind.WINDOW_PASSED: "when an expected window passes",
}


class EventKind(StrEnum):
    """What an event is about; part of its identity."""

    AT = "at"
    BEFORE = "before"
    RELEASE_DAY = "release-day"
    STATUS = "status"
    CLAIM = "claim"
    DATE = "date"
    SEASON = "season"
    PREMIERE = "premiere"
    EPISODE = "episode"
    FINALE = "finale"
    EPISODE_DATE = "episode-date"
    SNOOZED = "snoozed"
    WINDOW_PASSED = "window-passed"


class ZoneError(ValueError):
    """A time zone name that the system's zone database does not know."""


def zone(name: str) -> ZoneInfo:
    """The zone of an IANA name such as "Europe/Berlin"; raise `ZoneError` for unknown names."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ZoneError(f"unknown time zone {name!r}") from error


def local_instant(moment: datetime, zone_name: str) -> datetime:
    """The UTC instant of a naive local date-time in a zone.

    A wall time in the repeated hour when clocks go back means its first occurrence; one in the hour skipped
    when clocks go forward is moved forward by the length of the gap (02:30 becomes 03:30), as calendars do.
    """
    return moment.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


@dataclass(frozen=True)
class ReminderRule:
    """A reminder the user set on a title (and season; None is the film itself or the latest season).

    AT rules carry `at`, a naive local date-time in `zone`. RELEASE rules fire `days_before` days before the
    best release estimate and/or on the day (`on_day`), at `at_time` local time; a window without a day
    (such as "December 2026") only fires, at its start, when `fire_on_window_start` is set.
    """

    title_id: int
    kind: RuleKind
    zone: str
    season: int | None = None
    at: datetime | None = None
    days_before: int | None = None
    on_day: bool = False
    at_time: time = time(9, 0)
    fire_on_window_start: bool = False
    note: str = ""
    created_at: datetime | None = None  # aware; events due before it are never sent
    id: int | None = None

    def __post_init__(self) -> None:
        zone(self.zone)
        if self.kind is RuleKind.AT and self.at is None:
            raise ValueError("a reminder at a set time needs that time")
        if self.kind is RuleKind.RELEASE:
            if self.days_before is None and not self.on_day:
                raise ValueError("a release reminder needs days before, the release day, or both")
            if self.days_before is not None and not 0 <= self.days_before <= 3660:
                raise ValueError(f"days before must be between 0 and 3660, not {self.days_before}")


DEFAULT_ALERT_STATES = (WatchState.PLAN, WatchState.WATCHING, WatchState.WAITING)  # followed titles


@dataclass(frozen=True)
class AutoAlerts:
    """The alerts planned without being asked: on the release day and when a window passes, at `at_time`
    in `zone`; each can be switched off here (for every title) or per title through its alert kinds."""

    zone: str
    at_time: time = time(9, 0)
    release_day: bool = True
    window_passed: bool = True


@dataclass(frozen=True)
class AlertSetting:
    """A title's status alerts: on or off, which kinds, and the moment before which history is old news."""

    title_id: int
    enabled: bool
    baseline: datetime  # aware; only history recorded after it alerts
    kinds: frozenset[AlertKind] = DEFAULT_ALERT_KINDS


@dataclass(frozen=True)
class Snooze:
    """A delivered event to be shown again at `until` (aware)."""

    key: str
    until: datetime
    title_id: int
    season: int | None
    summary: str
    body: str


@dataclass(frozen=True)
class Event:
    """One notification to deliver, with a stable identity `key` and its text in plain words."""

    title_id: int
    season: int | None
    kind: EventKind
    value: str
    due: datetime  # aware, UTC
    summary: str
    body: str
    why: str = ""  # why it is planned, for the agenda ("official date 29 January 2027 (official, TVmaze)")

    @property
    def key(self) -> str:
        season = "-" if self.season is None else str(self.season)
        return f"{self.title_id}:{season}:{self.kind.value}:{self.value}"

    @property
    def message(self) -> str:
        return f"{self.summary}: {self.body}"


def snooze_until(choice: str, now: datetime, zone_name: str, morning: time = time(9, 0)) -> datetime:
    """When a snooze ends: "1h" (an hour), "tomorrow" (tomorrow morning) or "week" (a week's morning)."""
    local = now.astimezone(zone(zone_name))
    match choice:
        case "1h" | "hour":
            return now + timedelta(hours=1)
        case "tomorrow":
            day = local.date() + timedelta(days=1)
        case "week" | "next-week":
            day = local.date() + timedelta(days=7)
        case _:
            raise ValueError(f"snooze for 1h, tomorrow or week, not {choice!r}")
    return local_instant(datetime.combine(day, morning), zone_name)


class DeliveryState(StrEnum):
    """Where an event stands in the outbox."""

    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    """An event as the outbox holds it: claimed, sent (when and how) or failed."""

    key: str
    title_id: int
    season: int | None
    kind: EventKind
    summary: str
    body: str
    due: datetime
    state: DeliveryState
    attempts: int = 1
    delivered_at: datetime | None = None
    channel: str = ""
    digest: str = ""
    read_at: datetime | None = None

    @property
    def message(self) -> str:
        return f"{self.summary}: {self.body}"

    @property
    def unread(self) -> bool:
        return self.read_at is None

    def as_event(self) -> Event:
        value = self.key.split(":", 3)[3]
        return Event(self.title_id, self.season, self.kind, value, self.due, self.summary, self.body)
