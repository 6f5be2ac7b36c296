"""What a sentence's wording says about a fact: how sure it is, whether it is doubted, who said it.

Speculation ("could", "likely", "predict") beats rumour ("insiders", "rumoured"), which beats an
announcement ("confirmed", "will premiere"); an outlet's attribution ("according to Deadline") makes a
statement reported rather than official.
"""

from __future__ import annotations

import re
from datetime import date

from cliffhanger.domain.vocabulary import Confidence

from .outlets import origin
from .patterns import any_of, words

_SPECULATED = words(
    r"speculat\w*",
    r"predict\w*",
    "could",
    "might",
    "likely",
    "probabl[ey]",
    "possibl[ey]",
    "possibility",
    r"expect\w*",
    r"estimat\w*",
    r"guess\w*",
    "suggests?",
    "seems?",
    "would",
    "should",
    "(?:would|could|should)n't",
    "out of the question",
    "we think",
    "hopefully",
    "hoping",
    "[Oo]ur hope",
    "[Ww]e (?:don't |do not )?(?:see|imagine)",
    "hope[sd]?",
    "hopeful",
    r"based on(?![^,.]{0,40}\b(?:novels?|books?|comics?|manga|webtoon|story|play|game)\b)",
    r"assum\w*",
    r"anticipat(?:e|es|ing)\b",
    r"anticipated(?= (?:to|that|in|for|by|around|sometime)\b)",  # not "the highly anticipated third season"
    "perhaps",
    "bodes? well",
    "potential(?:ly)?",
    "wager",
    "bet",
    r"forecast\w*",
    "projected",
    "chances are",
    "[Mm]aybe",
    "Redditors?",
    r"(?:I'm|I am|[Ww]e're|[Ww]e are) (?:not )?(?:preparing|looking at|bracing|expecting|guessing|thinking)",
    r"I (?:think|believe|reckon|suspect|imagine)",
    "^If ",
    "(?:not hard|easy) to (?:see|imagine)",
    "if [^,]{0,60}similar",
    "educated",
    "may",
    "(?:I|[Ww]e)'d",
    "count(?:ing)? on",
    "aim(?:s|ing)? for",
    "target(?:s|ing)?",
    flags=0,
)
_RUMOURED = words(
    r"rumou?r\w*",
    "insiders?",
    "sources? (?:say|said|claim|close|familiar)",
    "allegedly",
    r"whisper\w*",
    r"leaked (?:date|release|premiere|schedule|that|details|listing|report)",
    r"leaks? (?:suggest|say|said|indicate|claim|point|reveal)\w*",
    r"(?:a|the|according to (?:a|the)) leak\b(?! (?:of|affects))(?=[^.]{0,40}\b(?:date|release|premiere))",
    "scoop",
    "unconfirmed",
    "apparently",
    "word is",
    "buzz",
)
_WILL = any_of(
    "release",
    "premiere",
    "debut",
    "return",
    "arrive",
    "be released",
    "be broadcast",
    "be shown",
    "drop",
    "launch",
    "hit",
    "stream",
    "air",
    "be back",
    "be able to (?:watch|stream|see|catch)",
)
_SET_TO = any_of("premiere", "debut", "return", "arrive", "launch", "drop", "be released")
_OFFICIAL = words(
    r"announc\w*",
    r"confirm\w*",
    "revealed",
    "unveiled",
    "officially",
    "official",
    f"will (?:then |also |now |finally |first )?{_WILL}",
    "premieres",
    "airs",
    "debuts",
    "returns",
    "arrives",
    "drops",
    f"set to {_SET_TO}",
    "slated (?:for|to)",
    "(?:is|are) due to (?:air|premiere|debut|return|arrive|launch|drop)",
    "scheduled (?:for|to)",
    "dated for",
    "set for",
    "is coming",
    "planned to (?:debut|premiere|return|release|launch)",
    "shared",
    "press release",
    "(?:has|have) set",
    "sets",
    "coming on",
    "(?-i:^(?:Premiering|Debuting|Arriving|Returning)) (?=(?:on )?(?-i:[A-Z]))",
    r"(?:network|streamer|studio|channel|broadcaster) has (?:ordered|set|scheduled|slated)",
    r"will be (?:only |exclusively |available |streaming )?on (?-i:[A-Z])[\w+]*",
    "[Cc]oming (?:in|this|next)",
    "(?-i:Premiere)(?=,\\s)",  # a listing line: "Season 2 Premiere, Tuesday, January 12, 9/8c, Fox"
)
_REPORTED = words(
    r"report\w*",
    r"[Aa]ccording to(?! (?:the|a|an|its|their) (?:[\w-]+ ){0,3}"
    r"(?:announcement|statement|press release|post|tweet))",  # "according to the February 2022 announcement"
    "per (?=[A-Z])",
    "via",
    "told",
    "learned",
    "understands",
    r"exclusives?\b(?! (?:to|on)\b)",
    r"exclusively\b(?! (?:on|via|through|in)\b)",  # "premieres exclusively on Netflix" is where, not who
    "claims?",
    flags=0,
)
_ACCORDING_TO_OUTLETS = re.compile(
    r"\baccording to (?:a |the |several |some |multiple |various )?(?:[\w-]+ ){0,2}"
    r"(?:media|reports?|outlets|news ?papers|publications)\b",
    re.IGNORECASE,
)
_OWN_VOICE = re.compile(
    r"\b[Aa]ccording to (?:the )?(?:(?-i:[A-Z])[\w+&!]*(?:'s)? )?(?:network |streamer |studio )?(?:president"
    r"|CEO|chief"
    r"|boss|head|chair(?:man|woman)?|executives?|showrunners?|creators?|co-creators?|spokes(?:person|man|woman))\b"
)  # "according to HBO president Casey Bloys" is the network's own word
_OUTLET_REPORTS = re.compile(r"\breport(?:s|ed)\b")
_NEGATED_OFFICIAL = re.compile(
    r"(?:n't|\b(?:yet to|not|no|never|without))\b[^.]{0,30}\b(?:announc|confirm|reveal)"
)

