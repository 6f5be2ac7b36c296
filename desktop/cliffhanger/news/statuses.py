"""Production milestones in a sentence: renewed, in development, filming, wrapped, premiered, cancelled...

A milestone counts only when it has happened: plans ("will begin filming next month"), negations ("has not
been renewed") and generic remarks about the industry are left out. Its day is the sentence's date resolved
backwards from publication, or the publication day when the sentence names none.
"""

from __future__ import annotations

import re
from datetime import date

from cliffhanger.domain.matching import fold
from cliffhanger.domain.vocabulary import Status

from .dates import MONTH_WORD, mentions
from .milestone_days import milestone_day
from .patterns import any_of
from .text import PROMO, clause_span
from .titles import season_mentions, time_anchor

_WORK = "(?<!post-)(?<!post )" + any_of(
    "production", "filming", "shooting", "principal photography", "photography", "cameras", "the shoot"
)
_ENDED = any_of(
    "wrapped",
    "wraps",
    "finished",
    "completed",
    "concluded",
    "ended",
    "done",
    "(?:(?<=is )|(?<=are )|(?<='s )|(?<=now ))wrapping",
)  # "within months of it wrapping production" is no wrap
_ENDS = any_of(
    "wrapped",
    "finished",
    "completed",
    "concluded",
    "came to an end",
    "ended",
    r"(?:is|was|has been) (?:now |finally |officially |already )?(?:done|complete|over)",
)
_BEGAN = any_of(
    "began", "begun", "started", "commenced", "kicked off", "got under ?way", "resumed", "restarted"
)
_BEGINS = any_of(
    "began",
    r"did (?:\w+ly )?(?:start|begin|commence)",
    r"is (?:now |currently )?taking place",
    "has begun",
    "have begun",
    "started",
    "has started",
    "commenced",
    "kicked off",
    r"start(?:ed|ing) up",
    "resumed",
    r"(?:is|was) (?:now |officially |already )?under ?way",
    "currently under ?way",
    "got under ?way",
    "(?:has |have )?gotten under ?way",
    "gets under ?way",
    "is in full swing",
    "is ongoing",
    "continues",
)
_HALTED = any_of(
    "halted",
    "paused",
    "stopped",
    "shut down",
    "suspended",
    "postponed",
    "delayed",
    "on hold",
    "put on (?:an )?(?:indefinite )?shutdown",
    r"took a (?:\w+ )?(?:halt|pause|break)",
    "(?:came|ground) to a halt",
)
_WHEN = (
    r"\s+(?:(?:early|mid|late|the end of|the start of)\s+)?"
    rf"(?:next|this|{MONTH_WORD}|spring|summer|fall|autumn|winter|\d{{4}})"
)  # "shut down production until September" resumes then; "paused production until the strike ends" waits
_COMING_BACK = (
    r"(?:(?:will|is set to|is going to) (?:be )?(?:return|returning|be back|come back|coming back)"
    r"|is (?:returning|coming back))"
)  # "will be returning for a second series", "is returning with a new season"
_GAP = r"\b[^.;]{0,80}?\b"
_NEXT = r"(?:second|third|fourth|fifth|sixth|seventh|new|another|\d+(?:st|nd|rd|th))"
_RENEWED = any_of(
    "renewed",
    "renewal",
    "greenlit",
    "green-lit",
    "greenlighted",
    "given the green light",
    "picked up for (?:a|an|another)",
    r"picked up (?:(?-i:[A-Z])[\w':!?-]* ){1,6}for (?:a|an|another)",
    r"ordered (?:a|an|another) (?:[\w-]+ ){0,2}season",
    "officially coming back",
    "officially returning",
    r"(?:confirmed|announced) (?:a|the) (?:\w+ )?season"
    r"(?! (?:would|will|is set to|is going to|is slated to)\b)",  # "announced the season would ...": a date
    r"(?:confirmed|set|approved|greenlighted) (?:for|to develop|to return for) (?:a|an) (?:\w+ )?season",
    r"(?:got|gets|received|was given|has been given) the green light",
    r"(?:confirmed|announced|ordered|renewed) (?:(?-i:[A-Z])[\w':-]* ){1,5}season "
    r"(?:\d+|two|three|four|five|six)",
    r"(?:season|series|run)(?: \w+)? (?:was|has been|is) (?:\w+ )?"
    r"(?:announced|confirmed|ordered|renewed|greenlit)(?! to "
    r"(?:premiere|debut|air|return|release|arrive|launch|drop|stream))",
    r"(?:new|another) season of [^,.;]{1,40}? (?:now |officially )?confirmed by",
    rf"(?:getting|gets|got|received|receives|given|landed) (?:a|an) {_NEXT} season(?: order| pickup)?",
    rf"(?:be )?back for (?:a|an) {_NEXT} season",
    rf"(?:a|an) {_NEXT} season (?:order|pickup|renewal)",
    r"picked up (?:(?:(?-i:[A-Z])[\w':-]*|the|of|a|an|and|in|on) ){1,8}"
    r"(?:season|series) (?:\d+|two|three|four|five)",
    r"confirmed the return of",
    r"it was (?:finally |now |officially )?made official",
    r"(?:announced|confirmed) (?:its|their) (?:grand |official )?(?:return|comeback)",
    r"recommission\w*",
    r"commissioned (?:a|an|another) (?:[\w-]+ ){0,3}(?:season|series)",
    r"(?:been |being )commissioned for (?:a|an|another) (?:[\w-]+ ){0,2}(?:season|series)",
    rf"{_COMING_BACK}\b[^.;]{{0,30}}?\b(?:for|with) (?:a|an|its) "
    rf"(?:season \d+|{_NEXT} (?:season|series))",
)
_DEVELOPING = any_of(
    r"in (?:early |active )?development",
    "in the works",
    "writers'? room (?:has |have )?(?:opened|begun|started)",
    "scripts? (?:are|is) being written",
    "writing (?:has|have) (?:begun|started)",
    "(?:finishing|are writing|is writing|currently writing) (?:writing )?"
    "(?:it|the scripts?|the season|scripts)",
)
_CANCELLED = any_of(
    "cancell?ed",
    "axed",
    "scrapped",
    "pulled the plug",
    "will not return",
    "won't return",
    "won't be returning",
    "not be returning",
    r"won't be returning for (?:a|an) (?:season|\w+ season)",
    r"will not be returning for (?:a|an) (?:season|\w+ season)",
    r"(?:decided|chose|opted|elected) not to (?:renew|continue|bring back|move forward)",
    "declined to renew",
)
_RULES: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE))
    for status, pattern in (
        (
            Status.POST_PRODUCTION,
            rf"\b{_ENDED} (?:up )?(?:on |its )?{_WORK}"
            rf"|\b{_WORK}{_GAP}(?:has |have |officially |finally |now )*{_ENDS}"
            r"|\b(?:in|into|entered|entering) post[- ]?production\b|\b(?:that|it)'?s a wrap\b"
            r"|\bpost[- ]?production (?:work )?(?:is|has been) (?:now )?(?:ongoing|under ?way|in full swing)"
            r"\b"
            r"|\b(?:has|have|'s) (?:already |now |officially )?been (?:filmed|shot)\b(?! dead| and| by| in "
            r"the| at)"
            r"|\b(?:we've|we have|they've|they have) (?:already |now )?(?:filmed|shot|wrapped)\b"
            r"|\b(?:season|series|show)(?: \w+)? (?:has |have )?(?:officially |finally )?wrapped\b"
            rf"|\bthe wrap (?:of|on) (?:[\w-]+ ){{0,3}}?{_WORK}"  # "the wrap of Season 3 filming"
            r"|\bwrap(?:s|ped)? (?:up )?(?:['\"]?(?-i:[A-Z])[\w' :-]{0,40}?['\"]? )?(?:season|series) "
            r"(?:\d+|two|three|four|five)\b"
            r"|\b(?:season|series) (?:\d+|two|three|four|five),? (?:which|that) (?:just |has )?wrapped\b",
        ),
        (
            Status.FILMING,
            rf"\b(?:{_BEGAN}|is under ?way) (?:on |in |its |the )?{_WORK}|\b{_WORK}{_GAP}{_BEGINS}"
            r"|\b(?:currently|now|is|are) (?:filming|shooting|in production)\b"
            r"|\b(?:has|have|had) (?:already |now )?been (?:filming|shooting)\b"
            r"|\b(?:is|are|was|were) (?:now |officially |currently )in production\b"
            rf"|\b(?:as|now that|today)\s+{_WORK}\s+(?:officially\s+)?"
            r"(?:begins|starts|kicks off|gets under ?way)\b"
            rf"|\bwith {_WORK} (?:now |already |well )?under ?way\b"
            rf"|\b{_WORK} (?:will continue|continues|is continuing|runs|will run) (?:until|through|into)\b"
            r"|\bcameras (?:are |began |started )?rolling|\bcameras roll(?:ed)? on\b"
            r"|\b(?:as|now that) (?:season|series) \w+ (?:begins|starts) (?:filming|production|shooting)\b"
            rf"|\b{_WORK}\b[^.;]{{0,120}}?\b(?:is|are) (?:now )?(?:expected|set|scheduled|due) to"
            r" (?:end|wrap|finish|conclude)\b"
            rf"|\b{_WORK}\b[^.;]{{0,40}}\b(?:begins|starts|kicks off|gets under ?way) (?=this week|today)"
            rf"|\b(?:first day|day one) (?:of|on) {_WORK}"
            rf"|\b(?:shut(?:ting)? down|halt(?:ed|ing)|paus(?:ed|ing)|suspend(?:ed|ing)) {_WORK}"
            rf" until\b(?={_WHEN})"
            r"|\b(?:entered|enters|went into|has gone into|moved into) (?<!post-)(?:production|filming)\b",
        ),
        (Status.ANNOUNCED, rf"\b{_RENEWED}\b"),
        (Status.IN_DEVELOPMENT, rf"\b{_DEVELOPING}\b"),
        (Status.RELEASED, r"\b(?:was|were|has been|have been) released\b|\bis now (?:streaming|available)\b"),
        (Status.AIRING, r"\b(?:premiered|debuted)\b"),
        (Status.CANCELLED, rf"\b{_CANCELLED}\b"),
        (
            Status.ON_HOLD,
            rf"\b{_WORK}(?! schedule){_GAP}{_HALTED}"
            rf"|\b(?:halted|paused|suspended|shut down|postponed) {_WORK}"
            r"|\bput on hold\b|\bon (?:an )?indefinite hold\b"
            r"|\b(?:has|have) been (?:officially )?(?:halted|paused|suspended|shut down)\b"
            rf"|\b(?:break|pause|hiatus|halt) in {_WORK}\b[^.;]{{0,40}}\bindefinite",
        ),
    )
)
_PLAN = re.compile(
    any_of(
        "will",
        "would",
        "could",
        "looked to",
        "looks to",
        "appears? to",
        "seems? to",
        "seemed to",
        "expected",
        "should",
        "might",
        "may",
        "set to",
        "slated to",
        "expected to",
        "plans? to",
        "planned",
        "scheduled to",
        "due to",
        "going to",
        "is to",
        "are to",
        "hopes? to",
        "aims? to",
        "ahead of",
        "before",
        "until",
        "once",
        "when",
        "after",
        "if",
        "nearing",
        "nearly",
        "almost",
        "yet to",
        "about to",
    ).replace("(?:", r"\b(?:", 1)
    + r"\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?:n't|\b(?:not(?! only)|never|no|without|rumou?rs? of|despite|avoid\w*|denied|false"
    r"|always|usually|typically|traditionally))\b[^.;]{0,25}$|\byet to\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:dozens of|many|several|other|all|most|these|those)\b(?:\s+\w+){0,4}\s+"
    r"(?:shows|series|productions|dramas|comedies)\b|\b\w+ (?:productions|shows) in the works\b"
    r"|\bthe industry\b|\bindustry-wide\b|\b(?:cancell?ed|axed|renewed|ended)\s+(?:the\s+)?others\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"\s*(?:on|for) (?:me|him|her|them|his|their|one of|the actor|the actress|star)\b", re.I
)
_BLOCK = re.compile(
    r"\b(?:on location|in (?:the )?(?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)?|at (?:the )?(?-i:[A-Z])\w+)\b"
    r"[^.;]{0,30}"
    r"(?:wrapped|finished|completed|concluded|ended)",
    re.IGNORECASE,
)  # one location's block of the shoot, not the whole season
_PREPARING = re.compile(
    r"\b(?:location scouting|scouting locations|pre-?production"
    r"|(?:hasn't|has not|haven't) (?:yet )?begun filming)\b",
    re.IGNORECASE,
)
_DECIDED = re.compile(
    r"(?:decided|chose|opted|elected) not to|declined|won't be returning for|will not be returning for"
    rf"|{_COMING_BACK}\b",
    re.IGNORECASE,
)
_SHOW_BEFORE = re.compile(
    r"(?:^|\b(?:show|series|comedy|drama|sitcom|it|network|streamer|[A-Z][\w'!?.]*)[\"']?)\s+(?:\w+ly\s+|has\s+|had\s+)*$"
)  # the show or its network is the subject, not an actor ("Kat, who played her, will not return")
_RETURNS = re.compile(rf"{_COMING_BACK}\b|officially (?:coming back|returning)\b", re.IGNORECASE)
_OBJECT_NAMED = re.compile(
    r"\s+(?:(?:(?:the|its|their|british|american|korean|japanese|hit|comedy|drama|series|show|sitcom|thriller"
    r"|reality|docuseries|anime)\b|(?-i:[A-Z])[a-z]+(?=\s+(?:drama|comedy|series|show|sitcom|thriller)\b))\s+){0,3}?"
    r"(?P<name>(?!(?:Season|Series|Part|Netflix|Hulu|HBO|Apple|Amazon|Prime|Disney|Peacock|Paramount)\b)"
    r"(?-i:[A-Z])[\w'!?]+(?:\s+(?-i:[A-Z])[\w'!?]+){0,3})"
)  # the object right after the verb, descriptors allowed: "canceled British drama Riches"
_PART_OF = re.compile(
    r"\b(?:the rest|most|much|part|parts|some|half|the majority|a portion|portions)\s+of\b[^.;]{0,40}$", re.I
)
_START_TO_COME = re.compile(
    r"\b(?:production|filming|shooting|shoot) start date\b"
    r"|\b(?:set|scheduled|slated|expected|due) to (?:begin|start) (?:filming|production|shooting)\b",
    re.IGNORECASE,
)
_SOME_SHOT = re.compile(r"\b(?:scenes?|footage|some episodes|a few episodes)\b[^.;]{0,20}$", re.IGNORECASE)
_GOES_ON = re.compile(r"\b(?:set to|will|to|is expected to) continue\b", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(
    r",[^,]*\b(?:that|which|who)\s+\w+\s*$|\b(?:that|which)\s+(?:kicked|began|started)", re.I
)
_PANDEMIC_SHUT = re.compile(
    r"\bthe (?:pandemic|coronavirus|covid(?:-19)?) (?:had |has )?(?:shut|halt|paus)", re.I
)
_INTERRUPTED = re.compile(r"\s+when\b", re.IGNORECASE)
_TO_END = re.compile(r"\bto (?:end|wrap|finish|conclude)\b")  # "Shooting is expected to end by May" goes on
_FIRST_ADAPTATION = re.compile(
    r"\s+for an? (?:\w+ )?(?:anime|adaptation|tv series|live-action series|series)\b", re.IGNORECASE
)
_CONFIRMED_SINCE = re.compile(r"\b(?:made official|confirmed|announced)\b", re.IGNORECASE)
_GUESSED = re.compile(
    r"\b(?:speculat\w*|rumou?r(?:s|ed)?|guess\w*|believ\w*|think\w*|suspect\w*|heard) that\b[^.;]{0,60}$",
    re.IGNORECASE,
)  # "fans are speculating that ...", "We had heard that filming had wrapped, but ..."
_OTHER_HEAD = re.compile(
    r"\b(?:casting\s+(?:of|on)|(?:trailer|teaser|poster|title|premiere date|release date|line-?up|first look)"
    r"\s+(?:of|for))\b(?![^.;]*\b(?:renew|order|greenl))[^.;]*$",
    re.IGNORECASE,
)  # the subject the passive "was announced" belongs to
_RESUMED_SINCE = re.compile(
    r"\b(?:back on track|(?:has|have) (?:since |now )?resumed|back (?:up and running|in production|to work)"
    r"|(?:has|have) (?:since |now )?restarted)\b",
    re.IGNORECASE,
)
_REVIVED = re.compile(
    r"\bbut\b[^.;]*\b(?:saved|secured|revived|rescued|resurrected|picked up|another (?:\w+ )?seasons?)\b",
    re.I,
)
_EPISODES_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:upcoming|new|remaining|next)\s+)?episodes\b", re.I)


