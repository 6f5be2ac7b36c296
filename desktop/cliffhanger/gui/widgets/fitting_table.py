"""The watchlist's table view: columns that share the width so the title keeps the room it needs.

The title column stretches. Each other column has a comfortable width and a smallest useful one, measured
from the longest text it shows in the current font; when the table is narrow the expected column gives up
space first, then the Watch column steps aside (its state is in the detail pane too), and only when even
that leaves too little does the title elide (its delegate then shows the whole name as a tooltip). A column
the user hid stays hidden, one the user resized keeps its width (`user_sized`), moved columns keep their
place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from cliffhanger.domain.vocabulary import Confidence, Status, WatchState
from cliffhanger.domain.windows import ReleaseWindow

from ..locale_text import month_text, window_text, word
from ..models.rows import season_text
from ..models.watchlist_model import Column
from .delegates import note_text

PAD = 22  # cell padding (8 px a side) and a little air
TITLE_ROOM = "All of Us Are Dead: Part Three"  # the title column keeps this much before others shrink
OPTIONAL = Column.WATCH


def needs(font: QFont) -> dict[int, tuple[int, int]]:
    """(comfortable, smallest) pixel widths of the non-title columns in `font`."""
    plain = QFontMetrics(font)
    chip = QFont(font)
    chip.setPointSizeF(font.pointSizeF() * 0.9)
    chip.setWeight(QFont.Weight.DemiBold)
    chips = QFontMetrics(chip)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    notes = QFontMetrics(small)
    season = plain.horizontalAdvance(season_text(10)) + PAD
    status = max(chips.horizontalAdvance(word(s)) for s in Status) + 20 + PAD
    watch = max(plain.horizontalAdvance(word(w)) for w in WatchState) + PAD
    half = window_text(ReleaseWindow.half(2027, 1))
    longest = half[:1].upper() + half[1:] + "  "
    note = note_text(Confidence.RUMOURED, True)
    expected = plain.horizontalAdvance(longest) + notes.horizontalAdvance(note) + PAD
    return {
        Column.SEASON: (season, season),
        Column.STATUS: (status, status),
        Column.EXPECTED: (expected, plain.horizontalAdvance(month_text(date(2026, 12, 1))) + PAD),
        Column.WATCH: (watch, watch),
    }


def share(available: int, title_room: int, wanted: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Widths for the non-title columns (a column left out is to be hidden), given the viewport's width."""
    widths = {c: comfortable for c, (comfortable, _least) in wanted.items()}

    def excess() -> int:
        return sum(widths.values()) + title_room - available

    if excess() > 0 and Column.EXPECTED in widths:
        least = wanted[Column.EXPECTED][1]
        widths[Column.EXPECTED] = max(least, widths[Column.EXPECTED] - excess())
    if excess() > 0 and OPTIONAL in widths:
        del widths[OPTIONAL]
        if Column.EXPECTED in widths:  # the room Watch gave back, up to comfortable; never below the least
            comfortable, least = wanted[Column.EXPECTED]
            widths[Column.EXPECTED] = max(least, min(comfortable, widths[Column.EXPECTED] - excess()))
    return widths


class FittingTable(QTableView):
    """A table view whose columns share its width as the module docstring says."""

    def __init__(self) -> None:
        super().__init__()
        self.stepped_aside: set[int] = set()  # columns hidden for want of room, not by the user
        self.user_sized: set[int] = set()  # columns the user resized by hand
        self._fitting = False
        self._pressed = False  # the mouse is down on the header: a resize now is the user's
        self.title_extra = 0  # pixels the title column draws before the name (a poster)
        self.horizontalHeader().sectionResized.connect(self._resized)
        self.horizontalHeader().viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return super().eventFilter(watched, event)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._pressed and not self._fitting and column != Column.TITLE:
            self.user_sized.add(column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        hidden = {c for c in range(header.count()) if header.isSectionHidden(c)} - self.stepped_aside
        fixed = sum(header.sectionSize(c) for c in self.user_sized if c not in hidden)
        skip = hidden | self.user_sized
        wanted = {c: w for c, w in needs(self.font()).items() if c not in skip}
        title_room = QFontMetrics(self.font()).horizontalAdvance(TITLE_ROOM) + self.title_extra
        widths = share(self.viewport().width() - fixed, title_room, wanted)
        for column in wanted:
            aside = column not in widths
            header.setSectionHidden(column, aside)
            self.stepped_aside.discard(column)
            if aside:
                self.stepped_aside.add(column)
            elif header.sectionSize(column) != widths[column]:
                header.resizeSection(column, widths[column])

    def restore_header(self, state: QByteArray, user_sized: list[int]) -> None:
        """Put back a saved header state and which columns the user had sized."""
        self._fitting = True  # restoring sizes is not the user resizing
        try:
            self.horizontalHeader().restoreState(state)
        finally:
            self._fitting = False
        self.user_sized = set(user_sized)
        self.fit_columns()

    def header_state(self) -> QByteArray:
        """The header's state as the user left it (columns stepped aside for room count as shown)."""
        header = self.horizontalHeader()
        for column in self.stepped_aside:
            header.setSectionHidden(column, False)
        state = header.saveState()
        self.fit_columns()
        return state