_DOUBT = words(
    "questionable",
    r"(?:may|might|will|could) (?:have|need) to wait (?:a bit |a little |even |much )?longer",
    r"(?:a (?:little|bit) |too |overly |rather |somewhat |wildly )(?:optimistic|ambitious)",
    "unlikely",
    r"doubt\w*",
    "in question",
    r"uncertain\w*",
    "up in the air",
    "not part of",
    "missing from",
    "absent from",
    "left (?:off|out of)",
    "not (?:on|in|included in|listed|among)",
    "isn't (?:on|in|part of|listed)",
    "wasn't (?:on|in|part of|listed)",
    "far[- ]fetched",
    "shaky",
    "won't make",
    "will not make",
    r"not happen\w*",
    r"no longer (?:happen\w*|going ahead|on the cards|planned)",
    "not going to happen",
    r"(?:taking|took|taken) (?:it|them|the \w+)(?: all)? down",
    r"(?:don't|do not|doesn't|does not) (?:even |really )?think",
    "called into question",
    "casts? doubt",
    r"debunk\w*",
    "denied",
    "false",
    r"(?:is|was|are|were) (?:\w+ )?(?:wrong|incorrect|inaccurate|not true)",
)
_REPORTED_SPEECH = re.compile(
    r"\b(?:announced|confirmed|revealed)\b(?: that)?[^,.]{0,60}\b(?:would|should)\b", re.IGNORECASE
)  # "confirmed that the season should arrive in the Fall" is what was confirmed
_PROMISED = re.compile(
    r"\b(?:showrunners?|creators?|producers?|executives?|network|streamer)\b[^.;]{0,60}"
    r"\b(?:shared|announced|confirmed|revealed|said|says|promised|teased)\b[^.;]{0,60}"
    r"\b(?:fans|viewers|audiences|you|we) (?:can|will) expect\b",
    re.IGNORECASE,
)
_NOT_UNTIL = re.compile(r"^[^.;]{0,80}\b(?:until|before)\b")
_BECAUSE = re.compile(r"\b(?:because|as|since|given that|given|with|seeing as)\b\s+", re.IGNORECASE)


def confidence(sentence: str, *, default: Confidence) -> Confidence:
    """The confidence the wording gives a statement; "announced that it would premiere" is reported speech,
    not a guess."""
    sentence = _REPORTED_SPEECH.sub(lambda m: re.sub(r"\b(?:would|should)\b", "will", m.group(0)), sentence)
    attributed = origin(sentence) is not None or bool(_REPORTED.search(_OWN_VOICE.sub("", sentence)))
    hedges = {m.group(0).lower() for m in _SPECULATED.finditer(sentence)}
    expecting = bool(hedges) and all(h.startswith(("expect", "aim", "target")) for h in hedges)
    reported_by = _ACCORDING_TO_OUTLETS.search(sentence) or origin(sentence)
    if reported_by and hedges <= {"could", "might", "may", "likely", "potential", "possible", "possibly"}:
        attributed = expecting = True  # "according to several Japanese media, the anime could come": theirs
    if expecting and _PROMISED.search(sentence):
        return Confidence.OFFICIAL  # "the showrunner shared that fans can expect it in 2026" is a promise
    if hedges and not (attributed and expecting):
        return Confidence.SPECULATED  # "expected ..., according to Variety" is what Variety reports
    if _RUMOURED.search(sentence):
        return Confidence.RUMOURED
    if _OFFICIAL.search(sentence) and not _NEGATED_OFFICIAL.search(sentence) and not attributed:
        return Confidence.OFFICIAL
    if attributed:
        return Confidence.REPORTED
    return default


def doubt(sentence: str) -> tuple[int, str] | None:
    """Where the sentence begins to doubt something and its reason, or None."""
    match = _DOUBT.search(sentence)
    if not match or (match.group(0).lower() == "unlikely" and _NOT_UNTIL.search(sentence[match.end() :])):
        return None  # "unlikely that we'll see it until 2025" expects 2025
    tail = sentence[match.start() :]
    because = _BECAUSE.search(tail)
    reason = tail[because.end() :] if because else sentence
    return match.start(), reason.strip().rstrip(".").strip()


def source_label(sentence: str, source: str, published: date) -> str:
    """The sentence's outlet, the article's source and its day: "TVLine via popculture.com, 24 April 2019"."""
    day = f"{published.day} {published:%B %Y}"
    credited = origin(sentence)
    who = source.strip()
    if credited and credited.casefold() != who.casefold():
        who = f"{credited} via {who}" if who else credited
    return f"{who}, {day}" if who else day
