"""Recording what the news desk proposed: the facts the user accepted go on the watchlist, each with the
article as its source, and nothing twice.

Statuses and claims are recorded with the news origin, so they are announced like any other news. A claim
the article doubts is recorded as doubtful, with the article's reason, by the same judgement the `doubt`
command records: it ranks below every claim not doubted, and its source stays the article's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from cliffhanger.domain.matching import Named, fold
from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.standing import Standing, parse_standing
from cliffhanger.domain.summary import TitleSummary
from cliffhanger.news.model import CastFact, ClaimFact, Extraction, StatusFact


class NewsWatchlist(Protocol):
    """What applying an article needs of the watchlist (`storage.watchlist.Watchlist` has it)."""

    def summaries(self, ids: Sequence[int] | None = None) -> list[TitleSummary]: ...
    def title(self, title_id: int) -> Title: ...
    def add(self, title: Title) -> Title: ...
    def update(self, title_id: int, title: Title) -> Title: ...
    def record_status(self, title_id: int, season: int | None, change: StatusChange) -> Title: ...
    def add_claim(self, title_id: int, season: int | None, claim: ReleaseClaim) -> Title: ...
    def add_cast(self, title_id: int, credits: Sequence[Credit]) -> Title: ...
    def judge_claims(
        self, title_id: int, claim_ids: Sequence[int], standing: Standing, reason: str = ""
    ) -> Title: ...


@dataclass
class Applied:
    """What one article added to the watchlist."""

    title: Title
    added_title: bool = False
    statuses: int = 0
    claims: int = 0
    cast: int = 0
    network: bool = False
    skipped: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.statuses + self.claims + self.cast + int(self.network) + int(self.added_title)


def watchlist_names(watchlist: NewsWatchlist) -> list[Named]:
    """The watchlist's titles as the extractor matches them."""
    return [Named(s.id, s.name, s.facts.year) for s in watchlist.summaries()]


def _judge(
    watchlist: NewsWatchlist, title: Title, season: int | None, fact: ClaimFact, known: set[int]
) -> None:
    """Mark the claim just recorded for `fact` (the one not among `known`) as the article judges it."""
    standing = parse_standing(fact.standing)
    if standing is Standing.OPEN:
        return
    recorded = _season_of(title, season)
    fresh = [
        c.id
        for c in (recorded.claims if recorded else ())
        if c.id is not None and c.id not in known and c.window == fact.window
    ]
    assert title.id is not None
    watchlist.judge_claims(title.id, fresh, standing, fact.reason)


def _title_for(watchlist: NewsWatchlist, found: Extraction) -> tuple[Title, bool]:
    """The watchlist title the article is about, added (with its season and network) when it is new."""
    match = found.title
    if match is None or not match.name.strip():
        raise ValueError("the article names no title; give one with --title")
    if match.title_id is not None:
        return watchlist.title(match.title_id), False
    for named in watchlist_names(watchlist):
        if fold(named.name) == fold(match.name):
            return watchlist.title(named.id), False
    season = Season(number=found.season or 1)
    return watchlist.add(Title(name=match.name.strip(), network=found.network, seasons=(season,))), True


def apply(
    watchlist: NewsWatchlist,
    found: Extraction,
    *,
    statuses: Sequence[StatusFact] | None = None,
    claims: Sequence[ClaimFact] | None = None,
    cast: Sequence[CastFact] | None = None,
    network: bool = True,
) -> Applied:
    """Record the chosen facts (all of them when a list is None) on the article's title and season."""
    title, added = _title_for(watchlist, found)
    assert title.id is not None
    applied = Applied(title, added_title=added, network=added and bool(found.network))
    if network and found.network and not title.network:
        title = watchlist.update(title.id, dataclasses.replace(title, network=found.network))
        applied.network = True
    _record_statuses(watchlist, applied, found, found.statuses if statuses is None else statuses)
    _record_claims(watchlist, applied, found, found.claims if claims is None else claims)
    _record_cast(watchlist, applied, found.cast if cast is None else cast)
    assert title.id is not None
    applied.title = watchlist.title(title.id)
    return applied


def _season_of(title: Title, number: int | None) -> Season | None:
    return title.season(number) if number is not None else title.focus


def _record_statuses(
    watchlist: NewsWatchlist, applied: Applied, found: Extraction, chosen: Sequence[StatusFact]
) -> None:
    title_id = applied.title.id
    assert title_id is not None
    for fact in chosen:
        season = _season_of(watchlist.title(title_id), found.season)
        known = season.history if season else ()
        if any(c.status is fact.status and c.since == fact.since for c in known):
            applied.skipped.append(f"{fact.status.label} since {fact.since} is already recorded")
            continue
        change = StatusChange(
            fact.status, fact.since, fact.evidence.source, fact.confidence, origin=Origin.NEWS
        )
        watchlist.record_status(title_id, found.season, change)
        applied.statuses += 1


def _record_claims(
    watchlist: NewsWatchlist, applied: Applied, found: Extraction, chosen: Sequence[ClaimFact]
) -> None:
    title_id = applied.title.id
    assert title_id is not None
    for fact in chosen:
        season = _season_of(watchlist.title(title_id), found.season)
        claim = ReleaseClaim(fact.window, fact.confidence, fact.evidence.source, origin=Origin.NEWS)
        known = season.claims if season else ()
        if any(
            c.window == claim.window and c.confidence is claim.confidence and c.source == claim.source
            for c in known
        ):
            applied.skipped.append(f"{fact.window.text} ({fact.confidence.value}) is already recorded")
            continue
        title = watchlist.add_claim(title_id, found.season, claim)
        _judge(watchlist, title, found.season, fact, {c.id for c in known if c.id is not None})
        applied.claims += 1


def _record_cast(watchlist: NewsWatchlist, applied: Applied, chosen: Sequence[CastFact]) -> None:
    title = applied.title
    assert title.id is not None
    credited = {fold(c.actor) for c in watchlist.title(title.id).cast}
    fresh = [fact for fact in chosen if fold(fact.actor) not in credited]
    applied.skipped += [f"{fact.actor} is already in the cast" for fact in chosen if fact not in fresh]
    if fresh:
        offset = len(watchlist.title(title.id).cast)
        credits = [Credit(f.actor, f.character, order=offset + i) for i, f in enumerate(fresh)]
        watchlist.add_cast(title.id, credits)
        applied.cast = len(credits)
