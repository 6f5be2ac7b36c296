"""What the extractor proposes: facts with their evidence, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import ReleaseWindow

DOUBTFUL = "doubtful"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact came from and who said it ("TVLine via popculture.com, 24 April 2019")."""

    sentence: str
    source: str

    def as_dict(self) -> dict[str, str]:
        return {"sentence": self.sentence, "source": self.source}


@dataclass(frozen=True)
class StatusFact:
    """A production or release status and the day it took effect (`precision` says how sure the day is)."""

    status: Status
    since: date
    precision: str
    confidence: Confidence
    evidence: Evidence

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "since": self.since.isoformat(),
            "precision": self.precision,
            "confidence": self.confidence.value,
            "evidence": self.evidence.as_dict(),
        }


@dataclass(frozen=True)
class ClaimFact:
    """A statement of when the season comes out; `standing` is "doubtful" when the article doubts it."""

    window: ReleaseWindow
    confidence: Confidence
    evidence: Evidence
    standing: str = ""
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.window.text,
            "earliest": self.window.earliest.isoformat(),
            "latest": self.window.latest.isoformat(),
            "confidence": self.confidence.value,
            "standing": self.standing or None,
            "reason": self.reason or None,
            "evidence": self.evidence.as_dict(),
        }


@dataclass(frozen=True)
class CastFact:
    """An actor named in the article, with the character they play when it says."""

    actor: str
    character: str
    evidence: Evidence

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "character": self.character or None, "evidence": self.evidence.as_dict()}


@dataclass(frozen=True)
class TitleMatch:
    """The title an article is about: a watchlist title (`title_id`) or a name read from the text."""

    name: str
    title_id: int | None = None
    score: float = 0.0
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything proposed from one article."""

    title: TitleMatch | None
    season: int | None
    network: str
    statuses: tuple[StatusFact, ...] = ()
    claims: tuple[ClaimFact, ...] = ()
    cast: tuple[CastFact, ...] = ()
    source: str = ""
    published: date | None = None
    notes: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `cliffhanger news --json`."""
        title = self.title
        return {
            "title": title.name if title else None,
            "title_id": title.title_id if title else None,
            "candidates": list(title.candidates) if title else [],
            "season": self.season,
            "network": self.network or None,
            "statuses": [s.as_dict() for s in self.statuses],
            "claims": [c.as_dict() for c in self.claims],
            "cast": [c.as_dict() for c in self.cast],
        }
