"""Where a recorded fact came from, which decides whether it is news to the user.

A catalogue refresh, a news source or the command line with `--announce` bring news: the user did not know
it yet. What the user typed is not echoed back to them. What an import, a restore or a new catalogue link
brings is the baseline the next news is measured against.
"""

from __future__ import annotations

from enum import StrEnum


class Origin(StrEnum):
    """How a status change or release claim reached the watchlist."""

    TYPED = "typed"  # the app's dialogs, or the command line without --announce
    ANNOUNCED = "announced"  # the command line with --announce
    REFRESH = "refresh"  # a catalogue refresh found it
    NEWS = "news"  # an article or feed reported it
    IMPORT = "import"  # brought by an import from another app
    RESTORE = "restore"  # brought back from a backup
    LINK = "link"  # what a catalogue said when the title was added from it or first linked to it
    LEGACY = "legacy"  # recorded before origins were kept; judged by the alert baseline alone

    @property
    def is_news(self) -> bool:
        """Facts of this origin are announced (when recorded after the title's alert baseline)."""
        return self in NEWS_ORIGINS


NEWS_ORIGINS = frozenset({Origin.ANNOUNCED, Origin.REFRESH, Origin.NEWS, Origin.LEGACY})


def parse_origin(text: str | None) -> Origin:
    """The origin stored as `text`; anything unknown (a newer version's word) counts as legacy."""
    try:
        return Origin(text or Origin.LEGACY)
    except ValueError:
        return Origin.LEGACY
