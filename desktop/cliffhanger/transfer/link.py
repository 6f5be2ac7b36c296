"""Linking imported series to TVmaze by their IMDb or TheTVDB id, when the user allows network use.

Only series without a TVmaze id are looked up; a show imported without a name (TV Time) also takes its
name from TVmaze. A catalogue that fails stops the linking, and the import goes on offline.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from cliffhanger.domain.models import ExternalIds, Title
from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import CatalogueTitle, ProviderError, ProviderRef

from .model import Candidate, Parsed
from .tvtime import placeholder_name

log = logging.getLogger(__name__)


@runtime_checkable
class Lookup(Protocol):
    """The part of a catalogue linking needs (TvmazeProvider has it)."""

    def lookup(self, *, imdb: str | None = None, tvdb: int | None = None) -> ProviderRef | None: ...

    def details(self, ref: ProviderRef) -> CatalogueTitle: ...


@dataclass
class LinkReport:
    """How linking went: titles linked, titles the catalogue doesn't know, and the error that stopped it."""

    linked: int = 0
    unknown: int = 0
    stopped: str = ""
    notes: list[str] = field(default_factory=list)


def _named(title: Title) -> bool:
    tvdb = title.ids.number("tvdb")
    return not (tvdb and title.name == placeholder_name(tvdb))


def _link(title: Title, catalogue: Lookup) -> Title | None:
    imdb, tvdb = title.ids.get("imdb"), title.ids.number("tvdb")
    ref = catalogue.lookup(imdb=imdb) if imdb else catalogue.lookup(tvdb=tvdb)
    if ref is None:
        return None
    ids = ExternalIds(title.ids, tvmaze=ref.id)
    if _named(title):
        return dataclasses.replace(title, ids=ids)
    found = catalogue.details(ref)
    return dataclasses.replace(title, ids=ids, name=found.name, year=title.year or found.year)


def link_titles(parsed: Parsed, catalogue: Lookup) -> LinkReport:
    """Give series in `parsed` their TVmaze id (in place); stop at the first catalogue error."""
    report = LinkReport()
    for position, candidate in enumerate(parsed.candidates):
        _name, kind, _year, ids = candidate.key()  # a film read as a NewTitle stays one
        if kind != Kind.SERIES.value or "tvmaze" in ids or not {"imdb", "tvdb"} & ids.keys():
            continue
        try:
            linked = _link(candidate.title, catalogue)
        except ProviderError as error:
            report.stopped = f"linking to TVmaze stopped ({error}); the rest is imported offline"
            log.warning("%s", report.stopped)
            break
        if linked is None:
            report.unknown += 1
            continue
        parsed.candidates[position] = Candidate(candidate.place, linked)
        report.linked += 1
    return report
