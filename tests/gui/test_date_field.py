"""The date field reads every form it accepts as the day meant; each is typed key by key into the real
widget inside the real status dialog (QDateEdit read "19 Feb 2026" as 11 February)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from cliffhanger.domain.models import Season, Title
from cliffhanger.gui.dialogs.entry_dialogs import StatusDialog
from cliffhanger.gui.dialogs.form import FieldMessage
from cliffhanger.gui.widgets.date_field import DateField

TODAY = date(2026, 12, 1)
FORMS = [
    ("2026-02-19", date(2026, 2, 19)),
    ("19 February 2026", date(2026, 2, 19)),
    ("19 Feb 2026", date(2026, 2, 19)),
    ("19 feb 2026", date(2026, 2, 19)),
    ("February 19, 2026", date(2026, 2, 19)),
    ("Feb 19, 2026", date(2026, 2, 19)),
    ("2026-2-19", date(2026, 2, 19)),
    ("1 March 2026", date(2026, 3, 1)),
    ("29 February 2024", date(2024, 2, 29)),
    ("today", TODAY),
    ("yesterday", date(2026, 11, 30)),
]


@pytest.fixture
def field(qtbot):  # type: ignore[no-untyped-def]
    widget = DateField(TODAY, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize(("typed", "meant"), FORMS)
def test_every_accepted_form_typed_means_its_day(qtbot, field, typed, meant):
    type_into(qtbot, field, typed)
    assert field.error == ""
    assert field.date().toPython() == meant
    assert field.understood == f"→ {meant.day} {meant:%B %Y}"


@pytest.mark.parametrize("typed", ["19 Febr 2026", "31 February 2026", "February 2026", "soon"])
def test_text_that_names_no_day_is_an_error_not_another_day(qtbot, field, typed):
    type_into(qtbot, field, typed)
    assert "can't read" in field.error and field.understood == ""


def test_the_status_dialog_refuses_unreadable_text_and_saves_the_typed_day(qtbot, tmp_path):
    title = Title("All of Us Are Dead", seasons=(Season(2),), id=1)
    dialog = StatusDialog(title, 2, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    since = dialog.fields.since
    type_into(qtbot, since, "19 Febr 2026")
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, since, "19 Feb 2026")
    assert dialog.save_button.isEnabled()
    assert dialog.value().since == date(2026, 2, 19)
    shown = [m.text() for m in dialog.findChildren(FieldMessage) if m.isVisible()]
    assert "→ 19 February 2026" in shown  # what the text was read as, under the field
    dialog.grab().save(str(tmp_path / "status-dialog.png"))
    since.setDate(QDate(2026, 3, 4))
    assert since.edit.text() == "4 March 2026" and dialog.value().since == date(2026, 3, 4)
