"""Which title and season an article is about: watchlist names found (or nearly found) in the text.

Seasons are read in every usual shape: "Season 2", "season two", "second season", "S2", "third run",
"sophomore season", "2nd season".
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from cliffhanger.domain.matching import Named, fold

from .model import TitleMatch
from .patterns import any_of

_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_WORD = {w: i + 1 for i, w in enumerate(_NUMBERS)} | {w: i + 1 for i, w in enumerate(_ORDINALS)}
_WORD |= {"sophomore": 2, "debut": 1, "freshman": 1, "inaugural": 1, "final": 0}
_UNIT = r"(?:season|seasons|series|run|instalment|installment|outing|chapter)"
ORDINAL_WORD = "(?:" + "|".join(_ORDINALS) + ")"


def ordinal_number(word: str) -> int:
    """The number an ordinal word names: "third" is 3."""
    return _ORDINALS.index(word.lower()) + 1


SEASON = _SEASON = re.compile(
    rf"\b(?:seasons?|series)[- ](?P<n1>\d{{1,2}}|{'|'.join(_NUMBERS)})\b(?![.,:]\d)"
    rf"|\b(?P<w>{'|'.join(_ORDINALS)}|sophomore|debut|freshman|inaugural|\d{{1,2}}(?:st|nd|rd|th))"
    rf"(?: and (?:final|last))? {_UNIT}\b"
    r"|\bS(?P<n2>\d{1,2})(?:E\d{1,2})?\b"
    r"|(?<!make )(?<!made )(?<!makes )(?<!making )\b(?:its|their) (?P<w2>first|debut)\b"
    r"(?! (?:half|quarter|few|look|trailer|teaser|episode|time|image|photo))",
    re.IGNORECASE,
)
_CALENDAR = {d.casefold() for d in calendar.day_name} | {m.casefold() for m in calendar.month_name if m}
_COMMON = {"the", "and", "of", "a", "an", "in", "on", "to", "for", "season", "series", "show"}
FUZZY_ENOUGH = 0.86
CANDIDATE = 0.6


_COORDINATED = re.compile(
    rf"\b(?P<w>{'|'.join(_ORDINALS)}) (?:and|or) (?:a |an |the )?(?P<second>{'|'.join(_ORDINALS)})"
    r" (?:seasons?|series)\b",
    re.IGNORECASE,
)


def season_mentions(sentence: str) -> list[tuple[int, int]]:
    """Where each season number is named in the sentence, and the number, in order; "a third and a fourth
    season" names both."""
    found = []
    for match in _SEASON.finditer(sentence):
        if match["n2"] and not re.fullmatch(r"S\d+(?:E\d+)?", match.group(0)):
            continue
        raw = (match["n1"] or match["w"] or match["n2"] or match["w2"]).lower()
        number = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else _WORD.get(raw, 0)
        if number:
            found.append((match.start(), number))
    found += [(m.start("second"), _WORD[m["w"].lower()]) for m in _COORDINATED.finditer(sentence)]
    return sorted(found)


_ANCHOR_BEFORE = re.compile(
    r"\b(?:ahead of|in advance of|before|following|during|like|based on|as with|similar to|than"
    r"|(?:part ?way|midway|halfway) through(?: the airing of)?"
    r"|compared (?:to|with))\s+(?:the\s+(?:show's\s+|series'\s+)?|its\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)


def time_anchor(sentence: str, position: int) -> bool:
    """True when the season named at `position` only dates or compares something ("renewed in May ahead of
    the show's Season 1 finale", "based on the first season")."""
    return bool(_ANCHOR_BEFORE.search(sentence[:position]))


def strip_seasons(text: str) -> str:
    """The text without the season phrases it names."""
    return _SEASON.sub("", _COORDINATED.sub("", text))


def season_numbers(sentence: str) -> list[int]:
    """Every season number the sentence names, in order."""
    return [number for _, number in season_mentions(sentence)]


_LOOKS_BACK = re.compile(
    r"\S+(?: \S+)?\s+(?:cliffhangers?|finale|ending|recap|spoilers|twists?)\b", re.IGNORECASE
)  # "... dish on season 1 cliffhangers": the season before the one the article is about


def main_season(headline: str, body: Sequence[str]) -> int | None:
    """The season the article is about: the headline's, else the most mentioned (the later one on a tie)."""
    in_headline = [
        n
        for where, n in season_mentions(headline)
        if not time_anchor(headline, where) and not _LOOKS_BACK.match(headline, where)
    ]
    if in_headline:
        return max(in_headline)
    counts = Counter(
        n for sentence in body for where, n in season_mentions(sentence) if not time_anchor(sentence, where)
    )
    if not counts:
        return None
    best = max(counts.values())
    return max(n for n, c in counts.items() if c == best)


_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|around|across|outside|throughout)\s+$")
_INSIDE_A_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s$")


