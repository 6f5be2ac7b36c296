"""The pane beside the table: the selected title's facts, status timeline, claims, cast and notes.

Other parts of the app add their own sections with `add_section` (any widget with `show_title(title, season)`)
and their own buttons with `add_action`.
"""

from __future__ import annotations

from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Status
from cliffhanger.i18n import translate

from .detail_sections import CastSection, ClaimsSection, NotesSection, TimelineSection
from .locale_text import word
from .models.rows import season_text
from .widgets.action_row import ActionRow
from .widgets.delegates import paint_chip
from .widgets.labels import plain_label


@runtime_checkable
class Section(Protocol):
    """What the pane asks of a section widget."""

    def show_title(self, title: Title, season: int | None) -> None: ...
    def setVisible(self, visible: bool) -> None: ...


_Widget = TypeVar("_Widget", bound=QWidget)


class _Chip(QWidget):
    """The current status as a chip, the same as in the table."""

    def __init__(self) -> None:
        super().__init__()
        self.status: Status | None = None
        self.setFixedHeight(26)
        self.setAccessibleName(translate("DetailPane", "Status"))

    def set_status(self, status: Status | None) -> None:
        self.status = status
        self.setAccessibleDescription(word(status) if status else translate("DetailPane", "Unknown"))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        paint_chip(painter, self.rect(), self.status, self.font())


class DetailPane(QScrollArea):
    """Shows one title; `season` is the one being looked at (the latest by default, None for a film).

    Signals:
        season_changed(object): the user picked another season (its number, or None).
    """

    season_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # sections wrap instead
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab; the arrow keys scroll it
        self.setAccessibleName(translate("DetailPane", "Details of the selected title"))
        self.title: Title | None = None
        self.season: int | None = None
        self._sections: list[tuple[QWidget, Section]] = []
        body = QWidget()
        body.setObjectName("detailBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(20, 18, 20, 18)
        self._layout.setSpacing(6)
        self._build_header()
        self._layout.addStretch(1)
        self.setWidget(body)
        self.timeline = self.add_section(TimelineSection(), translate("DetailPane", "Status"))
        self.claims = self.add_section(ClaimsSection(), translate("DetailPane", "Expected"))
        self.cast = self.add_section(CastSection(), translate("DetailPane", "Cast"))
        self.notes = self.add_section(NotesSection(), translate("DetailPane", "Notes"))
        self.show_title(None)

    def _build_header(self) -> None:
        self.heading = plain_label("", "heading", wrap=True)
        self.facts = plain_label("", "subtle", wrap=True)
        self.original = plain_label("", "subtle", wrap=True)
        self.chip = _Chip()
        self.seasons = QComboBox()
        self.seasons.setAccessibleName(translate("DetailPane", "Season shown"))
        self.seasons.currentIndexChanged.connect(self._pick_season)
        row = QHBoxLayout()
        row.addWidget(self.chip, 1)
        row.addWidget(self.seasons)
        self.actions_row = ActionRow()
        for widget in (self.heading, self.original, self.facts):
            self._layout.addWidget(widget)
        self._layout.addLayout(row)
        self._layout.addWidget(self.actions_row)

    def minimumSizeHint(self) -> QSize:
        """As wide as the narrowest the sections can be, so a splitter never cuts them off at the side."""
        contents = self.widget()
        body = contents.minimumSizeHint().width() if contents is not None else 0
        return QSize(body + self.verticalScrollBar().sizeHint().width() + 2, 120)

    def add_section(self, widget: _Widget, heading: str, *, after: QWidget | None = None) -> _Widget:
        """Append a section (before the stretch, or right after the section `after`) under a small
        capitalised heading (`heading` as shown, translated); returns `widget`, which must have
        `show_title(title, season)`."""
        if not isinstance(widget, Section):
            raise TypeError(f"{type(widget).__name__} has no show_title(title, season)")
        label = plain_label(heading.upper(), "section")
        label.setAccessibleName(heading)
        label.setBuddy(widget)
        widget.setAccessibleName(heading)
        position = self._layout.count() - 1
        if after is not None and self._layout.indexOf(after) >= 0:
            position = self._layout.indexOf(after) + 1
        self._layout.insertWidget(position, label)
        self._layout.insertWidget(position + 1, widget)
        self._sections.append((label, widget))
        label.setVisible(self.title is not None)  # like the others: hidden while nothing is selected
        widget.setVisible(self.title is not None)
        if self.title is not None:
            widget.show_title(self.title, self.season)
        return widget

    def add_action(self, action: QAction) -> QToolButton:
        """A button for `action` in the pane's button row (enabled with the action; folded when narrow)."""
        return self.actions_row.add_action(action)

    def buttons(self) -> list[QToolButton]:
        """The action buttons, in order."""
        return self.actions_row.buttons()

    def show_title(self, title: Title | None, season: int | None = None) -> None:
        """Show `title` (None clears the pane); `season` defaults to the one a fan waits for."""
        self.title = title
        for label, widget in self._sections:
            label.setVisible(title is not None)
            widget.setVisible(title is not None)
        self.chip.setVisible(title is not None)
        if title is None:
            self.heading.setText(translate("DetailPane", "Nothing selected"))
            self.facts.setText(translate("DetailPane", "Pick a title in the list to see where it stands."))
            self.original.hide()
            self.seasons.hide()
            return
        self.heading.setText(title.name)
        self.original.setText(title.original_name)
        self.original.setVisible(bool(title.original_name) and title.original_name != title.name)
        self.facts.setText(_facts(title))
        self._fill_seasons(title, season if title.season(season) else _focus_number(title))
        self.updateGeometry()  # the sections' narrowest width may have changed

    def _fill_seasons(self, title: Title, chosen: int | None) -> None:
        numbered = [s.number for s in title.seasons if s.number is not None]
        self.seasons.blockSignals(True)
        self.seasons.clear()
        for number in sorted(numbered):
            self.seasons.addItem(season_text(number), number)
        self.seasons.setCurrentIndex(max(self.seasons.findData(chosen), 0))
        self.seasons.blockSignals(False)
        self.seasons.setVisible(len(numbered) > 1)
        self._show_season(chosen)

    def _pick_season(self, index: int) -> None:
        if self.title is not None and index >= 0:
            self._show_season(self.seasons.itemData(index))
            self.season_changed.emit(self.season)

    def _show_season(self, number: int | None) -> None:
        assert self.title is not None
        self.season = number
        chosen = self.title.season(number)
        self.chip.set_status(chosen.status if chosen else None)
        self.setAccessibleDescription(f"{self.title.name}: {self.chip.accessibleDescription()}")
        for _label, widget in self._sections:
            widget.show_title(self.title, number)


def _focus_number(title: Title) -> int | None:
    focus = title.focus
    return focus.number if focus else None


def _facts(title: Title) -> str:
    focus = title.focus
    parts = [word(title.kind), str(title.year) if title.year else "", title.network]
    if focus is not None and focus.number is not None:
        parts.append(season_text(focus.number))
    parts.append(word(title.watch))
    return " · ".join(p for p in parts if p)
