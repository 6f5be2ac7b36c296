"""Plain-text rendering of titles for the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cliffhanger.domain.episodes import release_pattern
from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.summary import TitleSummary


def day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def heading(title: Title) -> str:
    year = f" ({title.year})" if title.year else ""
    focus = title.focus
    season = f", season {focus.number}" if focus and focus.number is not None else ""
    return f"{title.name}{year}{season}"


def expected(estimate: Estimate | None, season: Season, today: date) -> str:
    if estimate is None:
        return "no date yet"
    overdue = " — overdue" if estimate.is_overdue(today, season.status) else ""
    return f"{estimate.text} ({estimate.confidence.value}){overdue}"


def _when(summary: TitleSummary, today: date) -> str:
    estimate = summary.estimate
    if estimate is None:
        return "no date yet"
    overdue = " — overdue" if summary.is_overdue(today) else ""
    return f"{estimate.text} ({estimate.confidence.value}){overdue}"


def table(
    titles: list[TitleSummary], today: date, episodes: Mapping[int, Mapping[str, Any]] | None = None
) -> str:
    """The watchlist, a line per title (from the read model); PROGRESS ("S2 · 3/8") shows for titles whose
    episodes are known."""
    if not titles:
        return 'The watchlist is empty. Add a show with: cliffhanger add "TITLE"'
    rows: list[tuple[str, ...]] = [("TITLE", "SEASON", "STATUS", "EXPECTED", "WATCH", "PROGRESS")]
    for summary in titles:
        status = summary.status.label if summary.status else "—"
        number = "" if not summary.has_focus else "film" if summary.season is None else str(summary.season)
        done = (episodes or {}).get(summary.id, {}).get("progress")
        when, watch = _when(summary, today), summary.facts.watch.value
        rows.append((summary.name, number, status, when, watch, done.text if done else ""))
    if not any(row[-1] for row in rows[1:]):
        rows = [row[:-1] for row in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def _season_lines(season: Season, today: date) -> list[str]:
    status = season.status_change
    now = f"{status.status.label} since {day(status.since)}" if status else "no status recorded"
    lines = [f"{season.label}: {now}", f"  Expected: {expected(season.expected, season, today)}"]
    if season.history:
        lines.append("  Status history:")
        for change in season.history:
            source = f"  {change.source}" if change.source else ""
            lines.append(
                f"    {change.since.isoformat()}  {change.status.value:<16} {change.confidence.value}{source}"
            )
    if season.claims:
        lines.append("  Release claims:")
        for claim in season.claims:
            source = f"  {claim.source}" if claim.source else ""
            noted = f"  (noted {claim.noted_at:%Y-%m-%d})" if claim.noted_at else ""
            judged = f"  [{claim.standing.value}{': ' + claim.reason if claim.reason else ''}]"
            judged = judged if claim.standing.value != "open" else ""
            lines.append(f"    {claim.window.text:<20} {claim.confidence.value:<10}{source}{noted}{judged}")
    return lines


def _episode_line(season: Season) -> list[str]:
    """ "  Episodes: 8, all at once, 3 watched (cliffhanger episodes TITLE lists them)"."""
    if not season.episodes:
        return []
    pattern = release_pattern(season.episodes)
    seen = sum(e.watched for e in season.episodes)
    how = f", {pattern.label}" if pattern else ""
    return [f"  Episodes: {len(season.episodes)}{how}, {seen} watched"]


def details(title: Title, today: date) -> str:
    facts = [title.kind.value, title.network, f"watch: {title.watch.value}"]
    lines = [heading(title), "  " + " · ".join(f for f in facts if f)]
    if title.original_name:
        lines.append(f"  Original name: {title.original_name}")
    if title.overview:
        lines.append(f"  {title.overview}")
    for season in title.seasons:
        lines.extend(["", *_season_lines(season, today), *_episode_line(season)])
    if title.cast:
        lines.extend(["", "Cast:"])
        for credit in title.cast:
            role = f" as {credit.character}" if credit.character else ""
            scope = f" (season {credit.season})" if credit.season is not None else ""
            lines.append(f"  {credit.actor}{role}{scope}")
    if title.notes:
        lines.extend(["", f"Notes: {title.notes}"])
    return "\n".join(lines)
