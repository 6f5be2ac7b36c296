"""Production milestones in a sentence: renewed, in development, filming, wrapped, premiered, cancelled...

A milestone counts only when it has happened: plans ("will begin filming next month"), negations ("has not
been renewed") and generic remarks about the industry are left out. Its day is the sentence's date resolved
backwards from publication, or the publication day when the sentence names none.
"""

from __future__ import annotations

import re
from datetime import date

from cliffhanger.domain.vocabulary import Status
from cliffhanger.domain.windows import Precision

from .dates import mentions
from .patterns import any_of, words

_WORK = any_of(
    "production", "filming", "shooting", "principal photography", "photography", "cameras", "the shoot"
)
_ENDED = any_of("wrapped", "wraps", "finished", "completed", "concluded", "ended", "done", "wrapping")
_ENDS = any_of(
    "wrapped",
    "finished",
    "completed",
    "concluded",
    "came to an end",
    "ended",
    r"is (?:now )?(?:done|complete|over)",
)
_BEGAN = any_of(
    "began", "begun", "started", "commenced", "kicked off", "got under ?way", "resumed", "restarted"
)
_BEGINS = any_of(
    "began",
    "has begun",
    "have begun",
    "started",
    "has started",
    "commenced",
    "kicked off",
    "resumed",
    r"is (?:now |officially )?under ?way",
    "got under ?way",
    "is in full swing",
    "is ongoing",
    "continues",
)
_HALTED = any_of("halted", "paused", "shut down", "suspended", "postponed", "delayed", "on hold")
_GAP = r"\b[^.;]{0,80}?\b"
_RENEWED = any_of(
    "renewed",
    "renewal",
    "greenlit",
    "green-lit",
    "greenlighted",
    "given the green light",
    "picked up for (?:a|an|another)",
    r"ordered (?:a|an|another) (?:\w+ )?season",
    "officially coming back",
    "officially returning",
    r"(?:confirmed|announced) (?:a|the) (?:\w+ )?season",
)
_DEVELOPING = any_of(
    r"in (?:early |active )?development",
    "in the works",
    "writers'? room (?:has |have )?(?:opened|begun|started)",
    "scripts? (?:are|is) being written",
    "writing (?:has|have) (?:begun|started)",
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
)
_RULES: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE))
    for status, pattern in (
        (
            Status.POST_PRODUCTION,
            rf"\b{_ENDED} (?:up )?(?:on |its )?{_WORK}"
            rf"|\b{_WORK}{_GAP}(?:has |have |officially |finally |now )*{_ENDS}"
            r"|\b(?:in|into|entered|entering) post[- ]?production\b|\b(?:that|it)'?s a wrap\b"
            r"|\b(?:season|series|show)(?: \w+)? (?:has |have )?(?:officially |finally )?wrapped\b",
        ),
        (
            Status.FILMING,
            rf"\b(?:{_BEGAN}|is under ?way) (?:on |in |its |the )?{_WORK}|\b{_WORK}{_GAP}{_BEGINS}"
            r"|\b(?:currently|now|is|are) (?:filming|shooting|in production)\b"
            r"|\bcameras (?:are |began |started )?rolling",
        ),
        (Status.ANNOUNCED, rf"\b{_RENEWED}\b"),
        (Status.IN_DEVELOPMENT, rf"\b{_DEVELOPING}\b"),
        (Status.RELEASED, r"\b(?:was|were|has been|have been) released\b|\bis now (?:streaming|available)\b"),
        (Status.AIRING, r"\b(?:premiered|debuted)\b"),
        (Status.CANCELLED, rf"\b{_CANCELLED}\b"),
        (
            Status.ON_HOLD,
            rf"\b{_WORK}{_GAP}{_HALTED}|\b(?:halted|paused|suspended|shut down|postponed) {_WORK}"
            r"|\bput on hold\b|\bon (?:an )?indefinite hold\b",
        ),
    )
)
_PLAN = re.compile(
    any_of(
        "will",
        "would",
        "could",
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
    r"\b(?:not|n't|never|no|yet to|without|rumou?rs? of|despite|avoid\w*|denied|false)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_GENERIC = words(
    "shows",
    "productions",
    "the industry",
    "industry-wide",
    "dozens",
    "many series",
    "other series",
    "strikes?",
)
_PRECISION = {Precision.DAY: "day", Precision.MONTH: "month"}


def statuses_in(sentence: str, published: date) -> list[tuple[Status, date, str]]:
    """Each milestone the sentence reports as done, with its day and that day's precision."""
    if _GENERIC.search(sentence):
        return []
    found = []
    for status, pattern in _RULES:
        match = pattern.search(sentence)
        if not match:
            continue
        before = sentence[: match.start()] + match.group(0)[: max(1, len(match.group(0)) // 2)]
        if _PLAN.search(before) or _NEGATED.search(before):
            continue
        found.append((status, *_when(sentence, match.end(), published)))
        if status in (Status.POST_PRODUCTION, Status.FILMING):
            break  # "wrapped filming" is not also "filming"
    return found


def _when(sentence: str, anchor: int, published: date) -> tuple[date, str]:
    """The date nearest the milestone's words, if it is not after publication."""
    dated = [m for m in mentions(sentence, published, forward=False) if m.window.earliest <= published]
    if not dated:
        return published, "article"
    nearest = min(dated, key=lambda m: abs(m.start - anchor))
    window = nearest.window
    return window.earliest, _PRECISION.get(window.precision, window.precision.value)
