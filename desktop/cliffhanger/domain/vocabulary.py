"""The closed vocabularies of the watchlist: kinds, watch states, statuses and confidences."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class _Spelled(StrEnum):
    """An enum whose value is its command-line spelling, parsed leniently from user text."""

    @classmethod
    def parse(cls, text: str) -> Self:
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if key in (member.value, *member.aliases()):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown {cls.noun()} {text!r}; use one of: {choices}")

    def aliases(self) -> tuple[str, ...]:
        return ()

    @classmethod
    def noun(cls) -> str:
        return cls.__name__.lower()

    @property
    def label(self) -> str:
        """The human label, as shown in the window."""
        if self.value == "post-production":
            return "Post-production"
        return self.value.replace("-", " ").capitalize()

    def __str__(self) -> str:
        return self.value


class Kind(_Spelled):
    """Whether a title is a series (with seasons) or a film."""

    SERIES = "series"
    FILM = "film"

    def aliases(self) -> tuple[str, ...]:
        return {"series": ("show", "tv"), "film": ("movie",)}[self.value]


class WatchState(_Spelled):
    """Where the user stands with a title."""

    PLAN = "plan"
    WATCHING = "watching"
    WAITING = "waiting"
    COMPLETED = "completed"
    DROPPED = "dropped"

    @classmethod
    def noun(cls) -> str:
        return "watch state"


class Status(_Spelled):
    """A production or release status, in the order a title usually passes through them."""

    RUMOURED = "rumoured"
    ANNOUNCED = "announced"
    IN_DEVELOPMENT = "in-development"
    FILMING = "filming"
    POST_PRODUCTION = "post-production"
    SCHEDULED = "scheduled"
    AIRING = "airing"
    RELEASED = "released"
    ENDED = "ended"
    CANCELLED = "cancelled"
    ON_HOLD = "on-hold"

    def aliases(self) -> tuple[str, ...]:
        return _STATUS_ALIASES.get(self.value, ())

    @property
    def is_out(self) -> bool:
        """True once the title (or season) can be watched."""
        return self in (Status.AIRING, Status.RELEASED, Status.ENDED)

    @property
    def is_final(self) -> bool:
        """True when nothing more is expected to happen."""
        return self in (Status.RELEASED, Status.ENDED, Status.CANCELLED)


_STATUS_ALIASES = {
    "rumoured": ("rumored",),
    "in-development": ("development", "in-dev"),
    "filming": ("shooting", "in-production", "production"),
    "post-production": ("post", "postproduction"),
    "airing": ("premiered", "on-air"),
    "cancelled": ("canceled",),
    "on-hold": ("hold", "paused"),
}


class Confidence(_Spelled):
    """How sure a claim is; members are ordered from most to least certain."""

    OFFICIAL = "official"
    REPORTED = "reported"
    RUMOURED = "rumoured"
    SPECULATED = "speculated"

    def aliases(self) -> tuple[str, ...]:
        return ("rumored",) if self is Confidence.RUMOURED else ()

    @property
    def rank(self) -> int:
        """0 for official, growing as certainty falls."""
        return _CONFIDENCE_RANK[self]


_CONFIDENCE_RANK = {member: n for n, member in enumerate(Confidence)}


class EntryKind(StrEnum):
    """The entries a correction removes from a title: status changes, release claims or cast credits."""

    STATUS = "status"
    CLAIM = "claim"
    CREDIT = "credit"


class ChangeKind(StrEnum):
    """What a committed write did to a title, as the watchlist's listeners hear it."""

    ADDED = "added"
    UPDATED = "updated"
    STATUS = "status"
    CLAIM = "claim"
    SEASON = "season"
    CAST = "cast"
    CREDIT = "credit"
    WATCHED = "watched"
    REMOVED = "removed"
    RESTORED = "restored"
    CATALOGUE = "catalogue"
