"""Which title and season an article is about: watchlist names found (or nearly found) in the text.

Seasons are read in every usual shape: "Season 2", "season two", "second season", "S2", "third run",
"sophomore season", "2nd season".
"""

from __future__ import annotations

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
_WORD |= {"sophomore": 2, "debut": 1, "final": 0}
_UNIT = r"(?:season|seasons|series|run|instalment|installment|outing|chapter)"
_SEASON = re.compile(
    rf"\bseason[- ](?P<n1>\d{{1,2}}|{'|'.join(_NUMBERS)})\b"
    rf"|\b(?P<w>{'|'.join(_ORDINALS)}|sophomore|\d{{1,2}}(?:st|nd|rd|th)) {_UNIT}\b"
    r"|\bS(?P<n2>\d{1,2})(?:E\d{1,2})?\b",
    re.IGNORECASE,
)
FUZZY_ENOUGH = 0.86
CANDIDATE = 0.6


def season_numbers(sentence: str) -> list[int]:
    """Every season number the sentence names, in order."""
    found = []
    for match in _SEASON.finditer(sentence):
        if match["n2"] and not re.fullmatch(r"S\d+(?:E\d+)?", match.group(0)):
            continue
        raw = (match["n1"] or match["w"] or match["n2"]).lower()
        number = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else _WORD.get(raw, 0)
        if number:
            found.append(number)
    return found


def main_season(headline: str, body: Sequence[str]) -> int | None:
    """The season the article is about: the headline's, else the most mentioned (the later one on a tie)."""
    in_headline = season_numbers(headline)
    if in_headline:
        return max(in_headline)
    counts = Counter(n for sentence in body for n in season_numbers(sentence))
    if not counts:
        return None
    best = max(counts.values())
    return max(n for n, c in counts.items() if c == best)


def _mentions(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w]){re.escape(fold(name))}(?![\w])", text))


def _fuzzy(name: str, text: str) -> float:
    """The best likeness of `name` to any run of as many words in `text`."""
    wanted = fold(name).split()
    words = re.findall(r"[\w'&:+-]+", text)
    best = 0.0
    for i in range(len(words) - len(wanted) + 1):
        chunk = " ".join(words[i : i + len(wanted)])
        best = max(best, SequenceMatcher(None, fold(name), chunk).ratio())
    return best


def match_watchlist(text: str, headline: str, titles: Sequence[Named]) -> TitleMatch | None:
    """The watchlist title the article names most (headline first); close names become candidates."""
    folded, head = fold(text), fold(headline)
    scored: list[tuple[float, int, Named]] = []
    for named in titles:
        count = _mentions(named.name, folded)
        if count:
            scored.append((1.0 + (1 if _mentions(named.name, head) else 0), count, named))
            continue
        likeness = _fuzzy(named.name, head + " " + " ".join(folded.split()[:400]))
        if likeness >= CANDIDATE:
            scored.append((likeness, 0, named))
    if not scored:
        return None
    scored.sort(key=lambda item: (item[0], item[1], len(item[2].name)), reverse=True)
    top_score, _, top = scored[0]
    close = tuple(n.name for s, _, n in scored[1:] if s >= top_score - 0.05 or s < FUZZY_ENOUGH)
    if top_score < FUZZY_ENOUGH:
        return TitleMatch(top.name, None, top_score, tuple(n.name for _, _, n in scored))
    return TitleMatch(top.name, top.id, min(top_score, 1.0), close)


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
