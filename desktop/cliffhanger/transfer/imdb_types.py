"""IMDb's `Title Type` values, in the languages IMDb exports in: which mean a series, a film or an episode.

An export is written in the language of the account's interface, so an Italian account writes "Film",
"Serie TV" and "Mini serie TV" where an English one writes "Movie", "TV Series" and "TV Mini Series".
The names below are IMDb's own labels for its title types in each language; a value not listed is still
told by its words ("serie", "film", "episod"...), so a new wording degrades to a guess, not to a skip.
Origins of the strings are noted in tests/fixtures/README.md.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from cliffhanger.domain.vocabulary import Kind

# fmt: off
SERIES = frozenset((
    # English: the 2017-2023 ids, the 2024 labels and the pre-2017 labels
    "tvseries", "tvminiseries", "tv series", "tv mini series", "tv mini-series", "mini-series",
    # German
    "tv-serie", "tv-miniserie", "fernsehserie", "miniserie",
    # French
    "série tv", "mini-série tv", "série télévisée", "mini-série",
    # Spanish
    "serie de tv", "miniserie de tv", "serie de televisión",
    # Italian (a 2024 export of an Italian account)
    "serie tv", "mini serie tv", "miniserie tv",
    # Portuguese
    "série de tv", "minissérie de tv", "minissérie", "série",
))
FILMS = frozenset((
    "movie", "feature film", "tv movie", "tvmovie", "documentary", "video", "short", "tvshort",
    "tv short", "tvspecial", "tv special", "short film",
    "film", "fernsehfilm", "tv-film", "kurzfilm", "tv-special",
    "téléfilm", "court métrage", "court-métrage", "vidéo", "spécial tv",
    "película", "película de tv", "cortometraje", "especial de tv",
    "film tv", "cortometraggio", "speciale tv",
    "filme", "filme para tv", "filme de tv", "curta-metragem", "curta",
))
EPISODES = frozenset((
    "tvepisode", "tv episode", "episode", "tv-episode", "épisode tv", "episodio de tv", "episodio tv",
    "episódio de tv", "folge",
))
# fmt: on
_EPISODE_WORDS = re.compile(r"episod|folge")
_SERIES_WORDS = re.compile(r"seri|staffel|temporad|saison")
_FILM_WORDS = re.compile(r"film|movie|pel[ií]cula|court|corto|curta|video|v[ií]deo|special|especial")


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def is_episode(text: str) -> bool:
    key = _key(text)
    return key in EPISODES or (key not in SERIES | FILMS and bool(_EPISODE_WORDS.search(key)))


@functools.lru_cache(maxsize=512)  # an export names a handful of types, thousands of times
def kind_of(text: str) -> Kind | None:
    """The kind a Title Type names, or None for episodes, video games and anything unknown."""
    key = _key(text)
    if key in SERIES:
        return Kind.SERIES
    if key in FILMS:
        return Kind.FILM
    if not key or _EPISODE_WORDS.search(key) or "game" in key or "gioco" in key or "spiel" in key:
        return None
    if _SERIES_WORDS.search(key):
        return Kind.SERIES
    if _FILM_WORDS.search(key):
        return Kind.FILM
    return None
