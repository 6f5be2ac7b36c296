"""Cast with their characters, in the shapes articles write them.

"Actor (Character)", "Character (Actor)", "Actor as Character", "Actor, who'll be playing Character",
"Actor will play / will recur as / joined as / was cast as Character", and lists of these. A lone surname
("Maines will play Lisa") is the full name the article gave earlier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .patterns import any_of

_UP = r"[A-ZÀ-ÖØ-Þ]"
_TOKEN = rf"{_UP}[\w'.-]*"
_JOIN = r"(?:\s+(?:de|da|di|van|von|der|del|du|le|la|bin|al|St\.)\s+|\s+)"
_FULL = rf"{_TOKEN}(?:{_JOIN}{_TOKEN}){{1,3}}"
_ACTOR = rf"(?P<actor>{_FULL}|{_TOKEN})"
_CHAR = rf"(?P<character>(?:(?:Dr|Mr|Mrs|Ms|Prof|Det|Capt|Sgt|Lt)\.\s+)?{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,3}})"
_DESCRIBED = (
    any_of(
        "a",
        "an",
        "the",
        "new",
        "recurring",
        "regular",
        "character",
        "characters",
        "role",
        "roles",
        "part",
        "of",
        "named",
        "called",
        "his",
        "her",
        "their",
        "young",
        "younger",
        "older",
        r"[A-Z][\w-]*'s",
        "[a-z]+(?<!and)(?<!or)",
    )
    + r"\s+"
)
_DESCRIBED = rf"(?:{_DESCRIBED}){{0,5}}"
_LEAD = any_of(
    "will",
    "would",
    "is set to",
    "is going to",
    "has signed on to",
    "signed on to",
    "has been tapped to",
    "was tapped to",
    "has been cast to",
    "is slated to",
    "has been enlisted to",
    "has boarded to",
    "also",
    "who'll",
    "who will",
    "who",
    "to",
)
_ROLE = r"(?:her|his|their) role as"
_VERB = any_of(
    "play",
    "plays",
    "playing",
    "played",
    "portray",
    "portrays",
    "portraying",
    "recur as",
    "recurs as",
    "recurring as",
    "star as",
    "stars as",
    "starring as",
    "appear as",
    "appears as",
    "return as",
    "returns as",
    "returning as",
    f"reprise {_ROLE}",
    f"reprises {_ROLE}",
    f"reprising {_ROLE}",
    "voice",
    "voices",
    "voicing",
    "(?:has been|have been|was|were|is|are) cast as",
    "joined as",
    "joins as",
    "joining as",
    "(?:stepping|steps) into the role of",
    "(?:take|takes|taking) on the role of",
    "as",
)
_PLAYS = rf"{_LEAD}?\s*(?:be\s+)?{_VERB}"
_CREDIT_SHAPES = (
    re.compile(rf"{_ACTOR}(?:\s*\([^)]{{1,60}}\))?,?\s+{_PLAYS}\s+{_DESCRIBED}{_CHAR}"),
    re.compile(rf"{_ACTOR}\s*\((?P<inner>[^()]{{2,60}})\)"),
)
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|Season|Series|Netflix|HBO|Apple|Disney|Amazon|Hulu|In|On|At|But|And|Also|As|When|While|Meanwhile"
    r"|According|Image|Photo|Credit|Related|Read|Watch|Episode|Part|Chapter|Sources?|Fans|It|This|That|Her|His)\b"
)
_LIST_CUE = re.compile(
    r"\b(?:cast|stars?|starring|returning|return|includes?|including|joined by|alongside|along with|features?"
    r"|reprising|ensemble|led by|headlined by|regulars?|back)\b",
    re.IGNORECASE,
)
_NARRATIVE_BEFORE = re.compile(r"(?:\b(?:of|to|with|for|named|called|like|and his|and her)|'s|[a-z]{3,})\s+$")
_WORK_TITLE = re.compile(r"^(?:The |A |An )|:|\d|\b(?:of|the|and|in|on)\b")


def _known(actor: str, full_names: dict[str, str]) -> str | None:
    if " " in actor:
        return actor
    return full_names.get(actor)


def _parenthesised(match: re.Match[str], sentence: str, full_names: dict[str, str]) -> tuple[str, str] | None:
    outer, inner = match["actor"].strip(), match["inner"].strip()
    if _WORK_TITLE.search(inner) or "," in inner or len(inner.split()) > 4 or not re.match(_UP, inner):
        return None
    after = sentence[match.end() : match.end() + 40]
    if re.match(rf"\s*,?\s+{_PLAYS}\s", after) or re.match(r"\s*(?:alum|star|actor|actress)\b", after):
        return None  # "Jake Weber (Medium) will play..." names another of the actor's shows
    before = sentence[: match.start()]
    narrative = _NARRATIVE_BEFORE.search(before) and not _LIST_CUE.search(before)
    if narrative and " " in inner:
        return inner, outer  # "the story of Hannah Baker (Katherine Langford)"
    actor = _known(outer, full_names)
    return (actor, inner) if actor else None


def credits_in(sentence: str, full_names: dict[str, str]) -> list[tuple[str, str]]:
    """(actor, character) pairs the sentence states."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for shape_index, shape in enumerate(_CREDIT_SHAPES):
        for match in shape.finditer(sentence):
            if any(start <= match.start() < end for start, end in taken):
                continue
            actor = match["actor"].strip()
            if _NOT_NAMES.match(actor):
                actor = re.sub(rf"^{_NOT_NAMES.pattern}\s*", "", actor).strip()
                if not actor or not re.match(_UP, actor):
                    continue
            if shape_index == 0:
                named = _known(actor, full_names)
                pair = (named, match["character"].strip()) if named else None
            else:
                pair = _parenthesised(match, sentence, full_names)
            if pair and not _NOT_NAMES.match(pair[1]):
                found.append((pair[0], pair[1].rstrip(".'")))
                taken.append((match.start(), match.end()))
    return found


def full_names(sentences: Iterable[str]) -> dict[str, str]:
    """Surname to full name, for every two- or three-word capitalised name in the article."""
    names: dict[str, str] = {}
    for sentence in sentences:
        for match in re.finditer(rf"(?<![\w]){_TOKEN}(?:{_JOIN}{_TOKEN}){{1,2}}", sentence):
            name = match.group(0)
            if not _NOT_NAMES.match(name):
                names.setdefault(name.split()[-1], name)
    return names
