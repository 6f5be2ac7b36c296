"""Plain JSON-ready views of titles, as printed by `cliffhanger show --json` and `list --json`."""

from __future__ import annotations

from datetime import date
from typing import Any

from .estimate import Estimate
from .models import ReleaseClaim, Season, StatusChange, Title
from .summary import TitleSummary, summarise
from .vocabulary import Status


def _estimate(estimate: Estimate | None, status: Status | None, today: date) -> dict[str, Any] | None:
    if estimate is None:
        return None
    return {
        "text": estimate.text,
        "earliest": estimate.window.earliest.isoformat(),
        "latest": estimate.window.latest.isoformat(),
        "precision": estimate.window.precision.value,
        "confidence": estimate.confidence.value,
        "source": estimate.source,
        "overdue": estimate.is_overdue(today, status),
    }


def _change(change: StatusChange) -> dict[str, Any]:
    return {
        "status": change.status.value,
        "since": change.since.isoformat(),
        "source": change.source,
        "confidence": change.confidence.value,
        "recorded_at": change.recorded_at.isoformat() if change.recorded_at else None,
    }


def _claim(claim: ReleaseClaim) -> dict[str, Any]:
    return {
        "text": claim.window.text,
        "earliest": claim.window.earliest.isoformat(),
        "latest": claim.window.latest.isoformat(),
        "precision": claim.window.precision.value,
        "confidence": claim.confidence.value,
        "source": claim.source,
        "noted_at": claim.noted_at.isoformat() if claim.noted_at else None,
    }


def season_view(season: Season, today: date) -> dict[str, Any]:
    status = season.status
    return {
        "number": season.number,
        "status": status.value if status else None,
        "status_history": [_change(c) for c in season.history],
        "expected": _estimate(season.expected, status, today),
        "claims": [_claim(c) for c in season.claims],
    }


def title_view(title: Title, today: date) -> dict[str, Any]:
    """Everything known about a title."""
    return {
        "title": title.name,
        "kind": title.kind.value,
        "original_name": title.original_name,
        "year": title.year,
        "network": title.network,
        "watch": title.watch.value,
        "overview": title.overview,
        "notes": title.notes,
        "ids": title.ids.as_dict(),
        "seasons": [season_view(s, today) for s in title.seasons],
        "cast": [
            {"actor": c.actor, "character": c.character, "season": c.season, "order": c.order}
            for c in title.cast
        ],
    }


def summary_view(title: Title | TitleSummary, today: date) -> dict[str, Any]:
    """One line of the watchlist: the title and where its latest season stands."""
    summary = title if isinstance(title, TitleSummary) else summarise(title)
    facts, status = summary.facts, summary.status
    return {
        "title": facts.name,
        "kind": facts.kind.value,
        "year": facts.year,
        "network": facts.network,
        "watch": facts.watch.value,
        "season": summary.season,
        "status": status.value if status else None,
        "expected": _estimate(summary.estimate, status, today) if summary.has_focus else None,
    }
