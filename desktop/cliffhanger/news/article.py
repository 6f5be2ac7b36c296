"""One article in, its proposed facts out: the title and season, then per sentence statuses, claims and cast.

A sentence speaks of the article's season unless it names only other seasons (a comparison "based on the
first season" does not count), and the article ends where it turns to other news ("In other news...").
A sentence that doubts without naming a window ("But that now looks unlikely...") doubts the claims of the
sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from cliffhanger.domain.matching import Named, fold
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import Precision

from . import cast, claims, statuses, titles, wording
from .context import post_days, with_context_days
from .dates import CALENDAR_WORD, mentions
from .model import DOUBTFUL, CastFact, ClaimFact, Evidence, Extraction, StatusFact, TitleMatch
from .networks import network_of
from .patterns import words
from .text import article_paragraphs

_OTHER_NEWS = re.compile(
    r"^(?:in other\b[^,]{0,40}news|elsewhere\b|for more (?:news|on)|more from|you may also like|recommended"
    r"|more stories|sign up|subscribe|more (?:[\w+&'-]+ ){0,2}news\b)",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"^(?:related|read more|also read|see also|source|image|photo|credit)\b", re.IGNORECASE)
_ELSEWHERE = words(
    "spin-?offs?",
    "prequels?",
    "sequel series",
    "reboot",
    "another (?:show|series)",
    "a new series",
    "other (?:shows|series)",
    "on the (?:film|feature|movie|big[- ]screen) side",
    "(?:'ll|will) next be seen",
)  # the last two: an actor's other work
_ASIDES = re.compile(r"\s-\s[^-]{3,80}?\s-\s|\([^()]{3,80}\)")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"^(?:\s+(?:series|show|film|movie))?(?:\s*,)?\s+\"?[A-Z]")
_ANAPHORIC = re.compile(
    r"^(?:it|it's|its|the (?:show|series|drama|comedy|thriller|season|new season|film|movie))\b",
    re.IGNORECASE,
)
_CREDIT_BEFORE = re.compile(
    r"\b(?:from|of|in|on|alum|star|veteran|vet|like|as)\s+(?:the\s+)?[\"(]?$|(?-i:[A-Z])[\w'-]+\s+\($",
    re.IGNORECASE,
)  # "Gina Rodriguez (Jane the Virgin)" names her earlier show
_CREDIT_AFTER = re.compile(
    r"['\")]*\s*(?:fame|actors?|actress(?:es)?|stars?|alums?|alumni|veterans?|creator|star's)\b",
    re.IGNORECASE,
)  # "Squid Game actors Kim Si-eun and Roh Jae-won", "of Marcella and Once Upon a Time fame"
# "it's highly unlikely that 90 percent of its fall schedule will bow in September" doubts no one title
_WHOLE_SLATE = re.compile(
    r"\b(?:\d+ percent|most|much|all|many|some) of (?:its|the|their) [\w ]{0,20}?(?:schedule|slate|line-?up"
    r"|shows)\b|\bother\b[^.;]{0,40}\b(?:shows|productions|series|projects)\b",
    re.IGNORECASE,
)
_EXACT_DATE_UNKNOWN = re.compile(
    r"\b(?:exact|specific|firm|official|precise) (?:release |premiere |air )?date\b", re.IGNORECASE
)  # "an exact release date is still up in the air" leaves the windows before it standing
_OUT_NOW = re.compile(
    r"\b(?:is|are) (?:out now|now out|now streaming|streaming now|available now|now available)\b",
    re.IGNORECASE,
)  # a season (or its first part) already out is not waiting for its date
_RESUMED = (Status.FILMING, Status.POST_PRODUCTION, Status.SCHEDULED, Status.AIRING, Status.RELEASED)
_SHOT = (Status.FILMING, Status.POST_PRODUCTION)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "article": 5}


def _in_scope(paragraphs: list[list[str]]) -> list[list[str]]:
    """The article without link lines and captions, up to where it turns to other news."""
    kept: list[list[str]] = []
    for paragraph in paragraphs:
        if _OTHER_NEWS.match(paragraph[0]) and kept:
            break
        sentences = [s for s in paragraph if not _ASIDE.match(s) and not _OTHER_NEWS.match(s)]
        if sentences:
            kept.append(sentences)
    return kept


def _elsewhere(sentence: str) -> bool:
    """True when the sentence turns to another work: "a spin-off is in the works", "the prequel series
    Queen Charlotte". A definite "the hit Game of Thrones prequel" that names nothing is the title itself."""
    for match in _ELSEWHERE.finditer(_without_asides(sentence)):
        described = _THE_BEFORE.search(sentence[: match.start()])
        if not described or _NAMED_AFTER.match(sentence[match.end() :]):
            return True
    return False


