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

from .dates import Mention, mentions
from .patterns import words
from .text import PROMO, clause_span
from .titles import season_mentions, season_numbers, time_anchor
from .wording import confidence, doubt

_RELEASE = words(
    r"release\w*",
    r"premier\w*",
    r"debut\w*",
    r"return\w*",
    r"arriv\w*",
    "air(?:s|ing|ed|date)?",
    r"(?:(?<=to )|(?<=will )|(?<=be )|(?<=begin )|(?<=start )|(?<=starts )|(?<=the ))broadcast\w*",
    r"broadcast (?:date|in|on|from)",
    r"(?:season|series|show|it|premiere) (?:\w+ )?kicks? off",
    r"launch\w*",
    r"drop\w*",
    r"stream\w*(?! (?:giant|service|platform|site|app|wars?|era|numbers|charts|rankings))",
    r"bow\w*",
    "come out",
    "comes out",
    "coming out",
    "hits? (?:screens|theaters|cinemas|netflix|streaming|the small screen)",
    # a verb before a streamer's name, not "a hit Korean drama"
    r"(?:(?:will|to|it|should|could|would|finally|can) hit|hits) (?-i:[A-Z])[\w+]*",
    r"land\w*",
    "available",
    "out (?:in|on|by|at)",
    "be out",
    "(?:is|are|will be|comes?|coming) back",
    "hold\\w* [^,.]{0,30}until",
    "looking (?:into|at)",
    "targeting",
    "aiming for",
    "eyeing",
    "back (?:in|on|by)",
    "slated",
    "dated",
    r"(?:delayed|postponed|pushed(?: back)?|moved|rescheduled) (?:to|until|into)",
    "due (?:in|out|on)",
    "due on (?:screens?|air)",
    "on (?:screens|netflix)",
    "expected (?:in|on|by)",
    "rolls? out",
    r"(?:can|could|should|will) (?:\w+ly |only |still |also |now )?expect",
    "turnaround",
    "coming to",
    r"get(?:ting)? (?:season|it\b|them\b|new episodes|the (?:new |next )?season)",
    "coming (?=in |on |this |next )",
    "expect to see",
    r"(?<!of )(?<!on )(?:season|instalment|installment|chapter)(?: \d+)? (?:to|will|would|could|should) "
    r"(?:begin|start)\b",  # "the next instalment to begin around late November", not its production
    "(?:be able to|can) (?:watch|see|catch)",
    r"(?:'ll|will|should|could|might|may|to) (?:\w+ly )?have "
    r"(?:season|it\b|them\b|new episodes|the (?:new |next )?season)",  # "we'll likely have season 3 by"
    "see (?:it|them|(?:the|this) (?:show|series|season|new season)|new episodes)",
    "(?:could|can|should|will|may|might) be expecting",
)
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
)
_RELATIVE_DAY = re.compile(
    r"(?:on |this |next |over the |the )?(?:today|tonight|this week|next week|this month|weekend"
    r"|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_PRODUCTION_BEFORE = re.compile(
    r"\b(?:filming|production|shooting|shoot|wrap\w*|cameras|photography|post-production)\b(?!.*\b(?:filming|production|shoot))",
    re.IGNORECASE,
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
)
_TURN = re.compile(r"\bnow\b|\binstead\b", re.IGNORECASE)  # "originally slated for X, is now due in Y"
_AS_ANNOUNCED = re.compile(
    r"^\W*as (?:that |this |it |they )?(?:was|were|has been|had been|is) (?:\w+ly )?"
    r"(?:announced|confirmed|revealed|promised)\b",
    re.IGNORECASE,
)  # "..., as that was previously announced" vouches for the clause before it
_BREAK = words(r"hiatus", r"(?:mid-?season|winter|holiday|summer|spring|thanksgiving|christmas) break")
_RAN_THROUGH = re.compile(
    r"\b(?:air|run|stream|continu|last)\w* (?:through|into)\s+(?:the\s+)?(?:[^,.;]{0,30}\s+(?:and|to)\s+)?$",
    re.IGNORECASE,
)  # "airing through Fall 2022 and Winter 2023": the run goes on then, it does not begin
_PROMO_RELEASED = re.compile(
    r"^[^.;]{0,40}?\b(?:released|dropped|shared|unveiled|debuted|posted)\s+(?:a|an|the|its|their|this|new)\s+"
    rf"(?:[\w-]+\s+){{0,3}}{PROMO.pattern}"
)  # "Today (November 1), Netflix released a date announcement teaser": the teaser's day
_FIRST_AIRING = words(r"(?:to|will|would|set to) (?:premiere|debut)", "premieres", "debuts")
_A_SEASON = words(
    "season", "seasons", "series", "episodes", "installment", "instalment", "chapter", "run", "part"
)
_HABITUAL = words("always", "usually", "typically", "traditionally", "historically", "tends? to")
_NEGATION = re.compile(r"(?:\b(?:not|never|no longer)|n't)\b[^.;,]{0,30}$", re.IGNORECASE)
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:in|into|by|for|until|till|of|to|from|sometime|around|before|after|early|late|mid)\s*$",
    re.IGNORECASE,
)
_OTHER_EVENT_BEFORE = re.compile(
    r"(?<!the )\b(?:after|following|ahead of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!release|premiere|debut|launch)[^,.;]{3,40}\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_PAST_EVENT_BEFORE = re.compile(
    r"\b(?:announced|revealed|confirmed|said|shared|posted|tweeted|unveiled)\b(?![^,.;]*\b(?:release|premiere"
    r"|debut|return|arrive|launch|air|drop|stream|out)\w*)[^,.;]{0,40}\b(?:on|in)\s+$",
    re.IGNORECASE,
)
_SPECIFIC_RELEASE = re.compile(
    r"\b(?:release|premier|debut|return|arriv|launch|air|drop|stream|out\b|bow|land|hit|broadcast|screen)",
    re.IGNORECASE,
)  # "production slated for November" is the shoot's date: "slated" alone names no release
_NEWS = re.compile(r"\b(?:reports?|news|details|updates?|interviews?|statements?)\b", re.IGNORECASE)
_PAST_BEFORE = re.compile(
    r"(?:(?<!be )(?<!is )(?<!are )(?<!comes )(?<!come )\bback in\s+"
    r"|\b(?:previous|former|earlier|original|usual)\b[^,.;]{0,15}"
    r"|\b(?:following|after|since)\s+(?:its|the|their)\s+)$",
    re.IGNORECASE,
)
_DELAYED = words(r"delayed", r"postponed", r"pushed(?: back)?", r"rescheduled")  # whose delay: the shoot's?
_EVENT_DAY = re.compile(r"^\W*(?:saw|marked|brought|update[sd]?)\b", re.IGNORECASE)
_PRONOUN_CLAUSE = re.compile(r"^\s*(?:but |and |though )?(?:it|they|that|this)\b", re.IGNORECASE)
_RELEASE_NOUN = re.compile(
    r"^\s*(?:as (?:a|an|the|its) (?:[\w-]+ ){0,2})?(?:release|premiere|debut|launch|return|bow)\b",
    re.IGNORECASE,
)  # "a 2025 release", "with 2025 as a tentative release date"
_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|pushed back|moved|rescheduled)\s+(?:to|until|into)\s+(?:the\s+)?$", re.I
)
_NUMBERED_TITLE = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w:'!-]*\s+(?:(?:of|the|on|a|no)\s+)?){0,5}[A-Z][\w:'!-]*)\s+(\d{1,2})(?![\w,:/.-]|\s*\))"
)  # "Attack on Titan 4", "Re: Zero 2": another show's sequel named by its number
_NOT_A_TITLE_WORD = re.compile(
    r"(?:Season|Series|Part|Episode|Volume|Vol\.?|Chapter|Book|Day|Phase|Top|No\.?|Number|Act|"
    + "|".join(
        m
        for m in (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
        )
    )
    + r")\.?$"
)
_POSTPONED_AFTER = re.compile(
    r"^[^;]{0,40}?\b(?:will be|has been|have been|was|were|is being|are being|got|gets)\s+(?:\w+\s+)?"
    r"(?:postponed|delayed|pushed back)\b(?!\s+(?:to|until|into)\b)",
    re.IGNORECASE,
)  # "set to broadcast in Apr. 2020, will be postponed": that window is gone
_ANNOUNCEMENT_AFTER = re.compile(
    r"^,?\s+(?!(?:as|which|that|it|this)\b)(?:(?!(?:was|were|is|are|been)\b)[\w+'-]+\s+){0,4}?"
    r"(?:confirmed|announced|revealed|unveiled|shared|said|reported)\b",
    re.IGNORECASE,
)  # "On March 5, tvN confirmed": the news's day, not "on May 12, as it was previously announced"
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|confirmed|revealed|said|reported)\s+(?:on\s+)?$"
    r"|\b(?:picked up|renewed|ordered)\b"
    r"(?![^,.;]*\b(?:release|premiere|debut|return|arrive|launch|air|drop|stream)\w*)"
    r"[^,.;]{0,40}?\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
