"""Who said it: the outlet a sentence credits ("according to Deadline", "TVLine reports", "via Variety")."""

from __future__ import annotations

import re

from .patterns import any_of

_NAMES = """
Deadline; Variety; The Hollywood Reporter; Hollywood Reporter; THR; TVLine; Entertainment Weekly;
EW; Collider; Screen Rant; ScreenRant; IGN; What's on Netflix; What's On Netflix; TV Guide;
Vulture; IndieWire; Bleeding Cool; Soompi; Naver; Newsen; Ilgan Sports; Sports Chosun;
JoongAng Daily; Korea Herald; Dispatch; Midgard Times; iMore; TechRadar; Den of Geek; Digital Spy;
Radio Times; TheWrap; The Wrap; Decider; Polygon; io9; Gizmodo; Bloomberg; Reuters; Forbes; Tudum;
Express; The Sun; Metro; Cinemablend; CinemaBlend; Slashfilm; /Film; Giant Freakin Robot;
Comicbook.com; ComicBook.com; E! News; People; Us Weekly; Tom's Guide; Puck; Nexus Point News;
The Ankler; TV Insider; Murphy's Multiverse; Hypable; PopCulture.com; Newsweek; The Direct; Kotaku;
Vanity Fair; Time;
"""
OUTLETS = tuple(name.strip() for name in _NAMES.replace("\n", " ").split(";") if name.strip())
_OUTLET = re.compile(rf"(?<![\w]){any_of(*(re.escape(o) for o in OUTLETS))}(?![\w])")
_CREDITED_BEFORE = re.compile(
    any_of("[Aa]ccording to", "per", "via", "reports? (?:from|by)", "report from", "told", r"(?:^|\W)by")
    + r"\s+(?:a report (?:from|by|in)\s+)?$"
)
_CREDITED_AFTER = re.compile(
    r"(?:'s)?\s*(?:(?:has|have|had) (?:\w+ly )?)?"  # "The Hollywood Reporter have noted"
    r"(?:\)|reports?|reported|(?:is|are) reporting|has learned|learned|revealed|confirm|said|says|notes"
    r"|noted)"
)


def origin(sentence: str) -> str | None:
    """The outlet the sentence credits, or None."""
    for match in _OUTLET.finditer(sentence):
        before = sentence[: match.start()]
        after = sentence[match.end() : match.end() + 40]
        if _CREDITED_BEFORE.search(before[-40:]) or _CREDITED_AFTER.match(after):
            return match.group(0)
    return None
