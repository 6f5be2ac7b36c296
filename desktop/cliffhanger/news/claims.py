"""Release claims in a sentence: windows named next to release words, still ahead of the article's day.

Past releases ("it aired back on February 18"), negated ones ("won't be out in 2026") and dates inside a
doubt's reason ("not part of Netflix's 2026 line-up") are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cliffhanger.domain.matching import fold
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import Precision, ReleaseWindow

from .claim_windows import RELEASE, is_claim_window
from .dates import MONTH_WORD, Mention, mentions
from .patterns import words
from .text import clause_span
from .titles import ORDINAL_WORD, ordinal_number, season_mentions, season_numbers, time_anchor
from .wording import confidence, doubt

_PAST = words(
    "aired",
    "premiered",
    "debuted",
    "was released",
    "were released",
    "dropped",
    "launched",
    "arrived",
    "ended",
    "came out",
    "bowed",
    "concluded",
    "finale aired",
    "first season (?:came|was)",
    "returned to",
    r"(?<!be )(?<!to )released (?:the|its|all|every|(?:\w+ ){0,2}episodes)",
)
_FUTURE = words(
    "will",
    "would",
    "could",
    "might",
    "may",
    "set to",
    "slated",
    "expected",
    "likely",
    "is due",
    "are due",
    "coming",
    "planned",
    "aiming",
    "targeting",
    "scheduled",
    "won't",
    "premieres",
    "returns",
    "arrives",
    "debuts",
    "drops",
)
_GENERIC = words(
    "these shows",
    "new (?:tv )?shows",
    "other shows",
    "many shows",
    "dozens",
    "productions",
    "films",
    "movies",
    r"(?:several|many|numerous) (?:[\w-]+ ){0,2}franchises",
)
_SUPERSEDED = words(
    "we thought",
    "we had thought",
    "had been (?:expected|slated|scheduled|planned)",
    "originally (?:slated|set|planned|expected|scheduled)",
    "was (?:originally|initially) (?:expected|slated|planned|set)",
    "had hoped",
    "once expected",
    "previously (?:slated|set|planned|expected|scheduled)",
    "(?:originally|initially) (?:planning|planned|going|meant|due|aiming|targeting)",
)
_ORIGINAL_BEFORE = re.compile(r"\b(?:its|the|their) (?:original|initial|previous)\s+$", re.IGNORECASE)
_A_DATE_AFTER = re.compile(r"\s+(?:premiere |release |air |debut )?date\b", re.IGNORECASE)
_SEASON_AS_SUBJECT = re.compile(r"\b(?:with|and) (?:the|its) (?:new |next |\w+ )?(?:season|series)\b", re.I)
_SETTLED = re.compile(r"\b(?:made official|officially confirmed|finally confirmed)\b", re.IGNORECASE)
_TURN = re.compile(r"\bnow\b|\binstead\b", re.IGNORECASE)  # "originally slated for X, is now due in Y"
_AS_ANNOUNCED = re.compile(
    r"^\W*as (?:that |this |it |they )?(?:was|were|has been|had been|is) (?:\w+ly )?"
    r"(?:announced|confirmed|revealed|promised)\b",
    re.IGNORECASE,
)  # "..., as that was previously announced" vouches for the clause before it
_CREDITED_AFTER = re.compile(r"^\W*(?:as )?(?:per|according to|via)\b", re.IGNORECASE)
_BREAK = words(r"hiatus", r"(?:mid-?season|winter|holiday|summer|spring|thanksgiving|christmas) break")
_FIRST_AIRING = words(r"(?:to|will|would|set to) (?:premiere|debut)", "premieres", "debuts")
_A_SEASON = words(
    "season", "seasons", "series", "episodes", "installment", "instalment", "chapter", "run", "part"
)
_HABITUAL = words("always", "usually", "typically", "traditionally", "historically", "tends? to")
_PRONOUN_CLAUSE = re.compile(r"^\s*(?:but |and |though )?(?:it|they|that|this)\b", re.IGNORECASE)
_ELIDED = re.compile(r"^\s*(?:on|in|via)\b", re.IGNORECASE)  # "on Max in February, and on WOWOW in spring"
_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|pushed back|moved|reschedul(?:e|ed|ing))\s+(?:[^.;,]{0,40}\s+)?(?:to|until|into)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_NUMBERED_TITLE = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w:'!-]*\s+(?:(?:of|the|on|a|no)\s+)?){0,5}[A-Z][\w:'!-]*)\s+(\d{1,2})(?![\w,:/.-]|\s*\))"
)  # "Attack on Titan 4", "Re: Zero 2": another show's sequel named by its number
_NOT_A_TITLE_WORD = re.compile(
    rf"(?:Season|Series|Part|Episode|Volume|Vol\.?|Chapter|Book|Day|Phase|Top|No\.?|Number|Act|{MONTH_WORD})\.?$"
)
_POSTPONED_AFTER = re.compile(
    r"^[^;]{0,40}?\b(?:will be|has been|have been|was|were|is being|are being|got|gets"
    r"|(?:will|would|could|may|might) (?:\w+ly )?be)\s+(?:\w+\s+)?"
    r"(?:postponed|delayed|pushed back)\b(?!\s+(?:to|until|into)\b)",
    re.IGNORECASE,
)  # "set to broadcast in Apr. 2020, will be postponed": that window is gone
_ONE_EPISODE = re.compile(r"^\W*(?:but |and |as a result, )?(?:the|this|that) episode\b", re.IGNORECASE)
_THE_SHOW = re.compile(r"^\W*(?:the (?:anime|show|series|new season|sequel)|it)\b", re.IGNORECASE)
_RERUN_OR_FILM = re.compile(
    r"\b(?:re-?air\w*|re-?run\w*|rebroadcast\w*|(?:a|the) (?:new |compilation )?(?:movie|film)\b[^.;]{0,50}"
    r"|dub(?:s|bed)?\b[^.;]{0,80}|(?:compilation|recap|clip) episodes?\b[^.;]{0,20}"
    r"|\b(?:volume \d+|manga|light novel|blu-ray|dvd)\b[^.;]{0,40})",
    re.IGNORECASE,
)  # a dub's start and a compilation episode's day are not the season's
_AIR_TIME = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|/\d{1,2}c\b)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundClaim:
    """A release window named in a sentence, with its confidence and, when doubted, the reason."""

    window: ReleaseWindow
    confidence: Confidence
    doubted: bool
    reason: str


def _names_other_sequel(leading: str, target: str) -> bool:
    """True when the words before a window name another show's numbered sequel ("With The Attack of the
    Giants 4 slated for late 2020"), not the target's ("The Promised Neverland 2 will ... return")."""
    for match in _NUMBERED_TITLE.finditer(leading):
        name = match.group(1)
        last = name.split()[-1]
        if _NOT_A_TITLE_WORD.match(last) or len(name) < 4:
            continue
        if not target or (fold(target) not in fold(name) and fold(name) not in fold(target)):
            return True
    return False


