"""Person names in articles: what a name token looks like, which capitalised runs are not people, and the
article's full names by first or last name ("Maines" is the "Nicole Maines" written earlier)."""

from __future__ import annotations

import re
from collections.abc import Iterable

UP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]"  # with "Ō" of "Aguri Ōnishi"
_INNER_APOSTROPHE = rf"(?:'{UP}[\w.-]*|'(?!(?:s|ll|re|ve|d|t|m)\b)[a-z]+)"  # "O'Neil", "La'an", not "she'll"
TOKEN = rf"(?:(?:(?:al|el|d|l|O)')?{UP}[\w.-]*{_INNER_APOSTROPHE}?|(?:al|el|d)'{UP}[\w.-]*)"
JOIN = r"(?:\s+(?:de|da|di|van|von|der|del|du|le|la|bin|al|St\.)\s+|\s+)"
FULL = rf"(?:{TOKEN})(?:{JOIN}(?:{TOKEN})){{1,3}}"
_FUNCTION = (
    r"The|A|An|Season|Series|Netflix|HBO|Apple|Disney|Amazon|Hulu|In|On|At|But|And|Also|As|When|While|Meanwhile"
    r"|According|Image|Photo|Credit|Related|Read|Watch|Episode|Part|Chapter|Sources?|Fans|It|This|That|Her|His|Its"
    r"|Their|Cast|Stars?|Starring|Actor|Actress|Alum|Creator|Director|Showrunner|Producer|Namely|With|From|For|After|Before"
    r"|Returning|Joining|New|Newcomer|Veteran|Plus|Like|Per|Via|So|Then|If|Now|Here|There|What|Who|Why|How|Where"
    r"|Yes|No|Both|Alongside|Including|Featuring|Opposite"
)
_RANKS = (
    r"President|Chief|Agent|Special|Brilliant|Former|Young|Old|Dr|Mr|Mrs|Ms|Coach|Deputy|Captain|Detective"
    r"|Capt|Lt|Sgt|Det|Cmdr|Prof"
)
NOT_NAMES = re.compile(rf"^(?:{_FUNCTION}|{_RANKS})(?![\w'-])\.?")  # "Young" but not "Young-Ah Kim"
_SENTENCE_WORDS = re.compile(rf"^(?:(?:{_FUNCTION})(?![\w'-])\.?\s+)+")
_BODIES = re.compile(
    r"\b(?:Television|Association|Awards?|Academy|Studios?|University|School|Network|Channel|Festival|Press|Tour"
    r"|Company|Entertainment|Pictures|Productions|Records|Magazine|News|Times|Post|Club|Group|Media|Films?|Show"
    r"|Series|Season|Drama|Comedy|Thriller|Movie|Universe|Netflix|HBO|Hulu|Disney|Marvel|Apple|Amazon|Cinematic"
    r"|White House|Office|Department|Agency|FBI|CIA|Emmys|Emmy Awards?|Oscars|Golden Globes?|Grammys"
    r"|BAFTAs?|Korea|Japan|China|Taiwan|Australia|Canada|Ireland|Scotland|England|Wales|France|Germany|Spain"
    r"|Italy|Mexico|Brazil|Kingdom|States|Zealand|Africa|Seoul|Tokyo|London)\b"
)
_LEADING = re.compile(rf"^(?:{NOT_NAMES.pattern[1:]}\s+)+")


def strip_leading(name: str) -> str:
    """A person's name without the words before it: "While Agent Nia Sondaya" -> "Nia Sondaya"."""
    return _LEADING.sub("", name).strip()


def strip_sentence_words(name: str) -> str:
    """A character's name without the sentence's words before it, ranks kept: "While President Kirkman"."""
    return _SENTENCE_WORDS.sub("", name).strip()


def person(name: str, names: dict[str, str]) -> str | None:
    """The actor's full name: as written when it has two words or more, else the one the article gave."""
    name = strip_leading(name)
    if not name or NOT_NAMES.match(name) or not re.match(UP, name) or _BODIES.search(name):
        return None
    return name if " " in name else names.get(name)


_ONE = rf"(?<![\w'-])(?P<one>{UP}[a-zà-ÿ]{{3,}})(?![\w'-])"
_ACTS_AFTER = re.compile(
    rf"{_ONE}(?:,\s+who\s+(?:plays|portrays|stars as|voices)\s+{UP}"
    rf"|\s+(?:will\s+(?:return\s+to\s+)?|returns\s+to\s+)?(?:star|stars|play|plays|portray|portrays)"
    rf"\s+(?:as\s+)?(?:(?:the\s+)?(?:main|lead|title)\s+(?:character|role)\s+(?:of\s+)?)?{UP})"
)  # "Zendaya, who plays Rue"; "Zendaya will return to star as main character Rue"
_LISTED = re.compile(
    rf"(?:^|(?<=,\s)|(?<=include\s)|(?<=includes\s)){_ONE}(?=(?:,\s+(?:and\s+)?{FULL}){{2,}})"
)


def _mononyms(sentences: list[str], names: dict[str, str]) -> set[str]:
    """People known by one name ("Zendaya"): written acting, or listed among people named in full, and never
    cast as a character ("Nikki Rodriguez as Jackie")."""
    found = set()
    for sentence in sentences:
        for match in (*_ACTS_AFTER.finditer(sentence), *_LISTED.finditer(sentence)):
            one = match["one"]
            if one not in names and not NOT_NAMES.match(one) and not _BODIES.search(one):
                found.add(one)
    text = "\n".join(sentences)
    return {
        one
        for one in found
        if not re.search(rf"\b(?:as|plays|playing|played|character)\s+{one}\b|\b{FULL}\s+\({one}\)", text)
    }


class Names(dict[str, str]):
    """First or last name to full name, and the surnames the article also writes alone ("Underwood will be
    back"), which mark their full names as people rather than titles."""

    def __init__(self, names: dict[str, str], alone: set[str]) -> None:
        super().__init__(names)
        self.alone = alone


def full_names(sentences: Iterable[str]) -> Names:
    """First or last name to the full name the article writes most, for every name of two or three words; a
    word that is one name's surname and another's first name stands for the surname's."""
    sentences = list(sentences)
    seen: dict[str, dict[str, int]] = {}
    for sentence in sentences:
        for match in re.finditer(rf"(?<![\w]){FULL}", sentence):
            name = re.sub(r"(?<=\w\w)\.$", "", strip_leading(match.group(0)))
            if (
                " " not in name
                or NOT_NAMES.match(name)
                or len(name.split()) > 3
                or _BODIES.search(name)
                or re.match(r"[A-Z]{3,}-[a-z]", name)  # "PDSA-sufferer Amy" is a description
            ):
                continue
            for key in {name.split()[0], name.split()[-1]}:
                counts = seen.setdefault(key, {})
                counts[name] = counts.get(name, 0) + 1
    names = {
        key: max(counts, key=lambda n: (n.split()[-1] == key, counts[n], -len(n)))
        for key, counts in seen.items()
    }  # "West" alone is Dominic West, not the first word of "The West Wing"
    surnames = {full.split()[-1]: full.split()[0] for full in names.values()}
    names.update({one: one for one in _mononyms(sentences, names)})
    alone = {
        last
        for last, first in surnames.items()
        for sentence in sentences
        if re.search(rf"(?<!{re.escape(first)} ){re.escape(last)}\b(?!')", sentence)
        and not re.search(rf"\b{re.escape(first)} {re.escape(last)}\b", sentence)
    }
    return Names(names, alone)
