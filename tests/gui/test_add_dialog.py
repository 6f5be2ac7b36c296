"""Adding titles through the dialog, and the dialog's live validation messages."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import USERS_CAST, wait_idle
from PySide6.QtCore import QDate, Qt

from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.gui.dialogs.title_dialog import TitleDialog


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    assert value in combo.values, value
    combo.set_value(value)


def fill_users_case(qtbot, dialog: TitleDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.name, "All of Us Are Dead")
    choose(dialog.kind, Kind.SERIES)
    dialog.season.setValue(2)
    qtbot.keyClicks(dialog.network, "Netflix")
    choose(dialog.watch, WatchState.WAITING)
    choose(dialog.status.status, Status.POST_PRODUCTION)
    dialog.status.since.setDate(QDate(2026, 2, 19))
    qtbot.keyClicks(dialog.status.source, "filming wrapped after about seven months")
    choose(dialog.status.confidence, Confidence.OFFICIAL)
    qtbot.keyClicks(dialog.expected.window, "December 2026")
    choose(dialog.expected.confidence, Confidence.REPORTED)
    qtbot.keyClicks(dialog.expected.source, "a report")
    dialog.cast.text.setPlainText("\n".join(USERS_CAST))


def test_the_users_case_entered_through_the_dialog_reads_back_exactly(qtbot, shell, watchlist):
    dialog = shell.window.title_actions.open_add_dialog()
    fill_users_case(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    assert dialog.expected.message.text() == "→ 1 Dec – 31 Dec 2026"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=20_000)
    wait_idle(qtbot, shell)

    title = watchlist.find("all of us are dead")
    assert (title.name, title.kind, title.network, title.watch) == (
        "All of Us Are Dead",
        Kind.SERIES,
        "Netflix",
        WatchState.WAITING,
    )
    season = title.season(2)
    assert season is not None and season.status is Status.POST_PRODUCTION
    change = season.status_change
    assert (change.since, change.source, change.confidence) == (
        date(2026, 2, 19),
        "filming wrapped after about seven months",
        Confidence.OFFICIAL,
    )
    [claim] = season.claims
    assert (claim.window.text, claim.confidence, claim.source) == (
        "December 2026",
        Confidence.REPORTED,
        "a report",
    )
    assert [(c.actor, c.character) for c in title.credits_for(2)] == [
        ("Park Ji-hu", "Nam On-jo"),
        ("Yoon Chan-young", "Lee Cheong-san"),
        ("Cho Yi-hyun", "Choi Nam-ra"),
    ]
    # the new title is selected and shown in the detail pane
    assert shell.window.detail.title is not None and shell.window.detail.title.id == title.id
    assert shell.window.detail.cast.rows()[0] == ("Park Ji-hu", "Nam On-jo")


def test_a_second_claim_through_the_claim_dialog_keeps_the_reported_one_as_best(qtbot, shell):
    dialog = shell.window.title_actions.open_add_dialog()
    fill_users_case(qtbot, dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=20_000)
    wait_idle(qtbot, shell)
    claim = shell.window.title_actions.open_claim_dialog()
    assert claim is not None and claim.season == 2
    qtbot.keyClicks(claim.fields.window, "early 2027")
    choose(claim.fields.confidence, Confidence.SPECULATED)
    claim.accept()
    wait_idle(qtbot, shell)
    season = shell.model.title(shell.model.row_at(0).title_id).season(2)
    assert {c.window.text for c in season.claims} == {"December 2026", "early 2027"}
    assert season.expected.text == "December 2026"
    assert shell.window.detail.claims.best.window.text == "December 2026"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("name", "", "A title is required"),
        ("name", "   ", "A title is required"),
        ("year", "abc", "Enter a year between 1870 and 2100"),
        ("year", "1200", "Enter a year between 1870 and 2100"),
        ("window", "next spring-ish", "Can't read 'next spring-ish' as a release date or window"),
        ("window", "Q5 2027", "Use one of:"),
        ("cast", "Park Ji-hu as Nam On-jo\n as Nobody", "Line 2:"),
    ],
)
def test_bad_input_is_explained_beside_the_field_and_save_is_disabled(qtbot, shell, field, text, message):
    dialog = shell.window.title_actions.open_add_dialog()
    qtbot.keyClicks(dialog.name, "Fine name")
    widgets = {"name": dialog.name, "year": dialog.year, "window": dialog.expected.window}
    if field == "cast":
        dialog.cast.text.setPlainText(text)
        shown = dialog.cast.message
    else:
        widgets[field].clear()
        qtbot.keyClicks(widgets[field], text)
        shown = {"name": dialog.name_message, "year": dialog.year_message, "window": dialog.expected.message}[
            field
        ]
    assert message in shown.text()
    assert shown.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_a_duplicate_name_is_refused_in_the_dialog(qtbot, shell):
    first = shell.window.title_actions.open_add_dialog()
    qtbot.keyClicks(first.name, "Severance")
    first.accept()
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=20_000)
    second = shell.window.title_actions.open_add_dialog()
    qtbot.keyClicks(second.name, "severance")
    assert "already on your watchlist" in second.name_message.text()
    assert not second.save_button.isEnabled()
    second.reject()


def test_a_future_status_date_is_refused(qtbot, shell):
    dialog = shell.window.title_actions.open_add_dialog()
    qtbot.keyClicks(dialog.name, "Later")
    choose(dialog.status.status, Status.FILMING)
    dialog.status.since.setDate(QDate.currentDate().addDays(30))
    assert not dialog.save_button.isEnabled()
    dialog.status.since.setDate(QDate.currentDate())
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_ctrl_n_opens_the_add_dialog(qtbot, shell):
    shell.window.activateWindow()
    qtbot.keyClick(shell.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.window.findChild(TitleDialog) is not None)
    shell.window.findChild(TitleDialog).reject()
