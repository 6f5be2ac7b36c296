"""Help menu (shortcuts, calendar file, About), accessible names, and the Tab order through the window."""

from __future__ import annotations

from gui_helpers import seeded_title
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from cliffhanger import __version__, paths
from cliffhanger.domain.vocabulary import Status
from cliffhanger.gui.dialogs.about import licences


def test_help_is_the_last_menu_and_lists_every_shortcut(shell):
    menus = [a.text() for a in shell.window.menuBar().actions()]
    assert menus[-1] == "&Help" and "&View" in menus  # menus added later still go before Help
    dialog = shell.help.show_shortcuts()
    rows = dict(dialog.rows())
    assert rows["Ctrl+N"] == "Add show…" and rows["Ctrl+F"] == "Find…" and rows["Ctrl+Z"] == "Undo"
    assert "Tab / Shift+Tab" in rows
    dialog.close()


def test_about_names_version_data_folder_and_licences(shell):
    dialog = shell.help.show_about()
    texts = [dialog.libraries.item(r, 0).text() for r in range(dialog.libraries.rowCount())]
    assert "PySide6_Essentials" in texts or "PySide6-Essentials" in texts
    assert str(paths.data_dir()) in dialog.data_dir.text()
    assert any(__version__ in w.text() for w in dialog.findChildren(type(dialog.data_dir)))
    found = {name.casefold().replace("_", "-"): licence for name, _version, licence in licences()}
    assert found["sqlmodel"] == "MIT" or "MIT" in found["sqlmodel"]
    dialog.close()


def test_calendar_entry_shows_the_feed_path_and_copies_it(shell, qtbot):
    dialog = shell.help.show_calendar()
    assert dialog.path.text() == str(paths.data_dir() / "calendar.ics")
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy path"]
    button.click()
    assert QApplication.clipboard().text() == str(paths.data_dir() / "calendar.ics")
    dialog.close()


def test_tab_walks_filter_table_detail_then_actions(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, window="early 2027"))
    watchlist.add(seeded_title("Severance", Status.FILMING))
    shell = make_shell()
    view = shell.window.watchlist
    view.select_title(shell.model.summaries()[0].id)
    view.search.setFocus()
    order = [view.search]
    widget = view.search
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(shell.window):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:4] == [view.search, view.status_filter, view.table, shell.window.detail]
    assert order[4] is shell.window.detail.buttons()[0]
    assert not view.table.tabKeyNavigation()  # Tab leaves the table; arrows move by rows


def test_arrow_keys_move_the_table_by_rows(qtbot, watchlist, make_shell):
    for name in ("Arcane", "Blue Eye Samurai", "Cobra Kai"):
        watchlist.add(seeded_title(name, Status.FILMING))
    shell = make_shell()
    view = shell.window.watchlist
    view.table.setFocus()
    view.select_title(shell.model.summaries()[0].id)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_title().name == "Blue Eye Samurai"
    qtbot.keyClick(view.table, Qt.Key.Key_Right)  # stays on the row: the whole row is one item
    assert len(view.table.selectionModel().selectedRows()) == 1
    assert shell.window.detail.heading.text() == "Blue Eye Samurai"


def test_custom_widgets_say_what_they_show(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, window="early 2027"))
    shell = make_shell()
    shell.window.watchlist.select_title(shell.model.summaries()[0].id)
    detail = shell.window.detail
    assert detail.chip.accessibleName() == "Status"
    assert detail.chip.accessibleDescription() == "Post-production"
    assert detail.accessibleDescription() == "All of Us Are Dead: Post-production"
    timeline = detail.timeline.timeline
    assert timeline.accessibleName() == "Status history"
    assert timeline.accessibleDescription().startswith("Post-production, since 10 Jan 2025")
    shell.window.views.setCurrentWidget(shell.upcoming)  # the timeline is worked out while it is shown
    said = "All of Us Are Dead S1: early 2027, reported"
    qtbot.waitUntil(lambda: shell.upcoming.timeline.accessibleDescription() == said, timeout=10_000)
    named = [
        w.accessibleName() for w in (detail.claims, detail.cast, detail.notes, shell.window.watchlist.table)
    ]
    assert named == ["Expected", "Cast", "Notes", "Watchlist"]
    assert all(b.accessibleName() for b in detail.buttons())