_PAST_NEWS_VERB = re.compile(r"\b(?:revealed|announced|confirmed|unveiled|shared|said|posted)\b", re.I)
_ONE_EPISODE = re.compile(r"^\W*(?:but |and |as a result, )?(?:the|this|that) episode\b", re.IGNORECASE)
_SHOOT_CLAUSE = re.compile(r"\s*(?:production|filming|shooting|principal photography)\b", re.IGNORECASE)
_EPISODE_BEFORE = re.compile(
    r"\b(?:penultimate|final|next|latest|last|\d+(?:st|nd|rd|th)|finale)\s+episode\s+(?:on\s+)?$", re.I
)  # "which will air its penultimate episode today": one episode of the season on air
_THE_SHOW = re.compile(r"^\W*(?:the (?:anime|show|series|new season|sequel)|it)\b", re.IGNORECASE)
_RERUN_OR_FILM = re.compile(
    r"\b(?:re-?air\w*|re-?run\w*|rebroadcast\w*|(?:a|the) (?:new |compilation )?(?:movie|film)\b[^.;]{0,50})",
    re.IGNORECASE,
)
_AIR_TIME = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|/\d{1,2}c\b)", re.IGNORECASE)
_YEAR_CUE_AFTER = re.compile(
    r"^\s*(?:as (?:a|an|the|its) (?:[\w-]+ ){0,2})?(?:release|premiere|debut|return|launch|arrival|date|bow)",
    re.IGNORECASE,
)  # "2025 release", "with 2025 as a tentative release date"


