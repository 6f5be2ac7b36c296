"""The network or streamer an article names for its title, spelled the way the watchlist spells it.

Well-known networks are found by their spellings; a service missing from the list is recognised by how the
article speaks of it ("DC Universe subscribers", "the streaming service Crunchyroll") and then counted
wherever the article names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .outlets import OUTLETS

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
    "Paramount Network": ("Paramount Network", "Paramount network"),
    "Lifetime": ("Lifetime",),
    "A&E": ("A&E",),
    "UPN": ("UPN",),
    "Bravo": ("Bravo",),
    "Showtime": ("Showtime",),
    "Starz": ("Starz",),
    "AMC": ("AMC+", "AMC"),
    "FX": ("FX on Hulu", "FX"),
    "BBC One": ("BBC One", "BBC1"),
    "BBC Two": ("BBC Two", "BBC2"),
    "BBC Three": ("BBC Three", "BBC3"),
    "BBC": ("BBC iPlayer", "BBC"),
    "ITV": ("ITVX", "ITV"),
    "Channel 4": ("Channel 4",),
    "NBC": ("NBC",),
    "CBS All Access": ("CBS All Access",),
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
    "Pop TV": ("Pop TV",),
    "WOWOW": ("WOWOW",),
    "ENA": ("ENA",),
    "WGN America": ("WGN America",),
    "Anime Strike": ("Anime Strike",),
    "Shudder": ("Shudder",),
    "Coupang Play": ("Coupang Play",),
    "Disney Channel": ("Disney Channel",),
    "Tving": ("TVING", "Tving"),
    "Fuji TV": ("Fuji TV", "Fuji Television"),
    "TV Tokyo": ("TV Tokyo",),
    "TV Asahi": ("TV Asahi",),
    "NTV": ("Nippon TV", "NTV"),
    "MBS": ("MBS",),
    "Tokyo MX": ("Tokyo MX",),
    "NHK ETV": ("NHK ETV", "NHK Educational"),
    "NHK": ("NHK General", "NHK"),
    "DC Universe": ("DC Universe",),
    "BritBox": ("BritBox",),
    "Acorn TV": ("Acorn TV",),
    "Tubi": ("Tubi",),
    "MTV": ("MTV",),
    "TBS": ("TBS",),
    "PBS": ("PBS",),
    "Comedy Central": ("Comedy Central",),
    "Nickelodeon": ("Nickelodeon",),
    "Cartoon Network": ("Cartoon Network",),
    "Discovery+": ("Discovery+", "Discovery Plus"),
    "BET+": ("BET+",),
    "YouTube Premium": ("YouTube Premium", "YouTube Red"),
    "Quibi": ("Quibi",),
    "Sundance Now": ("Sundance Now",),
    "Funimation": ("Funimation",),
    "HIDIVE": ("HIDIVE", "HiDive"),
    "Toonami": ("Toonami",),
    "Stan": ("Stan Originals",),
    "Binge": ("Binge",),
    "CBC": ("CBC Gem", "CBC"),
    "Crave": ("Crave",),
    "Channel 5": ("Channel 5",),
    "Seven": ("Seven Network", "7plus", "7Plus"),
}
_ALL = sorted(
    ((s, name) for name, spellings in _SPELLINGS.items() for s in spellings), key=lambda p: -len(p[0])
)
_CANONICAL = dict(_ALL)
_SERVICE = r"(?P<service>(?-i:[A-Z][\w&!-]*\+?)(?:\s(?-i:[A-Z][\w&!-]*\+?|TV\+?)){0,2})"
_SPOKEN_OF = (
    re.compile(rf"(?<![\w.]){_SERVICE}(?:'s)?\s+(?:subscribers|streaming (?:service|platform)|streamer)\b"),
    re.compile(rf"\b(?:the streaming (?:service|platform)|the streamer)\s+{_SERVICE}(?![\w+])"),
    re.compile(
        rf"(?<![\w.]){_SERVICE}\s+(?:streamed|streams|is streaming|will (?:also )?stream)\s+"
        r"(?:the|its) (?:anime|series|show|(?:first |new |second )?season)\b"
    ),
)  # "DC Universe subscribers"; "the streaming service Crunchyroll"; "HIDIVE streamed the anime as it aired"
_ALSO_A_PHRASE = {"DC Universe"}
_NOT_SERVICES = re.compile(
    r"^(?:The|A|An|It|Its|They|Their|This|That|He|She|We|You|Fans|Viewers|Global|New|Major|Popular|Rival)\b"
)


def canonical_network(name: str) -> str:
    """The network's own name for any spelling the rules know ("Disney Plus" is "Disney+"), else the name."""
    folded = name.strip().casefold()
    for canonical, spellings in _SPELLINGS.items():
        if any(spelling.casefold() == folded for spelling in spellings):
            return canonical
    return name.strip()