def _about_season(sentence: str, season: int | None) -> bool:
    """False when the sentence names seasons, none of them `season`, outside a comparison."""
    if season is None:
        return True
    named = []
    for match, number in titles.season_mentions(sentence):
        if not titles.time_anchor(sentence, match):
            named.append(number)
    return not named or season in named


def _without_asides(sentence: str) -> str:
    """The sentence with its asides blanked out: "the hit HBO series - a prequel of "Game of Thrones" -"."""
    return _ASIDES.sub(lambda m: " " * len(m.group(0)), sentence)


def _names_other_title(sentence: str, target: str, others: Sequence[Named]) -> bool | None:
    """True when the sentence names another watchlist title and not the target, None when it names neither."""
    sentence = _without_asides(sentence)
    longer = [o for o in others if fold(target) in fold(o.name) and fold(o.name) != fold(target)]
    inside = [
        (p, p + len(o.name)) for o in longer for p in titles.name_positions(o.name, sentence)
    ]  # "Bridgerton" inside "Queen Charlotte: A Bridgerton Story" does not name Bridgerton
    if target and any(
        not any(start <= p < end for start, end in inside) for p in titles.name_positions(target, sentence)
    ):
        return False
    if target and _ANAPHORIC.match(sentence):
        return (
            None  # "It's one of the projects ..., not including his "Yellowstone" series" is still about it
        )
    other = any(
        fold(o.name) not in fold(target)
        and not _CREDIT_BEFORE.search(sentence[:position])
        and not _CREDIT_AFTER.match(sentence, position + len(o.name))
        for o in others
        if target
        for position in titles.name_positions(o.name, sentence)
    )
    return True if other else None


def _opens_with_season(sentence: str, season: int | None) -> bool:
    """True when the sentence's subject is the article's season ("Season 32, which ..., was scheduled to
    premiere ... in Survivor's vacated slot")."""
    opening = _SEASON_SUBJECT.match(sentence)
    return bool(season and season > 1 and opening and season in titles.season_numbers(opening.group(0)))


def _on_target(
    paragraphs: list[list[str]], target: str, others: Sequence[Named], season: int | None
) -> list[str]:
    """The sentences about the target title; a sentence naming no title continues the subject before it,
    until a heading."""
    kept = []
    elsewhere = False
    for paragraph in paragraphs:
        if len(paragraph) == 1 and not paragraph[0].rstrip("\"')").endswith((".", "!", "?")):
            elsewhere = False
        for sentence in paragraph:
            named = (
                False
                if _opens_with_season(sentence, season)
                else _names_other_title(sentence, target, others)
            )
            elsewhere = elsewhere if named is None else named
            if not elsewhere:
                kept.append(sentence)
    return kept


