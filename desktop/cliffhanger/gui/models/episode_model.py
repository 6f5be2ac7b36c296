"""The episodes of one season as a checkable list: a tick is the watched mark.

Ticking or unticking a row does not write anything itself: it emits `toggled`, and the owner writes the
mark and hands the model the title as stored (`set_episodes`), so the list always shows the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from cliffhanger.domain.episodes import Episode

Index = QModelIndex | QPersistentModelIndex
EPISODE_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(episode: Episode) -> str:
    """ "14 Mar 2027, 21:00" in this computer's zone when the instant is known; "no date yet" otherwise."""
    if episode.airstamp is not None:
        local = episode.airstamp.astimezone()
        return f"{local.day} {local:%b %Y, %H:%M}"
    if episode.airdate is not None:
        return f"{episode.airdate.day} {episode.airdate:%b %Y}"
    return "no date yet"


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
            seen = f"watched {episode.watched_at:%d %b %Y}" if episode.watched_at else "not watched"
            runtime = f", {episode.runtime} min" if episode.runtime else ""
            return f"{episode.code}{runtime}, {seen}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "watched" if episode.watched else "not watched"
            return f"Episode {episode.number} {episode.title}, {when_text(episode)}, {state}"
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