def name_positions(name: str, sentence: str) -> list[int]:
    """Where a title's name is written in the sentence, as a title is: capitalised, and a one-word name
    ("You", "See") not merely opening the sentence."""
    found = []
    for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", sentence, re.IGNORECASE):
        text = match.group(0)
        if not text[:1].isupper() and not text[:1].isdigit():
            continue
        after = sentence[match.end() :]
        titled = re.match(r"(?:'s|:| season| \(|\")", after) or (
            sentence[: match.start()].endswith('"') and re.match(r"[,.]?\"", after)
        )
        opening = not sentence[: match.start()].strip("\"'( ")
        if " " not in name and (opening or name.casefold() in _CALENDAR) and not titled:
            continue  # "You can..." or '"You thought..."' opens a sentence; "release Wednesday" is a day
        if " " not in name and not titled and _INSIDE_A_NAME.search(sentence[: match.start()]):
            continue  # "the United Kingdom" is no "Kingdom"
        if " " not in name and not titled and _PLACE_BEFORE.search(sentence[: match.start()]):
            continue  # "a lawyer new to Atlanta" is the city
        found.append(match.start())
    return found


def words_of(text: str) -> set[str]:
    """The folded words of a text, for a quick look before any regular expression or likeness."""
    return set(re.findall(r"[\w']+", fold(text)))


def _keys(name: str) -> set[str]:
    keys = {w for w in re.findall(r"[\w']+", fold(name)) if len(w) > 2 and w not in _COMMON}
    return keys or set(re.findall(r"[\w']+", fold(name)))


def named_in(titles: Sequence[Named], text: str) -> list[Named]:
    """The titles whose every word is in `text` (the only ones worth matching exactly)."""
    present = words_of(text)
    return [t for t in titles if set(re.findall(r"[\w']+", fold(t.name))) <= present]


def _fuzzy(name: str, text: str) -> tuple[float, int]:
    """The best likeness of `name` to any run of about as many words in `text`, and where that run starts."""
    wanted, target = len(fold(name).split()), fold(name)
    words = list(re.finditer(r"[\w'&+-]+", text))
    matcher = SequenceMatcher(None, b=target, autojunk=False)
    best, where = 0.0, -1
    for size in {max(1, wanted - 1), wanted, wanted + 1}:
        for i in range(len(words) - size + 1):
            matcher.set_seq1(fold(" ".join(w.group(0) for w in words[i : i + size])))
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            likeness = matcher.ratio()
            if likeness > best:
                best, where = likeness, words[i].start()
    return best, where


def _score(
    named: Named, sentences: Sequence[str], exact: bool, longer: Sequence[str] = ()
) -> tuple[float, float, int]:
    """(likeness, earliness in the headline, mentions) for one watchlist title; a mention inside a longer
    watchlist title ("Time" in "Wheel of Time") is that title's, not this one's."""
    headline = sentences[0] if sentences else ""
    count = sum(len(_own_positions(named.name, s, longer)) for s in sentences) if exact else 0
    in_headline = _own_positions(named.name, headline, longer) if exact else []
    if exact and longer and not count and not in_headline:
        return 0.0, -1000.0, 0  # written only inside the longer title
    in_headline = in_headline or (_bare_positions(named.name, headline) if exact else [])
    if in_headline:
        seasoned = [p for p in in_headline if _SUBJECT_AFTER.match(headline, p + len(named.name))]
        return 1.0, 1000.0 - seasoned[0] if seasoned else -in_headline[0], count
    likeness, where = _fuzzy(named.name, headline)
    if likeness >= FUZZY_ENOUGH and _SEASON_AFTER.match(headline, where + len(named.name)):
        return likeness, 1000.0 - where, count  # "... know about all of us are dead season 2", not "you"
    if likeness >= FUZZY_ENOUGH:
        return likeness, -where, count
    if count:
        return 1.0, -1000.0, count
    return likeness, -1000.0, 0


