"""The main window: filtering, new status, delete and undo, empty state, remembered layout, reloads."""

from __future__ import annotations

from datetime import date

from gui_helpers import film, seeded_title, wait_idle
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from cliffhanger.domain.models import StatusChange
from cliffhanger.domain.vocabulary import Confidence, Status


def seed(watchlist) -> None:  # type: ignore[no-untyped-def]
    watchlist.add(
        seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, network="Netflix", window="December 2026")
    )
    watchlist.add(seeded_title("Severance", Status.FILMING, network="Apple TV+"))
    watchlist.add(seeded_title("Squid Game", Status.ENDED, network="Netflix", original="Ojingeo Geim"))
    watchlist.add(film("Dune: Part Three", Status.SCHEDULED))


def visible_names(shell) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = shell.window.watchlist.proxy
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_filter_as_you_type_by_name_network_and_original_name(qtbot, watchlist, make_shell):
    seed(watchlist)
    shell = make_shell()
    search = shell.window.watchlist.search
    qtbot.keyClicks(search, "net")
    assert visible_names(shell) == ["All of Us Are Dead", "Squid Game"]
    qtbot.keyClicks(search, "flix squ")
    assert visible_names(shell) == ["Squid Game"]
    search.clear()
    qtbot.keyClicks(search, "OJINGEO")
    assert visible_names(shell) == ["Squid Game"]
    search.clear()
    assert len(visible_names(shell)) == 4


def test_filter_by_status_combines_with_the_text(qtbot, watchlist, make_shell):
    seed(watchlist)
    shell = make_shell()
    view = shell.window.watchlist
    view.status_filter.set_value(Status.FILMING)
    assert visible_names(shell) == ["Severance"]
    view.status_filter.set_value(Status.ENDED)
    qtbot.keyClicks(view.search, "dead")
    assert visible_names(shell) == []
    view.status_filter.set_value(None)
    assert visible_names(shell) == ["All of Us Are Dead"]


def test_ctrl_f_focuses_the_search_field(qtbot, shell):
    shell.window.activateWindow()
    shell.window.watchlist.table.setFocus()
    qtbot.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(shell.window.watchlist.search.hasFocus)


def test_record_a_new_status_through_the_ui(qtbot, watchlist, make_shell):
    seed(watchlist)
    shell = make_shell()
    title = watchlist.find("Severance")
    assert shell.window.watchlist.select_title(title.id)
    dialog = shell.window.title_actions.open_status_dialog()
    dialog.fields.status.set_value(Status.POST_PRODUCTION)
    dialog.fields.since.setDate(QDate(2026, 2, 19))
    qtbot.keyClicks(dialog.fields.source, "Apple TV+ press release")
    dialog.fields.confidence.set_value(Confidence.OFFICIAL)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    season = watchlist.title(title.id).season(1)
    assert season.status is Status.POST_PRODUCTION
    assert season.status_change.since == date(2026, 2, 19)
    assert shell.window.detail.timeline.timeline.lines() == [
        ("Post-production", "since 19 Feb 2026 · Apple TV+ press release · official"),
        ("Filming", "since 10 Jan 2025 · official"),
    ]
    row = shell.model.row_of(title.id)
    assert shell.model.row_at(row).status is Status.POST_PRODUCTION


