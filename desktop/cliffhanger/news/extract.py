"""One article in, its proposed facts out: the title and season, then per sentence statuses, claims and cast.

A sentence speaks of the article's season unless it names only other seasons (a comparison "based on the
first season" does not count), and the article ends where it turns to other news ("In other news...").
A sentence that doubts without naming a window ("But that now looks unlikely...") doubts the claims of the
sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from cliffhanger.domain.matching import Named, fold
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import Precision

from . import cast, claims, statuses, titles, wording
from .model import DOUBTFUL, CastFact, ClaimFact, Evidence, Extraction, StatusFact, TitleMatch
from .networks import network_of
from .patterns import words
from .text import article_sentences

_OTHER_NEWS = re.compile(
    r"^(?:in other\b[^,]{0,40}news|elsewhere\b|for more (?:news|on)|related:|read more|more from|also read"
    r"|you may also like|recommended|more stories|see also|sign up|subscribe)",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?:based on|like|as with|similar to|than|compared (?:to|with)|following)\s+(?:the\s+)?$"
)
_ELSEWHERE = words(
    "spin-?offs?",
    "prequels?",
    "sequel series",
    "reboot",
    "another (?:show|series)",
    "a new series",
    "other (?:shows|series)",
)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "article": 5}


def _in_scope(sentences: list[str]) -> list[str]:
    kept: list[str] = []
    for sentence in sentences:
        if _OTHER_NEWS.match(sentence):
            if kept:
                break
            continue
        kept.append(sentence)
    return kept


def _about_season(sentence: str, season: int | None) -> bool:
    """False when the sentence names seasons, none of them `season`, outside a comparison."""
    if season is None:
        return True
    named = []
    for number, match in zip(titles.season_numbers(sentence), _season_spans(sentence), strict=False):
        if not _COMPARISON.search(sentence[:match]):
            named.append(number)
    return not named or season in named


def _season_spans(sentence: str) -> list[int]:
    return [m.start() for m in titles._SEASON.finditer(sentence)]


def _about_other_title(sentence: str, target: str, others: Sequence[Named]) -> bool:
    folded = fold(sentence)
    return any(
        fold(o.name) in folded and fold(o.name) != fold(target) and fold(o.name) not in fold(target)
        for o in others
    )


def _title(sentences: list[str], titles_known: Sequence[Named], wanted: str | None) -> TitleMatch | None:
    if wanted:
        named = [t for t in titles_known if fold(t.name) == fold(wanted)]
        return TitleMatch(wanted.strip(), named[0].id if named else None, 1.0)
    matched = titles.match_watchlist("\n".join(sentences), sentences[0] if sentences else "", titles_known)
    if matched:
        return matched
    guessed = titles.guess_name(sentences[0] if sentences else "", sentences)
    return TitleMatch(guessed, None, 0.0) if guessed else None


def extract(
    text: str,
    *,
    published: date,
    source: str = "",
    watchlist: Sequence[Named] = (),
    title: str | None = None,
    season: int | None = None,
) -> Extraction:
    """The facts `text` states about its title, each with its sentence and source."""
    every = article_sentences(text)
    sentences = _in_scope(every)
    match = _title(sentences, watchlist, title)
    number = (
        season if season is not None else titles.main_season(sentences[0] if sentences else "", sentences)
    )
    target = match.name if match else ""
    relevant = [s for s in sentences if not _about_other_title(s, target, watchlist)]
    about = [s for s in relevant if _about_season(s, number) and not _ELSEWHERE.search(s)]
    evidence = {s: Evidence(s, wording.source_label(s, source, published)) for s in sentences}
    found_statuses = _statuses(about, published, evidence)
    found_claims = _claims(about, published, evidence)
    found_statuses += _scheduled(found_claims, found_statuses, published)
    return Extraction(
        title=match,
        season=number,
        network=network_of(relevant),
        statuses=tuple(found_statuses),
        claims=tuple(found_claims),
        cast=tuple(_cast(relevant, evidence)),
        source=source,
        published=published,
    )


def _statuses(sentences: list[str], published: date, evidence: dict[str, Evidence]) -> list[StatusFact]:
    best: dict[Status, StatusFact] = {}
    for sentence in sentences:
        for status, since, precision in statuses.statuses_in(sentence, published):
            how = wording.confidence(sentence, default=Confidence.OFFICIAL)
            fact = StatusFact(status, since, precision, how, evidence[sentence])
            held = best.get(status)
            if held is None or _PRECISION_RANK.get(precision, 3) < _PRECISION_RANK.get(held.precision, 3):
                best[status] = fact
    return sorted(best.values(), key=lambda f: f.since)


def _claims(sentences: list[str], published: date, evidence: dict[str, Evidence]) -> list[ClaimFact]:
    found: list[ClaimFact] = []
    previous: list[int] = []
    for sentence in sentences:
        here = claims.claims_in(sentence, published)
        doubted = wording.doubt(sentence)
        if not here and doubted and previous:
            for index in previous:
                found[index] = ClaimFact(
                    found[index].window, found[index].confidence, found[index].evidence, DOUBTFUL, doubted[1]
                )
        previous = []
        for claim in here:
            kept = _merge(found, claim, evidence[sentence])
            previous.append(kept)
    return found


def _merge(found: list[ClaimFact], claim: claims.FoundClaim, evidence: Evidence) -> int:
    """Add the claim, or strengthen the same window's earlier claim; returns its index."""
    standing, reason = (DOUBTFUL, claim.reason) if claim.doubted else ("", "")
    for index, held in enumerate(found):
        if held.window == claim.window:
            if claim.confidence.rank < held.confidence.rank:
                found[index] = ClaimFact(
                    held.window, claim.confidence, evidence, held.standing or standing, held.reason or reason
                )
            return index
    found.append(ClaimFact(claim.window, claim.confidence, evidence, standing, reason))
    return len(found) - 1


def _scheduled(found: list[ClaimFact], held: list[StatusFact], published: date) -> list[StatusFact]:
    """An official date announced means the season is scheduled, from the day the article says so."""
    if any(f.status is Status.SCHEDULED for f in held):
        return []
    for claim in found:
        if (
            claim.confidence is Confidence.OFFICIAL
            and claim.window.precision is Precision.DAY
            and not claim.standing
        ):
            return [StatusFact(Status.SCHEDULED, published, "article", Confidence.OFFICIAL, claim.evidence)]
    return []


def _cast(sentences: list[str], evidence: dict[str, Evidence]) -> list[CastFact]:
    names = cast.full_names(sentences)
    seen: set[str] = set()
    found = []
    for sentence in sentences:
        for actor, character in cast.credits_in(sentence, names):
            if fold(actor) not in seen:
                seen.add(fold(actor))
                found.append(CastFact(actor, character, evidence[sentence]))
    return found