_SEASON_AFTER = re.compile(r"['\"]?(?:'s)?\s+(?:season|series|s\d)", re.IGNORECASE)


def _own_positions(name: str, sentence: str, longer: Sequence[str]) -> list[int]:
    bare = [re.escape(_ARTICLE.sub("", other)) for other in longer]
    spans = [(m.start(), m.end()) for other in bare for m in re.finditer(other, sentence, re.IGNORECASE)]
    return [p for p in name_positions(name, sentence) if not any(a <= p < b for a, b in spans)]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _bare_positions(name: str, headline: str) -> list[int]:
    """Where a title is written without its leading article ("'Wheel of Time' Season 2")."""
    bare = _ARTICLE.sub("", name)
    return name_positions(bare, headline) if bare != name and " " in bare else []


def _longer(named: Named, titles: Sequence[Named]) -> list[str]:
    own = fold(named.name)
    return [t.name for t in titles if own in fold(t.name) and own != fold(t.name)]


def match_watchlist(sentences: Sequence[str], titles: Sequence[Named]) -> TitleMatch | None:
    """The watchlist title the headline names first (else the one the text names most); a title only
    nearly named in the headline is proposed without an id, with the near misses as candidates. Only titles
    sharing a word with the article are looked at, so a long watchlist costs little."""
    text = " ".join(sentences)
    present = words_of(text)
    exact = {id(t) for t in named_in(titles, text)}
    near = [t for t in titles if id(t) in exact or _keys(t.name) & present]
    scored = [(_score(named, sentences, id(named) in exact, _longer(named, near)), named) for named in near]
    scored = [(score, named) for score, named in scored if score[0] >= CANDIDATE]
    if not scored:
        return None
    scored.sort(
        key=lambda item: (item[0][0] >= FUZZY_ENOUGH, item[0][1], item[0][2], item[0][0]), reverse=True
    )
    (likeness, _, _), top = scored[0]
    others = tuple(named.name for _, named in scored[1:6])
    if likeness < FUZZY_ENOUGH:
        return TitleMatch(top.name, None, likeness, (top.name, *others))
    return TitleMatch(top.name, top.id, likeness, others)


_HEADLINE_VERB = any_of(
    "Renewed",
    "Cancell?ed",
    "Adds",
    "Casts",
    "Wraps",
    "Finishes",
    "Begins",
    "Starts",
    "Sets",
    "Gets",
    "Is",
    "Will",
    "Has",
    "Returns",
    "Premiere",
    "Release",
    "Finally",
)
_SUBJECT_AFTER = re.compile(
    r"['\"]?(?:'s)?\s+(?:(?:[Ss]eason|[Ss]eries|S)\s?\d|[Ss]eason\b|(?:Is|Has Been|Gets|Will)\b)"
)  # the headline's subject: "Outer Banks Is Renewed", "'Wheel of Time' Season 2", not "Island Time:"
_HEADLINE_NAME = re.compile(
    rf"^(?:[A-Z]\w*:\s+)?(?P<name>.+?)(?:'s)?\s+"
    rf"(?:[Ss]eason|S\d|[Ss]eries \d|(?:[A-Z][a-z]+ )?{_HEADLINE_VERB})\b"
)


def guess_name(headline: str, sentences: Sequence[str]) -> str:
    """A title name from the text when the watchlist has none: the headline's subject, or a quoted name."""
    match = _HEADLINE_NAME.match(headline.strip("\"' "))
    if match:
        name = match["name"].strip(" \"'-:")
        if 0 < len(name) <= 60:
            return name
    quoted = Counter(
        q for s in sentences for q in re.findall(r'"([A-Z][^"]{1,50})"', s) if not q.endswith((".", ",", "!"))
    )
    return quoted.most_common(1)[0][0] if quoted else ""