@dataclass(frozen=True)
class FoundClaim:
    """A release window named in a sentence, with its confidence and, when doubted, the reason."""

    window: ReleaseWindow
    confidence: Confidence
    doubted: bool
    reason: str


def _dates_the_shoot(before: str, in_clause: str, after: str) -> bool:
    """True when the window dates filming ("set to begin filming in early 2024"), also when the clause
    delays it ("production has now been pushed back until a still unknown date in 2024")."""
    leading = in_clause[-90:] if _DELAYED.search(in_clause) else before[-45:]
    if _SHOOT_CLAUSE.match(in_clause):
        leading = in_clause  # "Production on the as-yet-untitled third season will begin in early 2012"
    production = _PRODUCTION_BEFORE.search(leading)
    return bool(
        production
        and not _SPECIFIC_RELEASE.search(leading[production.end() :])
        and not _RELEASE_NOUN.match(after)
    )


def _is_claim_window(sentence: str, mention: Mention, published: date) -> bool:
    window = mention.window
    if window.has_passed(published):
        return False
    before, after = sentence[: mention.start], sentence[mention.end :]
    if mention.start < 3 and re.match(r"\s*(?:\(|-)", after):
        return False  # the dateline: "May 24 (UPI) -- ..."
    in_clause = sentence[clause_span(sentence, mention.start)[0] : mention.start]
    if window.precision is Precision.YEAR and mention.text.strip().isdigit():
        cued = _YEAR_CUE_BEFORE.search(before) or _YEAR_CUE_AFTER.match(after)
        return bool(cued) and not _dates_the_shoot(before, in_clause, after)
    if (_PAST_EVENT_BEFORE.search(before[-60:]) or PROMO.search(in_clause[-60:])) and not _RELEASE_NOUN.match(
        after
    ):
        return False  # "announced the decision on November 10"; "a teaser that premiered September 30"
    if _OTHER_EVENT_BEFORE.search(before[-60:]):
        return False  # "shortly after the Emmy eligibility cutoff in May" dates the cutoff
    if _dates_the_shoot(before, in_clause, after):
        return False
    near = sentence[max(0, mention.start - 40) : mention.end + 40]
    if _RELATIVE_DAY.fullmatch(mention.text.strip()) and (
        not _RELEASE.search(near) or PROMO.search(near) or _NEWS.search(near)
    ):
        return False  # "with today being the start of filming, ... a premiere date" is no claim for today
    if _RAN_THROUGH.search(before[-60:]) or _PROMO_RELEASED.match(after):
        return False
    if (len(before.strip()) < 12 and _ANNOUNCEMENT_AFTER.match(after)) or _ANNOUNCED_BEFORE.search(
        before[-80:]
    ):
        return False  # "On March 5, tvN confirmed ..." and "the streamer announced Monday" date the news
    if _EPISODE_BEFORE.search(before):
        return False
    if _RELATIVE_DAY.fullmatch(mention.text.strip()) and _PAST_NEWS_VERB.search(in_clause):
        return False  # "revealed the October 7 debut ... on Thursday": the reveal's day
    if _EVENT_DAY.match(after):
        return False  # "Monday, March 11 saw the press event confirm...": the event's day; "May 2025 update"
    if _PAST_BEFORE.search(before[-30:]):
        return False  # "Back in March", "its previous place among the fall line-up"
    return not (_NEGATION.search(before) and "until" not in before[-30:])


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
    """A "which ..." clause with the clause it refers back to ("its second season, which is expected to
    premiere in 2022")."""
    if re.match(r"\s*(?:which|that)\b", clause):
        return sentence[: sentence.find(clause) + len(clause)]
    return clause


