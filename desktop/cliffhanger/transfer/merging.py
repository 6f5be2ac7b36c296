"""Matching an imported title to one on the watchlist, and what merging it would add."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cliffhanger.domain.matching import fold
from cliffhanger.domain.models import Credit, Season, Title
from cliffhanger.storage.bulk import TitleKey

from .tvtime import placeholder_name

ID_PREFERENCE = ("imdb", "tvdb")  # matched first: shared by every catalogue and import


NameKey = tuple[str, int | None, str]


def name_key(name: str, kind: str, year: int | None) -> NameKey:
    """What titles without a shared id are matched by: the folded name, the year and the kind."""
    return fold(name), year, kind


class TitleIndex:
    """Titles by each catalogue id and by folded name, year and kind; grows as a plan adds titles."""

    def __init__(self, keys: Iterable[TitleKey]) -> None:
        self.by_id: dict[tuple[str, object], int] = {}
        self.by_name: dict[NameKey, list[int]] = {}
        self.ids: dict[int, dict[str, str]] = {}
        self.names: dict[int, str] = {}
        for key in keys:
            self.put(key.id, key.name, key.ids.as_dict(), name_key(key.name, str(key.kind), key.year))

    def put(self, ref: int, name: str, known: dict[str, str], key: NameKey) -> None:
        """Index a title by its ids (`known`, kept as given: not to be changed) and its `name_key`."""
        self.ids[ref] = known
        self.names[ref] = name
        by_id = self.by_id
        for field, value in known.items():
            by_id.setdefault((field, value), ref)
        self.by_name.setdefault(key, []).append(ref)

    def find(self, name: str, wanted: dict[str, str], key: NameKey) -> int | None:
        """The matching title: by the first catalogue id they share, else by `name_key` (unless their ids
        disagree). Two rows of one file (negative refs) match by name only when the names are exactly
        equal: an export that lists "rain" and "Rain" of one year lists two films."""
        by_id = self.by_id
        for field in ID_PREFERENCE:
            value = wanted.get(field)
            if value is not None and (found := by_id.get((field, value))) is not None:
                return found
        for field in sorted(wanted.keys() - ID_PREFERENCE) if len(wanted) > 1 else ():
            if (found := by_id.get((field, wanted[field]))) is not None:
                return found
        refs = self.by_name.get(key)
        if not refs:
            return None
        for ref in sorted(refs, key=lambda r: self.names[r] != name):  # the exact name first
            held = self.ids[ref]
            if ref < 0 and self.names[ref] != name:
                continue
            if all(held.get(f) in (None, v) for f, v in wanted.items()):
                return ref
        return None


@dataclass(frozen=True)
class Merge:
    """What merging adds to a title: its empty facts filled in, and new seasons, history, claims, cast."""

    title: Title  # the existing title with empty facts filled in
    seasons: tuple[Season, ...]  # each with only the entries not already held
    cast: tuple[Credit, ...]
    changes: tuple[str, ...]


def _filled(existing: Title, incoming: Title) -> tuple[Title, list[str]]:
    changes: list[str] = []
    values: dict[str, Any] = {}
    ids = existing.ids.filled_from(incoming.ids)
    if ids != existing.ids:
        values["ids"] = ids
        changes.append("ids")
    for field in ("original_name", "year", "network", "overview"):
        if not getattr(existing, field) and getattr(incoming, field):
            values[field] = getattr(incoming, field)
            changes.append(field.replace("_", " "))
    tvdb = existing.ids.number("tvdb")
    if tvdb and existing.name == placeholder_name(tvdb) and incoming.name != existing.name:
        values["name"] = incoming.name
        changes.append("name")
    return dataclasses.replace(existing, **values), changes


def _new_entries(existing: Season | None, incoming: Season) -> Season:
    if existing is None:
        return incoming
    held = {(c.status, c.since, c.source) for c in existing.history}
    claims = {(c.window, c.confidence, c.source) for c in existing.claims}
    seen = {e.number for e in existing.episodes if e.watched}
    return Season(
        incoming.number,
        history=tuple(c for c in incoming.history if (c.status, c.since, c.source) not in held),
        claims=tuple(c for c in incoming.claims if (c.window, c.confidence, c.source) not in claims),
        episodes=tuple(e for e in incoming.episodes if e.watched and e.number not in seen),
    )


def _what(season: Season, new: Season) -> str:
    words = [f"{season.label.lower()} dates"] if new.history or new.claims else []
    if new.episodes:
        count = len(new.episodes)
        words.append(f"{count} watched episode{'s' if count != 1 else ''} of {season.label.lower()}")
    return ", ".join(words)


def merge(existing: Title, incoming: Title) -> Merge:
    title, changes = _filled(existing, incoming)
    seasons = []
    for season in incoming.seasons if existing.kind is incoming.kind else ():
        held = existing.season(season.number)
        new = _new_entries(held, season)
        if held is None or new.history or new.claims or new.episodes:
            seasons.append(new)
            changes.append(f"{season.label.lower()}" if held is None else _what(season, new))
    have = {(c.actor.casefold(), c.character.casefold(), c.season) for c in existing.cast}
    cast = tuple(
        c for c in incoming.cast if (c.actor.casefold(), c.character.casefold(), c.season) not in have
    )
    if cast:
        changes.append("cast")
    return Merge(title, tuple(seasons), cast, tuple(changes))
