"""The day of a milestone a sentence states: in its clause, before its words or just after them, never after
publication, and not the day of another event named beside it (another season's premiere, the renewal's
announcement elsewhere, the end of a run "until May").
"""

from __future__ import annotations

import re
from datetime import date

from cliffhanger.domain.windows import Precision

from .dates import Mention, mentions
from .text import clause_span
from .titles import season_mentions, strip_seasons

_RELEASED_BETWEEN = re.compile(r"\b(?:released|release|premiere|debut|return|air|arrive)\w*\b", re.IGNORECASE)
_PLANNED_FOR = re.compile(
    r"\b(?:slated|scheduled|planned|set|expected|supposed|meant)\s+(?:for|to)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_END_TO_COME = re.compile(r"\bto (?:end|wrap|finish|conclude)(?: up)? (?:by|in|on|around)\s+$", re.IGNORECASE)
_ANNOUNCED_ON = re.compile(
    r"(?:\bback in|\b(?:announced|confirmed|revealed|said)(?: on)?"
    r"|\b(?:event|panel|presentation|showcase|ceremony|livestream)\b[^.;]{0,50}\bheld on)"
    r"\s+$",
    re.IGNORECASE,
)  # "announced during the special Recital event held on Sunday, Nov. 26"
_EVENT_ON = re.compile(
    r"(?<!-)\b(?:premiere|finale|debut|launch|release|episode|panel|screening)\b[^,.;]{0,50}?\b(?:on|in)\s+$",
    re.IGNORECASE,
)
_SEASON_NUMBER_BEFORE = re.compile(r"\b(?:season|series)\s+\d{1,2}\s+$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:its|the|a|an|their|his|her|this|that|whose)\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|when|after|before|with|as|but|that|which|by|for|from|is|was|the|a|an)\b)"
    r"[a-z][\w-]+"
)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:season|series) \w+ )?(?:premiere|finale|debut|launch|release)\b", re.IGNORECASE
)
_ANOTHER_START = re.compile(r"\b(?:that|which) (?:kicked off|began|started)\s+(?:on\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_PRECISION = {Precision.DAY: "day", Precision.MONTH: "month"}


def _another_events_day(sentence: str, mention: Mention) -> bool:
    """True when the date is a premiere's or a finale's ("ahead of the premiere on Dec. 15", "in advance of
    its December 1 season three premiere")."""
    before = sentence[max(0, mention.start - 70) : mention.start]
    return bool(_EVENT_ON.search(before) or _EVENT_AFTER.match(sentence[mention.end :]))


def _just_after(sentence: str, end: int, position: int) -> bool:
    """True when a date at `position` is before the milestone's words or within a few words after them, the
    season it names not counted ("renewed for both a third and a fourth season in April 2021"), and not
    the date of a release named between them ("in production and set to be released in the spring")."""
    between = strip_seasons(sentence[end:position]) if position > end else ""
    if _RELEASED_BETWEEN.search(between):
        return False
    return len(between) < 40 or bool(
        _ANNOUNCED_ON.search(between)
    )  # "ordered a season of the drama back in June"; "renewed ... for a third season, it announced Monday"


def _other_season_between(sentence: str, span: tuple[int, int], position: int, season: int | None) -> bool:
    low, high = (span[1], position) if position > span[1] else (position, span[0])
    between = [(where, number) for where, number in season_mentions(sentence) if low <= where < high]
    if season is None or not between:
        return False
    nearest = max(where for where, _ in between) if position > span[1] else min(where for where, _ in between)
    return season not in {number for where, number in between if where == nearest}


_OPENS_SENTENCE = re.compile(r"^\W*(?:(?:on|back in|earlier|late|just)\s+)?$", re.IGNORECASE)
_SAME_SUBJECT_GOES_ON = re.compile(r"(?:,|\band)\s*$")
_NEWS_VERB = re.compile(r"\s*(?:\w+ly\s+)?(?:announced|confirmed|revealed|said|shared)\b", re.IGNORECASE)


def _scoping_day(sentence: str, start: int, published: date, skip: tuple[str, ...]) -> list[Mention]:
    """For a milestone whose clause names no day, the day that scopes it from outside the clause: the day the
    sentence opens with ("Yesterday brought happy news ..., as the site announced a second season"), or the
    day of the act the same subject did just before ("released a teaser on October 19, 2021, and announced
    ...")."""
    if ";" in sentence[:start]:
        return []
    past = [
        m
        for m in mentions(sentence[:start], published, forward=False, skip=skip)
        if m.window.earliest <= published and m.window.precision in _PRECISION
    ]
    if past and _OPENS_SENTENCE.match(sentence[: past[0].start]):
        return past[:1]
    if past and _SAME_SUBJECT_GOES_ON.search(sentence[:start]) and _NEWS_VERB.match(sentence, start):
        return past[-1:]
    return []


def milestone_day(
    sentence: str, span: tuple[int, int], published: date, skip: tuple[str, ...], season: int | None
) -> tuple[date, str]:
    """The milestone's date: in its clause, before its words or just after them, not after publication, and
    not the date of another season named between them ("renewed for a third season, launched its second
    season in July")."""
    start, end = clause_span(sentence, span[1] - 1)
    resumes = bool(
        re.match(r"(?:shut|halt|paus|suspend)", sentence[span[0] : span[1]], re.IGNORECASE)
    )  # "shutting down production until June" resumes then
    dated = [
        m
        for m in mentions(sentence, published, forward=False, skip=skip)
        if m.window.earliest <= published
        and m.text.strip().lower() != "this year"  # "finishing writing it this year" began before January
        and not _PLANNED_FOR.search(sentence[: m.start])  # "slated for a June 2023 filming start"
        and not _END_TO_COME.search(sentence[: m.start])  # "Shooting is expected to end by mid-February"
        and (resumes or not _UNTIL.search(sentence[: m.start]))  # "filming will continue until May" ends then
        and not _ANOTHER_START.search(sentence[: m.start])  # "the strike that kicked off July 13"
        and not _another_events_day(sentence, m)
        and not (
            m.text.strip().isdigit() and _SEASON_NUMBER_BEFORE.search(sentence[: m.start])
        )  # "season 5 2018"
        and not (
            m.text.strip().isdigit()
            and _DETERMINER.search(sentence[: m.start])
            and _ATTRIBUTIVE.match(sentence[m.end :])
        )  # "its 2021 prison-drama"
        and start <= m.start < end
        and _just_after(sentence, span[1], m.start)
        and not _other_season_between(sentence, span, m.start, season)
    ]
    if not dated:
        dated = _scoping_day(sentence, start, published, skip)
    if not dated:
        return published, "article"
    nearest = min(dated, key=lambda m: abs(m.start - span[1]))
    inside = [m.window for m in dated if nearest.window.earliest <= m.window.earliest <= m.window.latest]
    window = min(
        (w for w in inside if w.latest <= nearest.window.latest), key=lambda w: w.latest - w.earliest
    )  # "earlier this year in March" is March
    return window.earliest, _PRECISION.get(window.precision, window.precision.value)
