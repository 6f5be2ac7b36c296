"""Undo and redo for every edit made in the window, and Undo/Redo entries that say what they would do."""

from __future__ import annotations

from datetime import date

from gui_helpers import seeded_title, wait_idle
from PySide6.QtCore import QDate, Qt

from cliffhanger.domain.models import Title
from cliffhanger.domain.vocabulary import Kind, Status
from cliffhanger.gui.undo import AddTitleCommand


def _opened(qtbot, watchlist, make_shell):  # type: ignore[no-untyped-def]
    watchlist.add(seeded_title("Severance", Status.FILMING, network="Apple TV+", window="2027"))
    shell = make_shell()
    title = watchlist.find("Severance")
    assert shell.window.watchlist.select_title(title.id)
    qtbot.waitUntil(
        lambda: shell.window.detail.title is not None and shell.window.detail.title.id == title.id
    )
    return shell, title.id


def _undo(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.window.undo_stack.undo()
    wait_idle(qtbot, shell)


def _redo(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.window.undo_stack.redo()
    wait_idle(qtbot, shell)


def _menu_entry(shell, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in shell.window.menu("&Edit").actions() if a.text().replace("&", "").startswith(text))


def test_undo_redo_a_new_status_and_the_menu_says_so(qtbot, watchlist, make_shell):
    shell, title_id = _opened(qtbot, watchlist, make_shell)
    undo, redo = _menu_entry(shell, "Undo"), _menu_entry(shell, "Redo")
    assert not undo.isEnabled() and not redo.isEnabled()
    dialog = shell.window.title_actions.open_status_dialog()
    dialog.fields.status.set_value(Status.POST_PRODUCTION)
    dialog.fields.since.setDate(QDate(2026, 2, 19))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    assert watchlist.title(title_id).season(1).status is Status.POST_PRODUCTION
    assert undo.isEnabled() and undo.text() == "&Undo New status “Post-production”" and not redo.isEnabled()
    _undo(qtbot, shell)
    assert watchlist.title(title_id).season(1).status is Status.FILMING
    assert len(watchlist.title(title_id).season(1).history) == 1
    assert not undo.isEnabled() and redo.isEnabled()
    _redo(qtbot, shell)
    season = watchlist.title(title_id).season(1)
    assert season.status is Status.POST_PRODUCTION and season.status_change.since == date(2026, 2, 19)
    _undo(qtbot, shell)  # the row recorded by the redo goes too
    assert [h.status for h in watchlist.title(title_id).season(1).history] == [Status.FILMING]


def test_undo_an_edit_writes_the_facts_back(qtbot, watchlist, make_shell):
    shell, title_id = _opened(qtbot, watchlist, make_shell)
    dialog = shell.window.title_actions.open_edit_dialog()
    dialog.network.setText("Apple TV")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    assert watchlist.title(title_id).network == "Apple TV"
    _undo(qtbot, shell)
    assert watchlist.title(title_id).network == "Apple TV+"
    _redo(qtbot, shell)
    assert watchlist.title(title_id).network == "Apple TV"


def test_undo_a_claim_and_cast(qtbot, watchlist, make_shell):
    shell, title_id = _opened(qtbot, watchlist, make_shell)
    claims = shell.window.title_actions.open_claim_dialog()
    qtbot.keyClicks(claims.fields.window, "early 2027")
    qtbot.mouseClick(claims.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    cast = shell.window.title_actions.open_cast_dialog()
    cast.fields.text.setPlainText("Adam Scott as Mark Scout")
    qtbot.mouseClick(cast.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    title = watchlist.title(title_id)
    assert [c.window.text for c in title.season(1).claims] == ["2027", "early 2027"]
    assert [c.actor for c in title.cast] == ["Adam Scott"]
    _undo(qtbot, shell)
    assert watchlist.title(title_id).cast == ()
    _undo(qtbot, shell)
    assert [c.window.text for c in watchlist.title(title_id).season(1).claims] == ["2027"]


def test_undo_a_correction_records_the_entries_again(qtbot, watchlist, make_shell):
    shell, title_id = _opened(qtbot, watchlist, make_shell)
    dialog = shell.window.title_actions.open_correct_dialog()
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        if item.text().startswith("Expected"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    wait_idle(qtbot, shell)
    assert watchlist.title(title_id).season(1).claims == ()
    _undo(qtbot, shell)
    assert [c.window.text for c in watchlist.title(title_id).season(1).claims] == ["2027"]
    _redo(qtbot, shell)
    assert watchlist.title(title_id).season(1).claims == ()


def test_undo_adding_a_title_takes_it_off_and_redo_brings_it_back(qtbot, watchlist, make_shell):
    shell = make_shell()
    added: list[Title] = []
    shell.window.undo_stack.push(AddTitleCommand(shell.controller, Title(name="Arcane", kind=Kind.SERIES),
                                                 added.append))  # fmt: skip
    wait_idle(qtbot, shell)
    assert [t.name for t in watchlist.titles()] == ["Arcane"] and added
    _undo(qtbot, shell)
    assert watchlist.titles() == []
    _redo(qtbot, shell)
    assert [t.name for t in watchlist.titles()] == ["Arcane"]
    assert watchlist.titles()[0].id == added[0].id  # the same title, not a copy


def _remove_selected(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.window.title_actions.delete_selected()
    wait_idle(qtbot, shell)


def test_the_undo_button_follows_the_stack_not_the_status_bar(qtbot, watchlist, make_shell):
    shell, title_id = _opened(qtbot, watchlist, make_shell)
    window, bar = shell.window, shell.window.statusBar()
    bar.showMessage("Removed from the calendar: 3 events")  # another part's message, not a removal
    assert not window.undo_button.isVisible()
    _remove_selected(qtbot, shell)
    assert watchlist.titles() == []
    assert window.undo_button.isVisible() and bar.currentMessage().startswith("Removed “Severance” — Undo")
    bar.showMessage("Catalogues refreshed")  # a later message leaves the offer standing
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    assert [t.id for t in watchlist.titles()] == [title_id]
    assert not window.undo_button.isVisible()
    redo = _menu_entry(shell, "Redo")
    assert redo.isEnabled() and redo.text() == "&Redo Remove “Severance”"
    _redo(qtbot, shell)  # removed again: offered again
    assert watchlist.titles() == [] and window.undo_button.isVisible()


def test_another_change_withdraws_the_offer_and_the_entries_say_what_comes_next(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("Dark", Status.ENDED))
    shell, _title_id = _opened(qtbot, watchlist, make_shell)
    window = shell.window
    offers: list[str] = []
    window.undo_stack.removal_offered.connect(offers.append)
    _remove_selected(qtbot, shell)
    assert offers == ["Severance"] and window.undo_stack.offered() == "Severance"
    assert window.undo_button.isVisible()
    assert window.watchlist.select_title(watchlist.find("Dark").id)
    qtbot.waitUntil(lambda: window.detail.title is not None and window.detail.title.name == "Dark")
    with qtbot.waitSignal(window.undo_stack.offer_withdrawn):
        dialog = window.title_actions.open_edit_dialog()
        dialog.network.setText("Netflix")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    assert not window.undo_button.isVisible() and window.undo_stack.offered() == ""
    undo = _menu_entry(shell, "Undo")
    assert undo.isEnabled() and undo.text() == "&Undo Edit “Dark”"
    _undo(qtbot, shell)  # the edit goes; the removal before it is the next thing to undo, offered again
    assert watchlist.find("Dark").network == ""
    assert undo.text() == "&Undo Remove “Severance”" and window.undo_button.isVisible()
    _undo(qtbot, shell)
    assert sorted(t.name for t in watchlist.titles()) == ["Dark", "Severance"]
    assert not undo.isEnabled() and undo.text() == "&Undo" and not window.undo_button.isVisible()