def _nearest_season(sentence: str, span: tuple[int, int]) -> int | None:
    """The season named closest to the milestone's words, if the sentence names any."""
    named = [(where, n) for where, n in season_mentions(sentence) if not time_anchor(sentence, where)]
    if not named:
        return None
    return min(named, key=lambda item: min(abs(item[0] - span[0]), abs(item[0] - span[1])))[1]


def statuses_in(
    sentence: str, published: date, *, skip: tuple[str, ...] = (), season: int | None = None
) -> list[tuple[Status, date, str]]:
    """Each milestone the sentence reports as done, with its day and that day's precision; when `season` is
    given, a milestone next to another season's number ("renewed for a fourth season") is left out."""
    sentence = re.sub(r"[\[\]\"]", "", sentence)  # "We started [shooting]", was "officially in production"
    if sentence.rstrip(" '").endswith("?"):
        return []  # "Is filming still going on?" asks
    found = []
    spans: list[tuple[int, int]] = []
    for status, pattern in _RULES:
        match = next(
            (
                m
                for m in _dated_matches(pattern, sentence, published, skip)
                if not any(
                    a < m.end() and m.start() < b for a, b in spans
                )  # "wrapped filming" is no "filming"
                and _stated(status, m, sentence, season, published)
                and not _another_show_decided(status, sentence[m.end() :], skip)
            ),
            None,
        )  # "hasn't begun filming, but ... has begun production" is the second one
        if match is None:
            continue
        if status is Status.FILMING and _PREPARING.search(sentence):
            status = Status.IN_DEVELOPMENT  # "has begun production, ... currently location scouting"
        spans.append(match.span())
        found.append((status, *milestone_day(sentence, match.span(), published, skip, season)))
    return found