def _title(sentences: list[str], titles_known: Sequence[Named], wanted: str | None) -> TitleMatch | None:
    if wanted:
        named = [t for t in titles_known if fold(t.name) == fold(wanted)]
        return TitleMatch(wanted.strip(), named[0].id if named else None, 1.0)
    matched = titles.match_watchlist(sentences, titles_known)
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
    paragraphs = _in_scope(article_paragraphs(text))
    sentences = [s for paragraph in paragraphs for s in paragraph]
    match = _title(sentences, watchlist, title)
    number = (
        season
        if season is not None
        else titles.main_season(" ".join(paragraphs[0]) if paragraphs else "", sentences)
    )
    target = match.name if match else ""
    relevant = _on_target(paragraphs, target, titles.named_in(watchlist, "\n".join(sentences)), number)
    about = [s for s in relevant if _about_season(s, number) and not _elsewhere(s)]
    evidence = {s: Evidence(s, wording.source_label(s, source, published)) for s in sentences}
    skip = (target,) if target else ()
    posted = post_days(paragraphs, published)
    found_statuses, stating = _statuses(about, published, evidence, skip, number, posted)
    found_statuses = with_context_days(found_statuses, about, published, stating)
    found_claims = _claims([s for s in relevant if not _elsewhere(s)], published, evidence, skip, number)
    if not any(_OUT_NOW.search(s) for s in about):
        found_statuses += _scheduled(found_claims, found_statuses, published)
    found_statuses = _without_superseded(found_statuses)  # once all are in: a date set ends an undated delay
    return Extraction(
        title=match,
        season=number,
        network=network_of(relevant, target),
        statuses=tuple(found_statuses),
        claims=tuple(found_claims),
        cast=tuple(_cast(relevant, evidence, target)),
        source=source,
        published=published,
    )


def _statuses(
    sentences: list[str],
    published: date,
    evidence: dict[str, Evidence],
    skip: tuple[str, ...],
    season: int | None,
    posted: dict[str, date],
) -> tuple[list[StatusFact], set[str]]:
    """The best-dated fact of each status, and the sentences that state any; a milestone an embedded post
    states undated is dated by the post."""
    best: dict[Status, StatusFact] = {}
    stating: set[str] = set()
    for sentence in sentences:
        for status, since, precision in statuses.statuses_in(sentence, published, skip=skip, season=season):
            stating.add(sentence)
            if precision == "article" and sentence in posted:
                since, precision = posted[sentence], "day"
            if (
                status in (Status.AIRING, Status.RELEASED)
                and (season or 1) > 1
                and not titles.season_numbers(sentence)
                and not _THE_SEASON_ITSELF.match(sentence)
                and not (precision == "day" and (published - since).days <= _RECENT_PREMIERE_DAYS)
            ):
                continue  # "the series, which debuted in 2018" is its first season
            how = wording.confidence(sentence, default=Confidence.OFFICIAL)
            fact = StatusFact(status, since, precision, how, evidence[sentence])
            held = best.get(status)
            if held is None or _PRECISION_RANK.get(precision, 3) < _PRECISION_RANK.get(held.precision, 3):
                best[status] = fact
    return sorted(best.values(), key=lambda f: f.since), stating


_SEASON_SUBJECT = re.compile(r"\W*(?:the )?(?:season|series) \w+\b|\W*(?:the )?\w+ (?:season|series)\b", re.I)
_RECENT_PREMIERE_DAYS = 120  # "The anime premiered in Japan on April 6", a fortnight ago: this season
_THE_SEASON_ITSELF = re.compile(r"\W*the (?:new |latest |current |upcoming )?season\b", re.IGNORECASE)


def _without_superseded(found: list[StatusFact]) -> list[StatusFact]:
    """The facts without those another fact of the article accounts for (one fact per status here)."""
    best = {fact.status: fact for fact in found}
    _drop_superseded(best)
    return [fact for fact in found if best.get(fact.status) is fact]


