"""Adding a title (with where it stands, when it is expected and its cast), or editing a title's facts.

Extension points: `insert_top(widget)` puts a widget (such as a catalogue search) above the form, and
`fill_from(title)` copies a title's facts into the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState
from cliffhanger.i18n import translate

from ..locale_text import word
from .checks import check_name, check_year
from .fields import CastField, ClaimFields, StatusFields
from .form import CheckedDialog, FieldMessage, combo

NameTaken = Callable[[str, int | None, Kind, int | None], bool]


class TitleDialog(CheckedDialog):
    """Add a title (`title=None`) or edit one; read the result with `value()` after `exec()` accepts."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: Title | None = None,
        name_taken: NameTaken | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(
            translate("TitleDialog", "Edit title")
            if title
            else translate("TitleDialog", "Add a show or film"),
            parent,
            save_text=translate("TitleDialog", "Save") if title else translate("TitleDialog", "Add"),
        )
        self.original_title = title
        self._name_taken = name_taken or (lambda *_: False)
        self.add_heading(translate("TitleDialog", "Title"))
        self._build_facts()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.add_field(translate("TitleDialog", "Notes"), self.notes)
        self.status: StatusFields | None = None
        self.expected: ClaimFields | None = None
        self.cast: CastField | None = None
        self.catalogue: QWidget | None = None  # a catalogue search panel, when a dialog hook puts one on top
        if title is None:
            self.start_column()
            self.add_heading(translate("TitleDialog", "Where it stands"))
            self.status = StatusFields(self, optional=True, today=today)
            self.add_heading(translate("TitleDialog", "Expected release"))
            self.expected = ClaimFields(self, optional=True, label=translate("TitleDialog", "When"))
            self.add_heading(translate("TitleDialog", "Cast"))
            self.cast = CastField(self, optional=True)
        if title is not None:
            self.fill_from(title)
        self.setMinimumWidth(880 if title is None else 480)
        self.revalidate()

    def _build_facts(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TitleDialog", "All of Us Are Dead"))
        self.original_name = QLineEdit()
        self.original_name.setPlaceholderText(translate("TitleDialog", "Original title, if different"))
        self.kind = combo([(word(Kind.SERIES), Kind.SERIES), (word(Kind.FILM), Kind.FILM)])
        self.year = QLineEdit()
        self.year.setPlaceholderText(translate("TitleDialog", "Year it first came out"))
        self.year.setMaxLength(4)
        self.season = QSpinBox()
        self.season.setRange(1, 99)
        self.network = QLineEdit()
        self.network.setPlaceholderText(translate("TitleDialog", "Netflix, HBO, BBC One…"))
        self.watch = combo([(word(w), w) for w in WatchState])
        self.name_message = self.add_field(translate("TitleDialog", "Title"), self.name, self._check_name)
        self.add_field(translate("TitleDialog", "Original title"), self.original_name)
        self.add_field(translate("TitleDialog", "Kind"), self.kind)
        self.year_message = self.add_field(translate("TitleDialog", "Year"), self.year, self._check_year)
        if self.original_title is None:
            self.add_field(translate("TitleDialog", "Season"), self.season)
        self.add_field(translate("TitleDialog", "Network"), self.network)
        self.add_field(translate("TitleDialog", "Watching"), self.watch)
        self.name.textChanged.connect(self.revalidate)
        self.name_touched = self.original_title is not None
        self.name.textEdited.connect(self._touch_name)
        self.year.textChanged.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _touch_name(self, _text: str) -> None:
        self.name_touched = True

    def _accept_if_valid(self) -> None:
        self.name_touched = True  # trying to save shows what is missing
        super()._accept_if_valid()

    def _kind_changed(self) -> None:
        self.season.setEnabled(self.kind.value() is Kind.SERIES)
        self.revalidate()

    def insert_top(self, widget: QWidget) -> None:
        self.top.addWidget(widget)

    def fill_from(self, title: Title) -> None:
        """Copy a title's own facts into the fields (not its seasons)."""
        self.name.setText(title.name)
        self.original_name.setText(title.original_name)
        self.kind.set_value(title.kind)
        self.year.setText(str(title.year) if title.year else "")
        self.network.setText(title.network)
        self.watch.set_value(title.watch)
        self.notes.setPlainText(title.notes)

    def _check_name(self, message: FieldMessage) -> bool:
        try:
            name = check_name(self.name.text())
        except ValueError as error:
            if self.name_touched or self.name.text():
                message.error(str(error))
            else:
                message.clear_message()  # nothing typed yet: no error, but Add stays disabled
            return False
        year = self._year_or_none()
        own = self.original_title.id if self.original_title else None
        if self._name_taken(name, year, self.kind.value(), own):
            named = f"{name} ({year})" if year else name
            message.error(translate("TitleDialog", "%1 is already on your watchlist").replace("%1", named))
            return False
        message.clear_message()
        return True

    def _year_or_none(self) -> int | None:
        try:
            return check_year(self.year.text())
        except ValueError:
            return None

    def _check_year(self, message: FieldMessage) -> bool:
        try:
            check_year(self.year.text())
        except ValueError as error:
            message.error(str(error))
            return False
        message.clear_message()
        return True

    def value(self) -> Title:
        """The title as entered; when adding, with its season's status, expected window and cast."""
        kind = self.kind.value()
        base = self.original_title or Title(name="")
        title = replace(
            base,
            name=check_name(self.name.text()),
            original_name=self.original_name.text().strip(),
            kind=kind,
            year=check_year(self.year.text()),
            network=self.network.text().strip(),
            watch=self.watch.value(),
            notes=self.notes.toPlainText().strip(),
        )
        if self.original_title is not None:
            return title
        assert self.cast is not None  # an add dialog has the fields of a new title
        return replace(title, seasons=(self._season(kind),), cast=tuple(self.cast.value()))

    def _season(self, kind: Kind) -> Season:
        assert self.status is not None and self.expected is not None  # only an add dialog asks
        change = self.status.value()
        claim = self.expected.value()
        number = self.season.value() if kind is Kind.SERIES else None
        return Season(number=number, history=(change,) if change else (), claims=(claim,) if claim else ())