_SEASON_OF = re.compile(
    r"\b(?:season|series) (?:\d+|one|two|three|four|five|six) of (?P<name>(?-i:[A-Z0-9])[\w'!&:-]*"
    r"(?:\s(?-i:[A-Z0-9])[\w'!&:-]*){0,4})",
    re.IGNORECASE,
)


_ORDINAL_AFTER_SEASONS = re.compile(
    rf"\bseasons\b[^.;]*\bthe (?P<n>{ORDINAL_WORD})\s+"
    r"(?:coming|arriving|premiering|due|set|slated|will|is|drops|hitting)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def _ordinal_season_before(before: str) -> int | None:
    named = _ORDINAL_AFTER_SEASONS.search(before)
    return ordinal_number(named["n"]) if named else None


_WAS_PLANNED = re.compile(
    r"\b(?:was|were|had been) (?:\w+ly )?(?:scheduled|slated|set|planned|expected|supposed|due)"
    r"\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _passed_as_planned(sentence: str, mention: Mention, published: date) -> bool:
    """True when a yearless month in a past plan reads as the one just gone: the nearer of the two."""
    if re.search(r"\d{4}", mention.text) or mention.window.precision is not Precision.MONTH:
        return False
    back = [m for m in mentions(sentence, published, forward=False) if m.start == mention.start]
    if not back:
        return False
    ahead, behind = mention.window.earliest, back[0].window.earliest
    return (published - behind) < (ahead - published)


def _season_of_another(before: str, target: str) -> bool:
    named = _SEASON_OF.search(before)
    if not named or not target:
        return False
    own, other = (fold(name).removeprefix("the ") for name in (target, named["name"]))
    return not own.startswith(other)


def _clause(sentence: str, position: int) -> str:
    start, end = clause_span(sentence, position)
    return sentence[start:end]


def _nearest_season(sentence: str, position: int, end: int) -> int | None:
    """The season a window is given for: "August 27 for the season 2 premiere", else the one named last
    before it in its clause."""
    attached = re.match(
        r"\s*(?:(?:for|of) (?:the |its )?(.{0,20})|((?:season|series) \w+ (?:premiere|finale|debut)))",
        sentence[end:],
        re.IGNORECASE,
    )  # "August 27 for the season 2 premiere", "its December 1 season three premiere"
    if attached and season_numbers(attached.group(1) or attached.group(2)):
        return season_numbers(attached.group(1) or attached.group(2))[0]
    start, _ = clause_span(sentence, position)
    if re.match(r"\s*(?:which|that)\b", sentence[start:position]) and start > 0:
        start, _ = clause_span(sentence, max(0, start - 3))  # "the third season, which ... in 2018"
    named = season_numbers(sentence[start:position])
    return named[-1] if named else None


def _only_other_seasons(before: str, season: int) -> bool:
    """True when the sentence's subject is another season ("Meanwhile, Season 2 - titled ... - bows") and
    this one is not named before the window."""
    named = [(where, n) for where, n in season_mentions(before) if not time_anchor(before, where)]
    return bool(named) and named[0][0] < 30 and season not in {n for _, n in named}


def _habitual(sentence: str, position: int) -> bool:
    """True when what leads up to the window is a habit ("it usually premieres in June"); a habit given as
    the reason before a comma ("post-production usually takes six months, so expect it in May") is not."""
    start, _ = clause_span(sentence, position)
    leading = sentence[start:position]
    return bool(_HABITUAL.search(leading[leading.rfind(",") + 1 :]))


def _with_antecedent(sentence: str, clause: str) -> str:
    """A "which ..." clause, or a predicate whose subject an aside cut off, with the clause before it ("its
    second season, which is expected to premiere in 2022"; "Season 32, which ..., was scheduled to")."""
    if re.match(r"\s*(?:which|that|was|were|is|are|will|has|have|had)\b", clause):
        return sentence[: sentence.find(clause) + len(clause)]
    return clause


def _releases(sentence: str, position: int, clause: str) -> bool:
    """True when the clause speaks of the release, itself or as "it" after a clause that does ("no word
    when Season 3 will release, but it will likely be sometime next year")."""
    if RELEASE.search(clause):
        return True
    start, _ = clause_span(sentence, position)
    elided = _ELIDED.match(clause) and re.search(r"\b(?:and|or|then)\s*$", sentence[:start])
    return bool((_PRONOUN_CLAUSE.match(clause) or elided) and RELEASE.search(sentence[:start]))


def claims_in(
    sentence: str, published: date, *, skip: tuple[str, ...] = (), season: int | None = None
) -> list[FoundClaim]:
    """Each release window the sentence claims; `doubted` when the sentence itself casts doubt on it. A
    sentence whose first season named is another one ("Season 1 will stream from July 14 ahead of the
    Season 2 premiere") claims nothing for `season`."""
    sentence = sentence.replace('"', "")  # 'set to be released in the "spring."'
    if not RELEASE.search(sentence) or _GENERIC.search(sentence):
        return []
    if _BREAK.search(sentence) and not season_numbers(sentence):
        return []  # "after a short hiatus, the show returns later this week": the season on air resumes

    if _PAST.search(sentence) and not _FUTURE.search(sentence):
        return []
    doubted = doubt(sentence)
    cut = doubted[0] if doubted else len(sentence)
    found = []
    target = skip[0] if skip else ""
    for mention in mentions(sentence, published, forward=True, skip=skip):
        if mention.text.lower().startswith("earlier"):
            continue  # "launched earlier this year" is past
        if mention.start >= cut or not is_claim_window(sentence, mention, published):
            continue
        if _WAS_PLANNED.search(sentence[: mention.start]) and _passed_as_planned(
            sentence, mention, published
        ):
            continue  # "was scheduled to premiere in October, but was delayed", said in December
        clause = _clause(sentence, mention.start)
        named_date = _A_DATE_AFTER.match(sentence, mention.end) and RELEASE.search(sentence)
        if not (_releases(sentence, mention.start, clause) or named_date) or _habitual(
            sentence, mention.start
        ):
            continue  # "moved it to September 26, a week after its original September 19 date" names both
        if _RERUN_OR_FILM.search(sentence[clause_span(sentence, mention.start)[0] : mention.start]):
            continue  # "will re-air the first episode on February 22"; "a new movie, ..., coming November 29"
        if _ONE_EPISODE.match(clause) or _ONE_EPISODE.match(sentence):
            continue  # "the episode will now air later this year": one episode, not the season
        if _names_other_sequel(sentence[clause_span(sentence, mention.start)[0] : mention.start], target):
            continue
        if season is not None and _ordinal_season_before(sentence[: mention.start]) not in (None, season):
            continue  # "already has two seasons on Netflix, with the third coming on July 9th"
        if _season_of_another(sentence[: mention.start], target):
            continue  # "Season 3 of 12 Monkeys premieres in May", in an article about The Expanse
        if season is not None and _nearest_season(sentence, mention.start, mention.end) not in (None, season):
            continue
        if season is not None and _only_other_seasons(sentence[: mention.start], season):
            continue  # "Meanwhile, Season 2 - titled Vengeance - bows Friday, Jan. 27": another season's day
        if (
            (season or 1) > 1
            and _FIRST_AIRING.search(clause)
            and not _A_SEASON.search(_with_antecedent(sentence, clause))
            and not _THE_SHOW.match(clause)
        ):
            continue  # "the K-drama is scheduled to premiere in 2023": the show's first season
        begin, end = 0, clause_span(sentence, mention.start)[1]
        if _AS_ANNOUNCED.match(sentence[end:]) or _CREDITED_AFTER.match(sentence[end:]):
            end = len(sentence)  # "..., as that was previously announced"; "..., as per Forbes"
        superseded = _SUPERSEDED.search(sentence[: mention.start]) or _ORIGINAL_BEFORE.search(
            sentence[: mention.start]
        )
        turn = superseded and _TURN.search(sentence, superseded.end(), mention.start)
        if turn:
            begin, superseded = turn.start(), None  # the new expectation, worded on its own
        settled = _SETTLED.search(sentence, begin, mention.start)
        if settled:  # "Many speculated that we would get a sequel, and today it was made official"
            begin = settled.start()
        subject = [m.start() for m in _SEASON_AS_SUBJECT.finditer(sentence, begin, mention.start)]
        if subject:  # "Production is expected to begin later this year with the new season slated"
            begin = subject[-1]
        scheduled = mention.window.precision is Precision.DAY and _AIR_TIME.match(sentence[mention.end :])
        moved = _MOVED_TO.search(sentence[max(0, mention.start - 70) : mention.start])
        day = mention.window.precision is Precision.DAY
        default = (
            Confidence.OFFICIAL if scheduled or moved or day else Confidence.REPORTED
        )  # a time slot and an exact day are the network's, and only the studio moves its own date
        how = confidence(sentence[begin : min(cut, end)], default=default)
        if doubted is None and _POSTPONED_AFTER.match(sentence[mention.end :]):
            found.append(FoundClaim(mention.window, how, True, "postponed"))
            continue
        if doubted is None and superseded:
            found.append(FoundClaim(mention.window, how, True, "an earlier expectation"))
            continue
        found.append(FoundClaim(mention.window, how, doubted is not None, doubted[1] if doubted else ""))
    return found
