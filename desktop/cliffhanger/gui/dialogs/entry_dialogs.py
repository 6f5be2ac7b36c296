"""Small dialogs that record one more fact about a title: a new status, a release claim, more cast."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QSpinBox, QWidget

from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange, Title
from cliffhanger.domain.vocabulary import Kind
from cliffhanger.i18n import translate

from ..widgets.labels import plain_label
from .fields import CastField, ClaimFields, StatusFields
from .form import CheckedDialog


class _TitleEntryDialog(CheckedDialog):
    """A dialog about one title, with a season picker for series (films have none)."""

    def __init__(
        self,
        heading: str,
        title: Title,
        season: int | None,
        parent: QWidget | None,
        *,
        with_season: bool = True,
    ) -> None:
        caption = translate("EntryDialogs", "%1 — %2").replace("%1", heading).replace("%2", title.name)
        super().__init__(caption, parent)
        self._with_season = with_season and title.kind is Kind.SERIES
        self.title = title
        self.heading.setText(heading)
        self.top.addWidget(plain_label(title.name, "subtle"))
        self.season_box = QSpinBox()
        self.season_box.setRange(1, 99)
        focus = title.focus
        fallback = focus.number if focus and focus.number is not None else 1
        self.season_box.setValue(season if season is not None else fallback)
        if self._with_season:
            self.add_field(translate("EntryDialogs", "Season"), self.season_box)
        self.setMinimumWidth(460)

    @property
    def season(self) -> int | None:
        return self.season_box.value() if self._with_season else None


class StatusDialog(_TitleEntryDialog):
    """Record where a season (or film) stands now."""

    def __init__(
        self,
        title: Title,
        season: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(translate("EntryDialogs", "New status"), title, season, parent)
        self.fields = StatusFields(self, optional=False, today=today)
        current = title.season(self.season)
        if current is not None and current.status is not None:
            self.fields.status.set_value(current.status)
        self.revalidate()

    def value(self) -> StatusChange:
        change = self.fields.value()
        assert change is not None
        return change


class ClaimDialog(_TitleEntryDialog):
    """Note somebody's claim of when a season (or film) comes out."""

    def __init__(self, title: Title, season: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("EntryDialogs", "Release claim"), title, season, parent)
        self.fields = ClaimFields(self, optional=False, label=translate("EntryDialogs", "Window"))
        self.revalidate()

    def value(self) -> ReleaseClaim:
        claim = self.fields.value()
        assert claim is not None
        return claim


class CastDialog(_TitleEntryDialog):
    """Add cast credits for the whole series (or the film)."""

    def __init__(self, title: Title, season: int | None = None, parent: QWidget | None = None) -> None:
        heading = translate("EntryDialogs", "Add cast")
        super().__init__(heading, title, season, parent, with_season=False)
        self.fields = CastField(self, optional=False)
        self.revalidate()

    def value(self) -> list[Credit]:
        return self.fields.value()
