"""Calendar events for the episodes of a season that come out one by one (weekly, or in parts).

The season's release event already stands for its premiere (timed from the first episode's air instant);
each later drop is an event of its own: timed from the catalogue's air instant (the network's local time, so
a daylight-saving change does not shift it), or all-day when only the date is known. Episodes out together
are one event ("S1E04-E06"). Episodes that aired more than `KEEP_AIRED_DAYS` ago are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from cliffhanger.domain.calendar import EventSpec, uid
from cliffhanger.domain.episodes import Episode, drops
from cliffhanger.domain.models import Season, Title

KEEP_AIRED_DAYS = 30


def _label(title: Title, season: int, group: list[Episode]) -> str:
    first, last = group[0], group[-1]
    numbers = f"E{first.number:02d}" if first is last else f"E{first.number:02d}-E{last.number:02d}"
    names = f" · {first.title}" if first is last and first.title else ""
    return f"{title.name} S{season}{numbers}{names}"


def episode_specs(title: Title, season: Season, key: str, today: date) -> Iterator[EventSpec]:
    """One event per drop after the first, for a season whose episodes come out on several days."""
    if season.number is None:
        return
    groups = drops(season.episodes)
    for day, group in groups[1:]:
        if day < today - timedelta(days=KEEP_AIRED_DAYS):
            continue
        first = group[0]
        spec_start: date | datetime
        spec_end: date | datetime
        if first.airstamp is not None:
            start = first.airstamp.astimezone(UTC)
            end = start + timedelta(minutes=sum(e.runtime or 60 for e in group))
            spec_start, spec_end = start, end
        else:
            spec_start, spec_end = day, day + timedelta(days=1)
        yield EventSpec(
            uid=uid(key, season.number, f"episode-{first.number}"),
            summary=_label(title, season.number, group),
            description=", ".join(f"{e.code} {e.title}".strip() for e in group),
            start=spec_start,
            end=spec_end,
            tentative=False,
            title_id=title.id or 0,
        )
