"""Catalogue summaries arrive as HTML; this turns them into plain text that is safe to store and show."""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_CHARS = 4000
_SKIPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head"})
_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
)


class _TextCollector(HTMLParser):
    """Collects character data outside skipped elements; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _clip(html: str, limit: int) -> str:
    """At most `limit` characters, without a tag left open at the cut."""
    if len(html) <= limit:
        return html
    clipped = html[:limit]
    return clipped[: clipped.rfind("<")] if clipped.rfind("<") > clipped.rfind(">") else clipped


def html_to_text(html: object, *, max_chars: int = MAX_CHARS) -> str:
    """Plain text from an HTML fragment: tags stripped, entities decoded, script and style dropped,
    whitespace collapsed (paragraphs kept as single blank-free line breaks) and length capped."""
    if not isinstance(html, str) or not html:
        return ""
    collector = _TextCollector()
    collector.feed(_clip(html, max_chars * 20))
    collector.close()
    text = "".join(collector.parts).replace("\x00", "")
    text = re.sub(r"[^\S\n]+", " ", text)
    lines = (line.strip() for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    text = "".join(ch for ch in text if ch == "\n" or ch.isprintable())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text
