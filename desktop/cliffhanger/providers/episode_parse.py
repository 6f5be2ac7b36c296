"""Reading episode lists from TVmaze (`_embedded.episodes`) and TMDB (season details) into domain episodes.

TVmaze gives the local air date and time and the instant (`airstamp`, with an offset); when the instant is
missing but the date, time and network's zone are known, the instant is worked out in that zone, so the
hour is right on both sides of a daylight-saving change. TMDB gives a date only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.episodes import Episode
from .fields import Fields


def tvmaze_episodes(items: list[Fields], source: str, zone_name: str = "") -> list[Episode]:
    """Numbered episodes of numbered seasons (specials without a number are left out)."""
    episodes = []
    for item in items:
        season, number = item.integer("season"), item.integer("number")
        if season is None or number is None or season < 1 or number < 1:
            continue
        airdate = item.day("airdate")
        airstamp = _stamp(item.text("airstamp")) or _local(airdate, item.text("airtime"), zone_name)
        episodes.append(
            Episode(
                season=season,
                number=number,
                title=item.text("name"),
                airdate=airdate,
                airstamp=airstamp,
                runtime=_positive(item.integer("runtime")),
                source=source,
            )
        )
    return _unique(episodes)


def tmdb_episodes(season: Fields, source: str) -> list[Episode]:
    """The episodes of one TMDB season-details answer."""
    episodes = []
    for item in season.children("episodes"):
        number = item.integer("episode_number")
        season_number = item.integer("season_number") or season.integer("season_number")
        if season_number is None or number is None or season_number < 1 or number < 1:
            continue
        episodes.append(
            Episode(
                season=season_number,
                number=number,
                title=item.text("name"),
                airdate=item.day("air_date"),
                runtime=_positive(item.integer("runtime")),
                source=source,
            )
        )
    return _unique(episodes)


def _unique(episodes: list[Episode]) -> list[Episode]:
    """One episode per (season, number): a catalogue listing one twice keeps its first."""
    seen: dict[tuple[int, int], Episode] = {}
    for episode in episodes:
        seen.setdefault((episode.season, episode.number), episode)
    return sorted(seen.values(), key=lambda e: (e.season, e.number))


def _positive(value: int | None) -> int | None:
    return value if value is not None and value > 0 else None


def _stamp(text: str) -> datetime | None:
    """An ISO-8601 instant with its offset, in UTC; one without an offset is not trusted."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _local(day: date | None, airtime: str, zone_name: str) -> datetime | None:
    """The instant of a local air date and "HH:MM" in the network's IANA zone, when all three are known."""
    if day is None or not airtime or not zone_name:
        return None
    try:
        clock = time.fromisoformat(airtime)
        zone = ZoneInfo(zone_name)
    except (ValueError, ZoneInfoNotFoundError):
        return None
    return datetime.combine(day, clock).replace(tzinfo=zone, fold=0).astimezone(UTC)
