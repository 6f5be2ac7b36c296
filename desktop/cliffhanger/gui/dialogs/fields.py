"""Groups of fields shared by several dialogs: a status change, a release claim and cast lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import WindowError
from cliffhanger.i18n import translate

from ..locale_text import word
from ..widgets.date_field import DateField
from ..widgets.qt_dates import pydate
from .checks import check_cast, check_since, check_window, describe_window
from .form import CheckedDialog, FieldMessage, combo


def confidences() -> list[tuple[str, Confidence]]:
    """The confidence choices, in the user's language."""
    return [(word(c), c) for c in Confidence]


class StatusFields:
    """Status, the date it took effect, its source and confidence; `optional` adds a "Not known" choice."""

    def __init__(
        self, dialog: CheckedDialog, *, optional: bool, today: Callable[[], date] = date.today
    ) -> None:
        self._today = today
        choices: list[tuple[str, Status | None]] = [(word(s), s) for s in Status]
        unknown = translate("Fields", "Not known yet")
        self.status = combo(([(unknown, None)] if optional else []) + choices)
        self.since = DateField(today(), today=today)
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("Fields", "Where you read it, e.g. Netflix Korea"))
        self.confidence = combo(confidences())
        dialog.add_field(translate("Fields", "Status"), self.status)
        dialog.add_field(translate("Fields", "Since"), self.since, self._check_since)
        dialog.add_field(translate("Fields", "Source"), self.source)
        dialog.add_field(translate("Fields", "Confidence"), self.confidence)
        self.status.currentIndexChanged.connect(self._enable)
        self.status.currentIndexChanged.connect(dialog.revalidate)
        self.since.dateChanged.connect(dialog.revalidate)
        self._enable()

    def _enable(self) -> None:
        chosen = self.status.value() is not None
        for widget in (self.since, self.source, self.confidence):
            widget.setEnabled(chosen)

    def _check_since(self, message: FieldMessage) -> bool:
        if self.status.value() is None:
            message.clear_message()
            return True
        if self.since.error:
            message.error(self.since.error)
            return False
        try:
            check_since(pydate(self.since.date()), self._today())
        except ValueError as error:
            message.error(str(error))
            return False
        if self.since.understood:
            message.ok(self.since.understood)  # what the typed text was read as
        else:
            message.clear_message()
        return True

    def value(self) -> StatusChange | None:
        status = self.status.value()
        if status is None:
            return None
        return StatusChange(
            status=status,
            since=pydate(self.since.date()),
            source=self.source.text().strip(),
            confidence=self.confidence.value(),
        )


class ClaimFields:
    """A release window typed as text (checked live), with its confidence and source."""

    def __init__(self, dialog: CheckedDialog, *, optional: bool, label: str | None = None) -> None:
        self._optional = optional
        self.window = QLineEdit()
        self.window.setPlaceholderText(
            translate("Fields", "e.g. December 2026, Q1 2027, early 2027, 2027-01-15")
        )
        self.confidence = combo(confidences())
        self.confidence.set_value(Confidence.REPORTED)
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("Fields", "Who said so"))
        self.message = dialog.add_field(label or translate("Fields", "Expected"), self.window, self._check)
        dialog.add_field(translate("Fields", "Confidence"), self.confidence)
        dialog.add_field(translate("Fields", "Source"), self.source)
        self.window.textChanged.connect(dialog.revalidate)

    def _check(self, message: FieldMessage) -> bool:
        text = self.window.text()
        try:
            window = check_window(text)
        except WindowError as error:
            message.error(str(error))
            return False
        if window is None:
            message.clear_message() if self._optional else message.hint(
                translate("Fields", "Type when it is expected to come out")
            )
            return self._optional
        message.ok(describe_window(window))
        return True

    def value(self) -> ReleaseClaim | None:
        window = check_window(self.window.text())
        if window is None:
            return None
        return ReleaseClaim(
            window=window, confidence=self.confidence.value(), source=self.source.text().strip()
        )


class CastField:
    """Cast lines, one "ACTOR as CHARACTER" per line, checked live."""

    def __init__(self, dialog: CheckedDialog, *, optional: bool) -> None:
        self._optional = optional
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            translate("Fields", "Park Ji-hu as Nam On-jo\nYoon Chan-young as Lee Cheong-san")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(86)
        self.message = dialog.add_field(translate("Fields", "Cast"), self.text, self._check)
        self.text.textChanged.connect(dialog.revalidate)

    def _check(self, message: FieldMessage) -> bool:
        try:
            credits = check_cast(self.text.toPlainText())
        except ValueError as error:
            message.error(str(error))
            return False
        if not credits:
            message.hint(translate("Fields", "One per line: ACTOR as CHARACTER"))
            return self._optional
        message.clear_message()
        return True

    def value(self) -> list[Credit]:
        return check_cast(self.text.toPlainText())