def _another_show_decided(status: Status, after: str, skip: tuple[str, ...]) -> bool:
    """True when a renewal or cancellation names its object, another show ("canceled British drama
    Riches"), rather than the title."""
    if status not in (Status.CANCELLED, Status.ANNOUNCED):
        return False
    named = _OBJECT_NAMED.match(after)
    if named is None:
        return False
    return not any(fold(t).startswith(fold(named["name"])) for t in skip if t)


def _stated(status: Status, match: re.Match[str], sentence: str, season: int | None, published: date) -> bool:
    """True when the match states the milestone as done, for `season` (or no season named)."""
    last_word = re.search(r"\S+$", match.group(0))
    before = sentence[: match.end() - (len(last_word.group(0)) if last_word else 0)]
    if _DECIDED.match(match.group(0)) and _SHOW_BEFORE.search(sentence[: match.start()]):
        before = sentence[: match.start()]  # "decided not to renew" is a decision; "won't be returning for a
        # fourth season" and "will return for a season 4" are decided, said of the show
    ongoing = (
        status is Status.FILMING
        and ("contin" in match.group(0) or " run" in match.group(0) or _TO_END.search(match.group(0)))
    ) or (
        status is Status.ON_HOLD and "indefinite" in match.group(0)
    )  # "a break in filming is now expected to be indefinite" has begun
    if (_PLAN.search(before) and not ongoing) or _NEGATED.search(before):
        return False
    guessed = _GUESSED.search(sentence[: match.start()])
    if guessed and _CONFIRMED_SINCE.search(sentence, guessed.start(), match.end()):
        guessed = None  # "Many speculated that we would get a sequel and today it was finally made official"
    if _PERSONAL.match(sentence[match.end() :]) or guessed:
        return False  # "fans are speculating that the actor has already wrapped filming"
    if status is Status.ON_HOLD and _RESUMED_SINCE.search(sentence[match.end() :]):
        return False  # "Filming has already paused once ..., but production is back on track"
    if status is Status.ON_HOLD and _PANDEMIC_SHUT.search(sentence[max(0, match.start() - 40) : match.end()]):
        return False  # "a renewal of 19 shows made while the pandemic had shut down production": everyone's
    pluperfect = re.search(r"\bhad\s+$", sentence[: match.start()])
    if status is Status.FILMING and pluperfect and _INTERRUPTED.match(sentence[match.end() :]):
        return False  # "had began filming when they were told to leave the area": the shoot was cut off
    if status is Status.FILMING and _RELATIVE_SUBJECT.search(match.group(0)):
        return False  # "a break in filming ..., amid the strike that kicked off July 13": the strike began
    if status is Status.CANCELLED and _REVIVED.search(sentence[match.end() :]):
        return False  # "cancelled by ITV back in 2019 but a fan campaign has secured it another two seasons"
    if status is Status.CANCELLED and _EPISODES_AFTER.match(sentence[match.end() :]):
        return False  # "late-night talk shows have canceled upcoming episodes"
    if _RETURNS.match(match.group(0)) and any(
        m.window.latest >= published for m in mentions(sentence[match.end() :], published, forward=True)
    ):
        return False  # "will return for a second season in September" is the release, not the renewal
    if status is Status.ANNOUNCED and (season or 1) > 1 and _FIRST_ADAPTATION.match(sentence[match.end() :]):
        return False  # "the manga was even greenlit for an anime": the show's first season
    if status is Status.ANNOUNCED and _OTHER_HEAD.search(sentence[: match.start()][-120:]):
        return False  # "The casting of Morales and Madigan on ... Season 3 was announced": the casting was
    if status in (Status.AIRING, Status.RELEASED) and PROMO.search(sentence[: match.start()][-60:]):
        return False  # "a teaser video that premiered September 30" is not the season airing
    if status is Status.POST_PRODUCTION and re.match(r"\s+(?:season|series|run)\b", sentence[match.end() :]):
        return False  # "released 12 episodes in the recently concluded season": its run ended
    if status is Status.POST_PRODUCTION and (
        _SOME_SHOT.search(sentence[: match.start()]) or _GOES_ON.search(sentence[match.end() :])
    ):
        return False  # "Scenes have been filmed on West Princes Street with the production set to continue"
    if status is Status.POST_PRODUCTION and _PART_OF.search(sentence[: match.start()]):
        return False  # "the rest of the season has already been shot, but production shut down"
    if status is Status.FILMING and _START_TO_COME.search(sentence):
        return (
            False  # "an official production start date for the second season, which is filming in Vancouver"
        )
    if status is Status.POST_PRODUCTION and _BLOCK.search(match.group(0)):
        return False  # "filming on location in Wales has wrapped, with crews now shifting to studio sets"
    start, end = clause_span(sentence, match.start())
    return not _GENERIC.search(sentence[start:end]) and _nearest_season(sentence, match.span()) in (
        None,
        season,
    )


def _dated_matches(
    pattern: re.Pattern[str], sentence: str, published: date, skip: tuple[str, ...]
) -> list[re.Match[str]]:
    """The pattern's matches, those that have a date first."""
    matches = list(pattern.finditer(sentence))
    dated = [m for m in matches if milestone_day(sentence, m.span(), published, skip, None)[1] != "article"]
    return dated + [m for m in matches if m not in dated]
