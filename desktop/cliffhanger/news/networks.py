"""The network or streamer an article names for its title, spelled the way the watchlist spells it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_SPELLINGS = {
    "Netflix": ("Netflix",),
    "HBO Max": ("HBO Max",),
    "HBO": ("HBO",),
    "Max": ("StreamOnMax",),
    "Apple TV+": ("Apple TV+", "Apple TV Plus", "AppleTV+", "Apple TV"),
    "Disney+": ("Disney+", "Disney Plus"),
    "Hulu": ("Hulu",),
    "Prime Video": ("Prime Video", "Amazon Prime Video", "Amazon Prime", "Amazon Studios", "Amazon"),
    "Peacock": ("Peacock",),
    "Paramount+": ("Paramount+", "Paramount Plus"),
    "Paramount Network": ("Paramount Network",),
    "Lifetime": ("Lifetime",),
    "A&E": ("A&E",),
    "UPN": ("UPN",),
    "Bravo": ("Bravo",),
    "Showtime": ("Showtime",),
    "Starz": ("Starz",),
    "AMC": ("AMC+", "AMC"),
    "FX": ("FX on Hulu", "FX"),
    "BBC": ("BBC One", "BBC Two", "BBC Three", "BBC iPlayer", "BBC"),
    "ITV": ("ITVX", "ITV"),
    "Channel 4": ("Channel 4",),
    "NBC": ("NBC",),
    "CBS": ("CBS",),
    "ABC": ("ABC",),
    "Fox": ("FOX", "Fox"),
    "The CW": ("The CW", "CW"),
    "Syfy": ("Syfy", "SYFY"),
    "Spectrum": ("Spectrum Originals", "Spectrum"),
    "Crunchyroll": ("Crunchyroll",),
    "tvN": ("tvN",),
    "JTBC": ("JTBC",),
    "SBS": ("SBS",),
    "KBS": ("KBS2", "KBS"),
    "MBC": ("MBC",),
    "MGM+": ("MGM+", "Epix", "EPIX"),
    "Sky": ("Sky Atlantic", "Sky Max", "Sky"),
    "Freeform": ("Freeform",),
    "TNT": ("TNT",),
    "USA Network": ("USA Network",),
    "Adult Swim": ("Adult Swim",),
    "Cinemax": ("Cinemax",),
    "Shudder": ("Shudder",),
    "Coupang Play": ("Coupang Play",),
    "Disney Channel": ("Disney Channel",),
    "Tving": ("TVING", "Tving"),
    "NHK ETV": ("NHK ETV", "NHK Educational"),
    "NHK": ("NHK General", "NHK"),
}
_ALL = sorted(
    ((s, name) for name, spellings in _SPELLINGS.items() for s in spellings), key=lambda p: -len(p[0])
)
_FINDER = re.compile("|".join(rf"(?<![\w]){re.escape(s)}(?![\w])" for s, _ in _ALL))
_CANONICAL = dict(_ALL)
_OWNED = re.compile(r"^(?:'s|’s| series| original| show| drama| thriller| comedy| has| announced| confirmed)")


_OTHER_WORK = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:\"(?P<quoted>[^\"]+)\"|(?P<named>(?:[A-Z][\w'-]*\s?)+))"
)


def _names_other_work(after: str, target: str) -> bool:
    """True for "The CW's "Gossip Girl"": the network's possessive names a work that is not the target."""
    match = _OTHER_WORK.match(after)
    if not match or not target:
        return False
    work = (match["quoted"] or match["named"] or "").strip(" ,.")
    work, target = work.casefold(), target.casefold()
    return bool(work) and not (target.startswith(work) or work.startswith(target[:6]))


def network_of(sentences: Sequence[str], target: str = "") -> str:
    """The most named network, counting "Netflix's ..." and "on Netflix" double and leaving out mentions
    for other works ("ABC's "Betrayal""); "" when none."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        for match in _FINDER.finditer(sentence):
            name = _CANONICAL[match.group(0)]
            before, after = sentence[: match.start()], sentence[match.end() :]
            if _names_other_work(after, target):
                continue
            weight = 2 if _OWNED.match(after) or re.search(r"\b(?:on|at|to|from|by)\s+$", before) else 1
            counts[name] += weight
            first.setdefault(name, index)
    if not counts:
        return ""
    return max(counts, key=lambda n: (counts[n], -first[n]))