def _spellings(sentences: Sequence[str]) -> dict[str, str]:
    """The known spellings and the services the article speaks of that the list lacks."""
    found = dict(_CANONICAL)
    for sentence in sentences:
        for match in (m for pattern in _SPOKEN_OF for m in pattern.finditer(sentence)):
            name = match["service"]
            if name in found or _NOT_SERVICES.match(name):
                continue
            known = [s for s in _CANONICAL if s.startswith(name + " ") or s.startswith(name + "+")]
            found[name] = _CANONICAL[known[0]] if known else name  # "Apple's streaming service": Apple TV+
    return found


def _finder(spellings: dict[str, str]) -> re.Pattern[str]:
    ordered = sorted(spellings, key=lambda s: -len(s))
    return re.compile("|".join(rf"(?<![\w]){re.escape(s)}(?![\w])" for s in ordered))


_OWNED = re.compile(
    r"^(?: ?'s| ?’s| series| original| show| drama| thriller| comedy| has| announced| confirmed)"
)


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
    if re.search(rf"(?<![\w]){re.escape(target)}$", work):
        return False  # "Paramount+'s Pablo Schreiber-starring HALO" is the target, described first
    return bool(work) and not (target.startswith(work) or work.startswith(target[:6]))


_OUTLET = re.compile("|".join(re.escape(o) for o in sorted(OUTLETS, key=len, reverse=True) if " " in o))


_ALSO_A_SURNAME = {"Fox", "Peacock"}
_EARLIER_SEASON_ON = re.compile(
    r"\b(?:first|previous|earlier|original|1st) (?:season|series)\b[^.;]{0,20}\b(?:aired|ran|premiered"
    r"|debuted)"
    r"\b[^.;]{0,20}$",
    re.IGNORECASE,
)  # "The first season aired on AT-X and Tokyo MX"
_SURNAME_OF = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?!(?:The|On|At|By|From|To|And|With|For|In|Of|Via|Both|While|As|Like|Then)\b)"
    r"(?-i:[A-Z][a-z]+)\s$"
)  # "Freddie Fox" is an actor, not the network


def network_of(sentences: Sequence[str], target: str = "") -> str:
    """The most named network, counting "Netflix's ..." and "on Netflix" double and leaving out mentions
    for other works ("ABC's "Betrayal""); "" when none."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    spellings = _spellings(sentences)
    finder = _finder(spellings)
    for index, sentence in enumerate(sentences):
        sentence = _OUTLET.sub(lambda m: "_" * len(m.group(0)), sentence)  # "What's on Netflix" is a site
        for match in finder.finditer(sentence):
            name = spellings[match.group(0)]
            before, after = sentence[: match.start()], sentence[match.end() :]
            if (
                _names_other_work(after, target)
                or (name in _ALSO_A_PHRASE and before.endswith(("the ", "The ")))
                or (name in _ALSO_A_SURNAME and _SURNAME_OF.search(before))
                or _EARLIER_SEASON_ON.search(before)
            ):
                continue  # "set in the DC Universe" is the comics' world, not the streamer
            weight = 2 if _OWNED.match(after) or re.search(r"\b(?:on|at|to|from|by)\s+$", before) else 1
            counts[name] += weight
            first.setdefault(name, index)
    if not counts:
        return ""
    return max(counts, key=lambda n: (counts[n], -first[n]))
