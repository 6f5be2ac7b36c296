"""The detail pane's episode list: the shown season's episodes with air dates, ticked when watched.

A tick marks one episode; the buttons mark every episode up to the selected one, or the whole season, and
undo the season. Writes go through `mark(title_id, episodes, watched)`, which the window wires to the
watchlist controller (a background write); the pane then shows the title as stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from cliffhanger.domain.episodes import Episode, ReleasePattern, next_to_air, release_pattern
from cliffhanger.domain.models import Title
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.reminders.clock import utc_now

from .models.episode_model import EpisodeListModel, when_text
from .widgets.labels import plain_label

Mark = Callable[[int, Sequence[tuple[int, int]], bool], None]
VISIBLE_ROWS = 8
_PATTERNS = {
    ReleasePattern.ALL_AT_ONCE: QT_TRANSLATE_NOOP("EpisodesSection", "all at once"),
    ReleasePattern.WEEKLY: QT_TRANSLATE_NOOP("EpisodesSection", "weekly"),
    ReleasePattern.IN_PARTS: QT_TRANSLATE_NOOP("EpisodesSection", "in parts"),
}


def season_summary(episodes: Sequence[Episode]) -> str:
    """ "8 episodes · weekly · 3 watched · next: 4 on 14 Mar 2027, 21:00"."""
    pattern = release_pattern(episodes)
    count, watched = len(episodes), sum(e.watched for e in episodes)
    parts = [translate("EpisodesSection", "%n episode(s)", None, count)]
    if pattern is not None:
        parts.append(translate("EpisodesSection", _PATTERNS[pattern]))
    parts.append(translate("EpisodesSection", "%n watched", None, watched))
    coming = next_to_air(episodes, utc_now())
    if coming is not None:
        next_one = translate("EpisodesSection", "next: %1 on %2").replace("%1", str(coming.number))
        parts.append(next_one.replace("%2", when_text(coming)))
    return " · ".join(parts)


class EpisodesSection(QWidget):
    """Episodes of the season shown in the detail pane, with their watched marks."""

    def __init__(self, mark: Mark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        self.title: Title | None = None
        self.model = EpisodeListModel(self)
        self.model.toggled.connect(self._toggled)
        self.summary = plain_label("", "subtle", wrap=True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(translate("EpisodesSection", "Episodes"))
        self.up_to = QPushButton(translate("EpisodesSection", "Up to here"))
        self.up_to.setToolTip(
            translate("EpisodesSection", "Mark the selected episode and every one before it as watched")
        )
        self.season_on = QPushButton(translate("EpisodesSection", "Whole season"))
        self.season_on.setToolTip(
            translate("EpisodesSection", "Mark every episode of this season as watched")
        )
        self.season_off = QPushButton(translate("EpisodesSection", "Clear"))
        self.season_off.setToolTip(
            translate("EpisodesSection", "Mark every episode of this season as not watched")
        )
        self.up_to.clicked.connect(self._watch_up_to)
        self.season_on.clicked.connect(lambda: self._season(True))
        self.season_off.clicked.connect(lambda: self._season(False))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_to, self.season_on, self.season_off):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_title(self, title: Title, season: int | None) -> None:
        self.title = title
        chosen = title.season(season) if season is not None else None
        episodes = chosen.episodes if chosen else ()
        self.model.set_episodes(episodes)
        has = bool(episodes)
        self.view.setVisible(has)
        for button in (self.up_to, self.season_on, self.season_off):
            button.setVisible(has)
        if not has:
            words = (
                translate("EpisodesSection", "A film has no episodes.")
                if title.kind.value == "film"
                else translate(
                    "EpisodesSection", "No episodes listed yet; a title followed from a catalogue lists them."
                )
            )
            self.summary.setText(words)
            return
        self.summary.setText(season_summary(episodes))
        rows = min(len(episodes), VISIBLE_ROWS)
        self.view.setFixedHeight(self.view.sizeHintForRow(0) * rows + 2 * self.view.frameWidth() + 2)
        self.view.setCurrentIndex(self.model.index(self.model.row_of_next_unwatched(), 0))

    def _toggled(self, keys: list[tuple[int, int]], watched: bool) -> None:
        if self.title is not None and self.title.id is not None:
            self._mark(self.title.id, keys, watched)

    def _watch_up_to(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self._toggled(self.model.upto(row), True)

    def _season(self, watched: bool) -> None:
        self._toggled(self.model.everything(), watched)
