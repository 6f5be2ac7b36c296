"""Rules that derive a season's current status and best release estimate from what has been recorded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from .standing import Standing
from .vocabulary import Confidence, Status
from .windows import ReleaseWindow

if TYPE_CHECKING:
    from .models import ReleaseClaim, StatusChange

_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class Estimate:
    """The window a season is expected in, how sure that is, and who said it."""

    window: ReleaseWindow
    confidence: Confidence
    source: str = ""

    @property
    def text(self) -> str:
        return self.window.text

    def is_overdue(self, today: date, status: Status | None) -> bool:
        """A window that has passed while the season is still not out."""
        out = status is not None and (status.is_out or status is Status.CANCELLED)
        return self.window.has_passed(today) and not out


def _noted(moment: datetime | None) -> datetime:
    return (moment or _EPOCH).replace(tzinfo=None)


def current_status(history: Iterable[StatusChange]) -> StatusChange | None:
    """The change in force: the latest effective date, then the surer source, then the later record."""
    return max(
        history,
        key=lambda c: (c.since, -c.confidence.rank, _noted(c.recorded_at), c.id or 0),
        default=None,
    )


def _rank(claim: ReleaseClaim) -> tuple[bool, int, datetime, int]:
    believed = claim.standing is not Standing.DOUBTFUL
    return (believed, -claim.confidence.rank, _noted(claim.noted_at), claim.id or 0)


def best_estimate(claims: Iterable[ReleaseClaim]) -> Estimate | None:
    """The official claim if any, else the most confident and then the most recent one. A claim the user
    debunked never counts; one they doubt ranks below every claim not doubted, whatever its confidence."""
    counted = [c for c in claims if c.standing is not Standing.DEBUNKED]
    best = max(
        counted,
        key=lambda c: (
            c.standing is not Standing.DOUBTFUL,
            -c.confidence.rank,
            _noted(c.noted_at),
            c.id or 0,
        ),
        default=None,
    )
    if best is None:
        return None
    return Estimate(best.window, best.confidence, best.source)
