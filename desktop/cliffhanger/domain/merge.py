"""Deciding what a catalogue's answer adds to a stored title, without ever overwriting what the user entered.

A catalogue's status is recorded again only when it differs from what that same catalogue said last;
a listed date is recorded when that catalogue has not already listed that window. Entries from other
sources (the user's own, another catalogue) are left alone: both are kept and shown with their sources.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from .episodes import Episode
from .models import Credit, ReleaseClaim, Season, StatusChange, Title
from .vocabulary import Kind

Sourced = TypeVar("Sourced", StatusChange, ReleaseClaim)


@dataclass(frozen=True)
class SeasonAdditions:
    """New facts for one season (number None: the film itself)."""

    number: int | None
    is_new: bool = False
    statuses: tuple[StatusChange, ...] = ()
    claims: tuple[ReleaseClaim, ...] = ()
    episodes: tuple[Episode, ...] = ()  # new episodes, or ones whose listed facts changed


@dataclass(frozen=True)
class MergePlan:
    """Everything a catalogue answer adds; empty when nothing changed."""

    seasons: tuple[SeasonAdditions, ...] = ()
    credits: tuple[Credit, ...] = ()
    fields: dict[str, object] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (
            self.fields
            or self.credits
            or any(s.is_new or s.statuses or s.claims or s.episodes for s in self.seasons)
        )


def _from(source: str, entries: Iterable[Sourced]) -> list[Sourced]:
    return [e for e in entries if e.source == source]


def _new_statuses(
    stored: Season | None, fetched: Season, source: str, source_moved: bool
) -> tuple[StatusChange, ...]:
    """The catalogue's status, when it is news: a change from what it said last, or a first word on a season
    nobody has described yet. A catalogue's first, coarser word never overrides what the user recorded."""
    own = _from(source, stored.history) if stored else []
    if own:
        last = max(own, key=lambda c: (c.recorded_at is not None, c.recorded_at, c.id or 0))
        return tuple(c for c in fetched.history if c.status is not last.status)
    if stored is None or not stored.history or source_moved:
        return fetched.history
    return ()


def _season_additions(
    stored: Season | None, fetched: Season, source: str, source_moved: bool
) -> SeasonAdditions:
    statuses = _new_statuses(stored, fetched, source, source_moved)
    claims = _from(source, stored.claims) if stored else []
    latest_claim = max(claims, key=lambda c: (c.noted_at is not None, c.noted_at, c.id or 0), default=None)
    new_claims = tuple(c for c in fetched.claims if latest_claim is None or c.window != latest_claim.window)
    return SeasonAdditions(
        fetched.number,
        is_new=stored is None,
        statuses=statuses[-1:],
        claims=new_claims[-1:],
        episodes=changed_episodes(stored.episodes if stored else (), fetched.episodes),
    )


def changed_episodes(stored: Iterable[Episode], fetched: Iterable[Episode]) -> tuple[Episode, ...]:
    """The fetched episodes that are new or whose title, dates or runtime differ from what is stored."""
    held = {e.number: e for e in stored}

    def facts(e: Episode) -> tuple[object, ...]:
        return (e.title, e.airdate, e.airstamp, e.runtime)

    return tuple(e for e in fetched if e.number not in held or facts(held[e.number]) != facts(e))


def _field_fills(stored: Title, fetched: Title) -> dict[str, object]:
    """Empty facts of the stored title that the catalogue can fill; ids are always completed."""
    fills: dict[str, object] = {}
    for name in ("original_name", "year", "network", "overview"):
        if not getattr(stored, name) and getattr(fetched, name):
            fills[name] = getattr(fetched, name)
    ids = {k: v for k, v in fetched.ids.items() if k not in stored.ids}
    if ids:
        fills["ids"] = ids
    return fills


def plan_merge(stored: Title, fetched: Title, source: str, *, source_moved: bool = False) -> MergePlan:
    """What `fetched` (a catalogue's view, entries sourced `source`) adds to `stored`.

    `source_moved` says the catalogue's own status words changed since it was last asked.
    """
    seasons = []
    for season in fetched.seasons:
        number = None if stored.kind is Kind.FILM else season.number
        additions = _season_additions(stored.season(number), season, source, source_moved)
        seasons.append(dataclasses.replace(additions, number=number))
    held = {(c.actor.casefold(), c.character.casefold()) for c in stored.cast}
    credits = tuple(c for c in fetched.cast if (c.actor.casefold(), c.character.casefold()) not in held)
    return MergePlan(seasons=tuple(seasons), credits=credits, fields=_field_fills(stored, fetched))