def _drop_superseded(best: dict[Status, StatusFact]) -> None:
    """Leave out the undated facts another fact of the article accounts for."""
    hold = best.get(Status.ON_HOLD)
    if (
        hold
        and hold.precision == "article"
        and any(s in best and best[s].since >= hold.since for s in _RESUMED)
    ):
        del best[Status.ON_HOLD]  # "production was delayed by the strikes" before it "entered production"
    developing = best.get(Status.IN_DEVELOPMENT)
    renewal = best.get(Status.ANNOUNCED)
    if developing and renewal and developing.evidence.sentence == renewal.evidence.sentence:
        del best[Status.IN_DEVELOPMENT]  # "now confirmed by HBO and in the works" is the renewal
    elif developing and developing.precision == "article" and any(s in best for s in _SHOT):
        del best[Status.IN_DEVELOPMENT]  # "a third season already in the works" beside "filming has started"
    airing = best.get(Status.AIRING)
    if airing and renewal and airing.since < renewal.since:
        del best[Status.AIRING]  # "renewed for a third season last year, premiered in 2014": the show's debut
    cancelled = best.get(Status.CANCELLED)
    if renewal and cancelled and renewal.precision == "article" and cancelled.since >= renewal.since:
        del best[Status.ANNOUNCED]  # an undated renewal beside the cancellation is an earlier season's


def _claims(
    sentences: list[str],
    published: date,
    evidence: dict[str, Evidence],
    skip: tuple[str, ...],
    season: int | None,
) -> list[ClaimFact]:
    found: list[ClaimFact] = []
    previous: list[int] = []
    for index, sentence in enumerate(sentences):
        here = claims.claims_in(sentence, published, skip=skip, season=season)
        if not here and _answers(sentences, index):
            asked = " ".join(sentences[max(0, index - 2) : index + 1])
            answer = len(asked) - len(sentence)
            here = [
                c
                for c in claims.claims_in(asked, published, skip=skip, season=season)
                if any(m.window == c.window for m in mentions(asked[answer:], published, forward=True))
            ]
        doubted = wording.doubt(sentence)
        if (
            not here
            and doubted
            and previous
            and not _EXACT_DATE_UNKNOWN.search(sentence)
            and not _WHOLE_SLATE.search(sentence)
        ):
            for index in previous:
                found[index] = ClaimFact(
                    found[index].window, found[index].confidence, found[index].evidence, DOUBTFUL, doubted[1]
                )
        previous = []
        for claim in here:
            kept = _merge(found, claim, evidence[sentence], headline=sentences[0])
            previous.append(kept)
    return _without_later_platforms(_upgraded(found))


_ELSEWHERE_TOO = re.compile(
    r"\b(?:stream\w* (?:starting|beginning|from)|simulcast\w*|other (?:streaming )?services)\b", re.I
)
_ON_A_CHANNEL = re.compile(
    rf"\b(?:on|via)\s+(?:the\s+)?(?!{CALENDAR_WORD}\b)(?-i:[A-Z])[\w+-]*"
)  # "BS11 will broadcast it on October 9 on BS Fuji": a channel, not "on October"


def _without_later_platforms(found: list[ClaimFact]) -> list[ClaimFact]:
    """The claims without the same debut's later days on other services ("The series will stream starting on
    October 8 on ABEMA" after the October 7 broadcast premiere)."""
    days = [c.window.earliest for c in found if _official_day(c)]
    return [
        c
        for c in found
        if not (
            _official_day(c)
            and (_ELSEWHERE_TOO.search(c.evidence.sentence) or _ON_A_CHANNEL.search(c.evidence.sentence))
            and any(0 < (c.window.earliest - day).days <= 7 for day in days)
        )
    ]


def _official_day(claim: ClaimFact) -> bool:
    return (
        claim.confidence is Confidence.OFFICIAL
        and claim.window.precision is Precision.DAY
        and not claim.standing
    )


def _answers(sentences: list[str], index: int) -> bool:
    """True when the sentence is a short answer to the question before it ("The answer? June 27.")."""
    return (
        index > 0 and sentences[index - 1].rstrip("\"')").endswith("?") and len(sentences[index].split()) <= 6
    )


def _upgraded(found: list[ClaimFact]) -> list[ClaimFact]:
    """A window holding an officially announced date is official too ("this summer" with "June 27")."""
    official = [c.window for c in found if c.confidence is Confidence.OFFICIAL and not c.standing]
    return [
        replace(c, confidence=Confidence.OFFICIAL)
        if not c.standing
        and any(c.window.earliest <= w.earliest and w.latest <= c.window.latest for w in official)
        else c
        for c in found
    ]


