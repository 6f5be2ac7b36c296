"""Article text: HTML reduced to paragraphs, paragraphs cut into sentences, and the headline found."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "title"}
_SKIPPED = {"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "figure"}
_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ABBREVIATIONS |= {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "vol", "ep", "eps", "approx", "est"}
_ABBREVIATIONS |= {"lt", "capt", "sgt", "det", "gen", "col", "cmdr", "prof", "gov", "sen", "rep"}


class _TextOf(HTMLParser):
    """Collects the visible text of a page, a line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:html|body|p|div|article|h1|br)\b", text[:5000], re.IGNORECASE))


def plain_text(text: str) -> str:
    """The article as plain text: HTML tags dropped, entities decoded, one paragraph per line."""
    if looks_like_html(text):
        parser = _TextOf()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(text)
    text = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", " - ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(_DATELINE.sub("", line) for line in _joined(line for line in lines if line))


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.']{4,}|[A-Z][A-Z.']+(?: [A-Z][A-Z.']+){1,3}),?\s*(?:\([^)]{1,30}\)\s*)?(?:-+|–|—)\s*"
    r"(?=[A-Z\"'])"
)
# "LOS ANGELES- FOX's Prodigal Son debuted", "SEOUL (Reuters) - ..."
_CONTINUES = re.compile(r"^(?:[a-z]|[,;:)])")
_ENDED = re.compile(r"[.!?:\"')\]]$")


def _joined(lines: Iterator[str]) -> list[str]:
    """Lines with the pieces of a sentence a page broke at its links joined again ("fans of Attack on Titan"
    / ", as the series' site" / "announced a second season")."""
    kept: list[str] = []
    for line in lines:
        if kept and _CONTINUES.match(line) and not _ENDED.search(kept[-1]):
            kept[-1] = kept[-1] + ("" if line[0] in ",;:)" else " ") + line
        else:
            kept.append(line)
    return kept


_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


_CLOCK = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_OPENER = re.compile(r"(?:The|A|An|It|This|That|These|They|He|She|We|In|On|Meanwhile|However)\b")


def _is_abbreviation(before: str) -> bool:
    word = re.search(r"(\S+)\.$", before)
    if not word:
        return False
    token = word.group(1).lower().lstrip("(\"'")
    return token in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", token))


def sentences(paragraph: str) -> list[str]:
    """Cut one paragraph into sentences, keeping "Oct. 15", "C.J. Box" and "U.S." whole."""
    found: list[str] = []
    start = 0
    for match in _END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip("\"')]")
        if _is_abbreviation(before) and not (_CLOCK.search(before) and _OPENER.match(paragraph, match.end())):
            continue  # "at 1:30 a.m. The staff will ..." ends there
        closing = re.match(r"[\"')\]]*", paragraph[match.start() :])
        found.append(paragraph[start : match.start() + (closing.end() if closing else 0)].strip())
        start = match.end()
    found.append(paragraph[start:].strip())
    return [s for s in found if s]


_CLAUSE = re.compile(
    r",\s+(?:largely |mainly |partly |especially |even )?"
    r"(?:because|as|since|while|although|though|but|so|given|with|and|if)\b"
    r"|,\s+(?=which\b|who\b|(?:will|would|is|are|was|has|have)\b)|;|\s--?\s"
)


def clause_span(sentence: str, position: int) -> tuple[int, int]:
    """Where the clause holding `position` starts and ends ("..., because ..." begins another)."""
    start = 0
    for match in _CLAUSE.finditer(sentence):
        if match.start() >= position:
            return start, match.start()
        start = match.end()
    return start, len(sentence)


def article_paragraphs(text: str) -> list[list[str]]:
    """The article's paragraphs as lists of sentences; the first line (the headline) is the first one."""
    return [found for line in plain_text(text).split("\n") if (found := sentences(line))]


def article_sentences(text: str) -> list[str]:
    """Every sentence of an article in order; the headline is its first sentence."""
    return [s for paragraph in article_paragraphs(text) for s in paragraph]


PROMO = re.compile(
    r"\b(?:teasers?|trailers?|videos?|clips?|promos?|posters?|first look|featurettes?|sneak peeks?|photos?"
    r"|images?|stills|key visuals?)\b"
)  # what else premieres or drops: the season's marketing (lower case: "Prime Video" is a streamer)

_META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "og:published_time")


def page_details(text: str) -> tuple[str, str]:
    """The publication date (ISO text, possibly with a time) and the site's name that an HTML page's meta
    tags give, or empty strings."""
    published, site = "", ""
    for tag in _META.findall(text[:200_000]):
        attrs = {k.lower(): (v1 or v2) for k, v1, v2 in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_KEYS and not published:
            published = attrs.get("content", "")
        elif key in ("og:site_name", "application-name") and not site:
            site = html.unescape(attrs.get("content", "")).strip()
    if not published:
        found = re.search(r"<time[^>]*\sdatetime=[\"']([^\"']+)", text[:200_000], re.IGNORECASE)
        published = found.group(1) if found else ""
    return published, site