def test_delete_then_undo_restores_the_title(qtbot, watchlist, make_shell):
    seed(watchlist)
    shell = make_shell()
    title = watchlist.find("Squid Game")
    window = shell.window
    window.watchlist.select_title(title.id)
    window.watchlist.table.setFocus()
    QTest.keyClick(window.watchlist.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, shell)
    assert "Squid Game" not in visible_names(shell)
    assert [t.name for t in watchlist.titles()].count("Squid Game") == 0
    assert window.statusBar().currentMessage().startswith("Removed “Squid Game” — Undo")
    assert window.undo_button.isVisible()
    QTest.keyClick(window.watchlist.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert "Squid Game" in visible_names(shell)
    assert watchlist.find("Squid Game").id == title.id


def test_data_is_still_there_after_the_app_is_rebuilt(qtbot, make_shell):
    from gui_helpers import close

    first = make_shell()
    first.controller.add(seeded_title("Hellbound", Status.ANNOUNCED, network="Netflix"))
    wait_idle(qtbot, first)
    first.controller.record_status(
        first.model.row_at(0).title_id,
        1,
        StatusChange(Status.FILMING, date(2026, 1, 5), "set photos", Confidence.RUMOURED),
    )
    wait_idle(qtbot, first)
    close(first)
    second = make_shell()
    [row] = second.model.rows()
    title = second.model.title(row.title_id)
    assert (title.name, title.network) == ("Hellbound", "Netflix")
    assert [c.status for c in title.season(1).history] == [Status.ANNOUNCED, Status.FILMING]


def test_the_empty_state_invites_the_first_show_until_one_is_added(qtbot, shell):
    view = shell.window.watchlist
    assert view.stack.currentWidget() is view.empty
    assert view.empty.isVisible()
    assert "empty" in view.empty.heading.text()
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    dialog = shell.window.title_actions.open_add_dialog()  # the button opened one too; use a fresh one
    qtbot.keyClicks(dialog.name, "Arcane")
    dialog.accept()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.splitter)


def drag_section_edge(qtbot, header, section: int, width: int) -> None:  # type: ignore[no-untyped-def]
    edge = header.sectionViewportPosition(section) + header.sectionSize(section) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + width - header.sectionSize(section), y))
    QTest.mouseRelease(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(edge + width - header.sectionSize(section), y),
    )


def test_window_size_and_column_layout_are_remembered(qtbot, make_shell):
    from gui_helpers import close

    from cliffhanger import paths

    first = make_shell()
    first.window.resize(710, 530)
    header = first.window.watchlist.table.horizontalHeader()
    drag_section_edge(qtbot, header, 3, 333)  # by hand: the columns otherwise share the width by themselves
    header.moveSection(4, 1)
    close(first)
    ini = paths.data_dir() / "window.ini"
    assert ini.is_file()
    second = make_shell()
    qtbot.waitUntil(lambda: second.window.size().width() == 710)
    assert second.window.size().height() == 530
    header = second.window.watchlist.table.horizontalHeader()
    assert header.sectionSize(3) == 333
    assert header.visualIndex(4) == 1


def test_a_change_made_by_another_process_shows_up(qtbot, shell, watchlist):
    """`watchlist` is a second connection writing the stamp file, as the command line does."""
    with qtbot.waitSignal(shell.controller.reloaded, timeout=20_000):
        watchlist.add(seeded_title("Arcane", Status.ENDED))
    assert [r.title.name for r in shell.model.rows()] == ["Arcane"]


def test_closing_the_window_where_there_is_no_tray_ends_the_app(qapp, shell):
    """The offscreen platform has no tray, so the closed window can't come back from one: the app leaves
    its event loop. That loop is run here as the app runs it, with `exec()`: `QApplication.exit()` with no
    application loop running would leave Qt's quit flag set, and every later event loop of the test
    process (each `waitSignal`) would end at once."""
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    hidden: list[bool] = []
    shell.window.hidden_to_tray.connect(lambda: hidden.append(True))
    stuck = QTimer()  # ends the loop only if closing did not; stopped before it can touch another test
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: QApplication.exit(3))
    stuck.start(20_000)
    QTimer.singleShot(0, shell.window.close)
    try:
        assert qapp.exec() == 0
    finally:
        stuck.stop()
    assert hidden == [True]
    assert not shell.window.isVisible()


def test_the_tray_tooltip_counts_titles_and_names_the_next_one(qtbot, watchlist, make_shell):
    seed(watchlist)
    shell = make_shell()
    assert shell.tray.tooltip.startswith("Cliffhanger — 4 titles")
    texts = [a.text() for a in shell.tray.menu.actions() if a.text()]
    own = ["Open Cliffhanger", "Add show…", "Pause reminders", "Quit"]
    assert [t for t in texts if t in own] == own  # other parts may add entries above Quit
    assert texts[-1] == "Quit"
    shell.tray.pause_action.trigger()
    from cliffhanger.settings import load_settings

    assert load_settings().reminders_paused