def _releases(sentence: str, position: int, clause: str) -> bool:
    """True when the clause speaks of the release, itself or as "it" after a clause that does ("no word
    when Season 3 will release, but it will likely be sometime next year")."""
    if _RELEASE.search(clause):
        return True
    start, _ = clause_span(sentence, position)
    return bool(_PRONOUN_CLAUSE.match(clause) and _RELEASE.search(sentence[:start]))


def claims_in(
    sentence: str, published: date, *, skip: tuple[str, ...] = (), season: int | None = None
) -> list[FoundClaim]:
    """Each release window the sentence claims; `doubted` when the sentence itself casts doubt on it. A
    sentence whose first season named is another one ("Season 1 will stream from July 14 ahead of the
    Season 2 premiere") claims nothing for `season`."""
    sentence = sentence.replace('"', "")  # 'set to be released in the "spring."'
    if not _RELEASE.search(sentence) or _GENERIC.search(sentence):
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
        if mention.start >= cut or not _is_claim_window(sentence, mention, published):
            continue
        clause = _clause(sentence, mention.start)
        if not _releases(sentence, mention.start, clause) or _habitual(sentence, mention.start):
            continue
        if _RERUN_OR_FILM.search(sentence[clause_span(sentence, mention.start)[0] : mention.start]):
            continue  # "will re-air the first episode on February 22"; "a new movie, ..., coming November 29"
        if _ONE_EPISODE.match(clause) or _ONE_EPISODE.match(sentence):
            continue  # "the episode will now air later this year": one episode, not the season
        if _names_other_sequel(sentence[clause_span(sentence, mention.start)[0] : mention.start], target):
            continue
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
        if _AS_ANNOUNCED.match(sentence[end:]):
            end = len(sentence)
        superseded = _SUPERSEDED.search(sentence[: mention.start])
        turn = superseded and _TURN.search(sentence, superseded.end(), mention.start)
        if turn:
            begin, superseded = turn.start(), None  # the new expectation, worded on its own
        scheduled = mention.window.precision is Precision.DAY and _AIR_TIME.match(sentence[mention.end :])
        moved = _MOVED_TO.search(sentence[max(0, mention.start - 40) : mention.start])
        default = (
            Confidence.OFFICIAL if scheduled or moved else Confidence.REPORTED
        )  # a time slot is the network's, and only the studio moves its own date
        how = confidence(sentence[begin : min(cut, end)], default=default)
        if doubted is None and _POSTPONED_AFTER.match(sentence[mention.end :]):
            found.append(FoundClaim(mention.window, how, True, "postponed"))
            continue
        if doubted is None and superseded:
            found.append(FoundClaim(mention.window, how, True, "an earlier expectation"))
            continue
        found.append(FoundClaim(mention.window, how, doubted is not None, doubted[1] if doubted else ""))
    return found
