"""Which episodes a watched mark means: one episode, every episode up to one, a season, or the whole show."""

from __future__ import annotations

from collections.abc import Sequence

from .episodes import Episode
from .models import Title
from .vocabulary import Kind


class EpisodeChoiceError(ValueError):
    """The season or episode named does not exist for the title (or the title has no episodes)."""


def chosen_episodes(
    title: Title, *, season: int | None = None, episode: int | None = None, up_to: bool = False
) -> list[Episode]:
    """The episodes a mark applies to; raises `EpisodeChoiceError` for a season or episode not listed.

    With `up_to`, the episode named and every one before it (earlier seasons included) are chosen.
    """
    if title.kind is Kind.FILM:
        raise EpisodeChoiceError(f"{title.name} is a film; it has no episodes")
    every = list(title.episodes)
    if episode is not None and season is None:
        raise EpisodeChoiceError("name the season of the episode (--season N)")
    if season is None:
        if not every:
            raise EpisodeChoiceError(f"no episodes of {title.name} are known yet")
        return every
    listed = title.season(season)
    if listed is None or not listed.episodes:
        known = ", ".join(str(s.number) for s in title.seasons if s.episodes) or "none"
        raise EpisodeChoiceError(f"{title.name} has no season {season} with episodes (seasons: {known})")
    if episode is None:
        return sorted(listed.episodes, key=lambda e: e.number)
    target = listed.episode(episode)
    if target is None:
        numbers = sorted(e.number for e in listed.episodes)
        raise EpisodeChoiceError(
            f"season {season} of {title.name} has no episode {episode} (episodes {numbers[0]}-{numbers[-1]})"
        )
    if not up_to:
        return [target]
    return [e for e in every if (e.season, e.number) <= (target.season, target.number)]


def keys(episodes: Sequence[Episode]) -> list[tuple[int, int]]:
    return [(e.season, e.number) for e in episodes]
