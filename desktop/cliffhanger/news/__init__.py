"""The news desk: reads an entertainment-news article and proposes the facts it states, with their sources.

Qt-free and standard library only: no network and no models. `extract` is the one entry point; the rules
live one fact kind per module (statuses, claims, cast, networks), over sentences from `text`. The rules (a
few thousand compiled patterns) are imported when `extract` is first looked up, not with the facts' types,
so the app starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import CastFact, ClaimFact, Evidence, Extraction, StatusFact, TitleMatch

if TYPE_CHECKING:
    from .article import extract


def __getattr__(name: str) -> object:
    if name == "extract":
        from .article import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CastFact", "ClaimFact", "Evidence", "Extraction", "StatusFact", "TitleMatch", "extract"]