def _whole_sentence(reason: str, evidence: Evidence) -> bool:
    """True when a doubt's reason is only its sentence (a headline's "..., but a December Release Looks
    Unlikely"), so a later sentence's own reason ("not part of Netflix's 2026 line-up") says more."""
    return fold(reason.strip(" .")) == fold(evidence.sentence.strip(" ."))


def _merge(found: list[ClaimFact], claim: claims.FoundClaim, evidence: Evidence, headline: str) -> int:
    """Add the claim, or strengthen the same window's earlier claim; returns its index. The body's wording
    of a window the headline gave says who vouches for it ("premieres in February" over "Eiga Natalie
    reported that it will premiere in February")."""
    standing, reason = (DOUBTFUL, claim.reason) if claim.doubted else ("", "")
    for index, held in enumerate(found):
        if held.window == claim.window:
            if held.evidence.sentence == headline and evidence.sentence != headline and not claim.doubted:
                found[index] = ClaimFact(held.window, claim.confidence, evidence, held.standing, held.reason)
            elif claim.confidence.rank < held.confidence.rank:
                found[index] = ClaimFact(
                    held.window, claim.confidence, evidence, held.standing or standing, held.reason or reason
                )
            elif (
                reason
                and _whole_sentence(held.reason, held.evidence)
                and not _whole_sentence(reason, evidence)
            ):
                found[index] = replace(held, standing=held.standing or standing, reason=reason)
            return index
    found.append(ClaimFact(claim.window, claim.confidence, evidence, standing, reason))
    return len(found) - 1


def _scheduled(found: list[ClaimFact], held: list[StatusFact], published: date) -> list[StatusFact]:
    """An official date announced means the season is scheduled, from the day the article says so."""
    if any(f.status is Status.SCHEDULED for f in held):
        return []
    for claim in found:
        if _official_day(claim):
            return [StatusFact(Status.SCHEDULED, published, "article", Confidence.OFFICIAL, claim.evidence)]
    return []


def _title_read_as_role(character: str, title: str, sentence: str) -> bool:
    rest = title[len(character) :].strip() if fold(title).startswith(fold(character) + " ") else ""
    return bool(rest) and bool(re.search(rf"{re.escape(character)}\s+{re.escape(rest)}", sentence, re.I))


def _cast(sentences: list[str], evidence: dict[str, Evidence], title: str) -> list[CastFact]:
    names = cast.full_names(sentences)
    gone = cast.leaving(sentences, names)
    works = cast.quoted_works(sentences) - {title.casefold()}
    found: dict[str, CastFact] = {}
    stated: set[str] = set()
    for index, sentence in enumerate(sentences):
        read = cast.with_antecedent(sentence, sentences[index - 1], names, title) if index else sentence
        read = cast.with_title(read, title)
        for actor, character, said in cast.shaped_credits_in(read, names):
            if _title_read_as_role(character, title, read):
                continue  # "Anne Rice's Interview with the Vampire" is the title, not a role
            if {actor.casefold(), character.casefold()} & works:
                continue  # "Esai Morales (NYPD Blue)" when the article writes "NYPD Blue" as a show
            key = fold(actor)
            held = found.get(key)
            if fold(character) in found and fold(found[fold(character)].character) == key:
                continue  # "John Dutton (Costner)" already told which of the two acts
            if (
                held is None
                or (len(character) > len(held.character) and fold(character).startswith(fold(held.character)))
                or (said and key not in stated)
            ):
                found[key] = CastFact(
                    actor, character, evidence[sentence]
                )  # "Moiraine" then "Moiraine Damodred"
            if said:
                stated.add(key)  # "Bailey, who portrays Anthony" over "Jonathan Bailey (Broadchurch)"
    return [
        fact
        for fact in found.values()
        if fact.actor.casefold() not in gone
        and not (fold(fact.character) in stated and fold(fact.actor) not in stated)
    ]  # "M.C. Gainey (Django Unchained)" read backwards, when "Gainey will play Bob" says who he is
