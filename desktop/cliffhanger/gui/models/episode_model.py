"""The episodes of one season as a checkable list: a tick is the watched mark.

Ticking or unticking a row does not write anything itself: it emits `toggled`, and the owner writes the
mark and hands the model the title as stored (`set_episodes`), so the list always shows the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from cliffhanger.domain.episodes import Episode
from cliffhanger.i18n import translate

from ..locale_text import moment_text, short_day_text

Index = QModelIndex | QPersistentModelIndex
EPISODE_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(episode: Episode) -> str:
    """ "14 Mar 2027, 21:00" in this computer's zone when the instant is known; "no date yet" otherwise."""
    if episode.airstamp is not None:
        return moment_text(episode.airstamp)
    if episode.airdate is not None:
        return short_day_text(episode.airdate)
    return translate("EpisodeModel", "no date yet")


def _not_watched() -> str:
    return translate("EpisodeModel", "not watched")


def _tooltip(episode: Episode) -> str:
    """ "S02E03, 52 min, watched 5 Mar 2027"."""
    if episode.watched_at is not None:
        seen = translate("EpisodeModel", "watched %1").replace(
            "%1", short_day_text(episode.watched_at.date())
        )
    else:
        seen = _not_watched()
    length = translate("EpisodeModel", "%1 min").replace("%1", str(episode.runtime))
    return f"{episode.code}, {length}, {seen}" if episode.runtime else f"{episode.code}, {seen}"


class EpisodeListModel(QAbstractListModel):
    """One row per episode, in order; `EPISODE_ROLE` gives the `Episode`.

    Signals:
        toggled(object, bool): the (season, number) pairs the user ticked (True) or unticked (False).
    """

    toggled = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.episodes: list[Episode] = []

    def set_episodes(self, episodes: Sequence[Episode]) -> None:
        self.beginResetModel()
        self.episodes = sorted(episodes, key=lambda e: (e.season, e.number))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.episodes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.episodes):
            return None
        episode = self.episodes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = f" · {episode.title}" if episode.title else ""
            return f"{episode.number}{name} — {when_text(episode)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if episode.watched else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(episode)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = translate("EpisodeModel", "watched") if episode.watched else _not_watched()
            said = translate("EpisodeModel", "Episode %1 %2, %3, %4").replace("%1", str(episode.number))
            return said.replace("%2", episode.title).replace("%3", when_text(episode)).replace("%4", state)
        if role == EPISODE_ROLE:
            return episode
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return enabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        episode = self.episodes[index.row()]
        watched = Qt.CheckState(value) == Qt.CheckState.Checked
        if watched == episode.watched:
            return False
        self.toggled.emit([(episode.season, episode.number)], watched)
        return True

    def upto(self, row: int) -> list[tuple[int, int]]:
        """The episodes of this list up to and including `row`."""
        return [(e.season, e.number) for e in self.episodes[: row + 1]]

    def everything(self) -> list[tuple[int, int]]:
        return [(e.season, e.number) for e in self.episodes]

    def row_of_next_unwatched(self) -> int:
        return next((i for i, e in enumerate(self.episodes) if not e.watched), max(len(self.episodes) - 1, 0))
