"""The news desk: reads an entertainment-news article and proposes the facts it states, with their sources.

Qt-free and standard library only: no network and no models. `extract` is the one entry point; the rules
live one fact kind per module (statuses, claims, cast, networks), over sentences from `text`.
"""

from __future__ import annotations

from .article import extract
from .model import CastFact, ClaimFact, Evidence, Extraction, StatusFact, TitleMatch

__all__ = ["CastFact", "ClaimFact", "Evidence", "Extraction", "StatusFact", "TitleMatch", "extract"]
