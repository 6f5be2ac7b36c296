"""Plain JSON-ready views of titles, as printed by `cliffhanger show --json` and `list --json`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .episodes import Episode, Progress, release_pattern
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
        "standing": claim.standing.value,
        "reason": claim.reason,
    }


def episode_view(episode: Episode) -> dict[str, Any]:
    return {
        "number": episode.number,
        "title": episode.title,
        "airdate": episode.airdate.isoformat() if episode.airdate else None,
        "airstamp": episode.airstamp.isoformat() if episode.airstamp else None,
        "runtime": episode.runtime,
        "watched": episode.watched,
        "watched_at": episode.watched_at.isoformat() if episode.watched_at else None,
    }


def season_view(season: Season, today: date) -> dict[str, Any]:
    status = season.status
    ordered = sorted(season.episodes, key=lambda e: e.number)
    pattern = release_pattern(ordered)
    return {
        "number": season.number,
        "status": status.value if status else None,
        "status_history": [_change(c) for c in season.history],
        "expected": _estimate(season.expected, status, today),
        "claims": [_claim(c) for c in season.claims],
        "release_pattern": pattern.value if pattern else None,
        "episodes": [episode_view(e) for e in ordered],
    }


def episode_facts_view(facts: Mapping[str, Any] | None) -> dict[str, Any]:
    """The list's episode columns: the next episode to air and the season in progress ("S2 · 3/8")."""
    upcoming = facts.get("next_episode") if facts else None
    progress: Progress | None = facts.get("progress") if facts else None
    return {
        "next_episode": {**upcoming, "airdate": upcoming["airdate"].isoformat()} if upcoming else None,
        "progress": (
            {
                "season": progress.season,
                "watched": progress.watched,
                "total": progress.total,
                "text": progress.text,
            }
            if progress
            else None
        ),
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
