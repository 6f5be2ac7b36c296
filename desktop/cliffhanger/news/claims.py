"""Release claims in a sentence: windows named next to release words, still ahead of the article's day.

Past releases ("it aired back on February 18"), negated ones ("won't be out in 2026") and dates inside a
doubt's reason ("not part of Netflix's 2026 line-up") are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import Precision, ReleaseWindow

from .dates import Mention, mentions
from .patterns import words
from .wording import confidence, doubt

_RELEASE = words(
    r"release\w*",
    r"premier\w*",
    r"debut\w*",
    r"return\w*",
    r"arriv\w*",
    "air(?:s|ing|ed|date)?",
    r"launch\w*",
    r"drop\w*",
    r"stream\w*",
    r"bow\w*",
    "come out",
    "comes out",
    "coming out",
    "hits?",
    r"land\w*",
    "available",
    "out (?:in|on|by)",
    "back (?:in|on|by)",
    "slated",
    "dated",
    "due (?:in|out|on)",
    "on (?:screens|netflix)",
    "expected (?:in|on|by)",
    "rolls? out",
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
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer)\b[^.;,]{0,30}$", re.IGNORECASE)
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:in|by|for|until|till|of|to|from|sometime|around|before|after|early|late|mid)\s*$", re.IGNORECASE
)
_YEAR_CUE_AFTER = re.compile(r"^\s*(?:release|premiere|debut|return|launch|arrival|date|bow)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundClaim:
    """A release window named in a sentence, with its confidence and, when doubted, the reason."""

    window: ReleaseWindow
    confidence: Confidence
    doubted: bool
    reason: str


def _is_claim_window(sentence: str, mention: Mention, published: date) -> bool:
    window = mention.window
    if window.has_passed(published):
        return False
    before, after = sentence[: mention.start], sentence[mention.end :]
    if window.precision is Precision.YEAR and mention.text.strip().isdigit():
        return bool(_YEAR_CUE_BEFORE.search(before) or _YEAR_CUE_AFTER.match(after))
    return not (_NEGATION.search(before) and "until" not in before[-12:])


def claims_in(sentence: str, published: date) -> list[FoundClaim]:
    """Each release window the sentence claims; `doubted` when the sentence itself casts doubt on it."""
    if not _RELEASE.search(sentence):
        return []
    if _PAST.search(sentence) and not _FUTURE.search(sentence):
        return []
    doubted = doubt(sentence)
    cut = doubted[0] if doubted else len(sentence)
    found = []
    for mention in mentions(sentence, published, forward=True):
        if mention.start >= cut or not _is_claim_window(sentence, mention, published):
            continue
        how = confidence(sentence[:cut], default=Confidence.REPORTED)
        found.append(FoundClaim(mention.window, how, doubted is not None, doubted[1] if doubted else ""))
    return found
