"""Layouts that fit: every screen rendered on a 1024x600 screen, in English and in German, by the screenshot
script's --check, plus the pieces that make it so (columns sharing the width, the folding button row, the add
dialog's first look)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from cliffhanger.gui.dialogs.title_dialog import TitleDialog
from cliffhanger.gui.models.watchlist_model import Column
from cliffhanger.gui.widgets.action_row import ActionRow
from cliffhanger.gui.widgets.fitting_table import share

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "screenshot.py"
SCREENS = {"watchlist", "upcoming", "reminders", "add", "add typing", "edit", "status", "claim", "cast",
           "correct", "settings-reminders", "settings-catalogues", "settings-appearance", "settings-calendar",
           "about", "shortcuts", "calendar"}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", ["1024x600", "1280x800"])
def test_every_screen_fits_a_small_screen(size, language):
    run = subprocess.run([sys.executable, str(SCRIPT), "--check", "--size", size, "--language", language],
                         capture_output=True, text=True, timeout=180, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(found) == SCREENS
    assert {screen: problems for screen, problems in found.items() if problems} == {}


WANTED = {
    Column.SEASON: (80, 80),
    Column.STATUS: (150, 150),
    Column.EXPECTED: (220, 130),
    Column.WATCH: (90, 90),
}


def test_wide_tables_give_every_column_its_comfortable_width():
    assert share(1400, 200, WANTED) == {c: w for c, (w, _least) in WANTED.items()}


def test_narrow_tables_shrink_expected_then_set_watch_aside_before_the_title():
    widths = share(700, 200, WANTED)  # 740 wanted: expected gives 40
    assert widths[Column.EXPECTED] == 180 and Column.WATCH in widths
    widths = share(580, 200, WANTED)  # expected at its least still leaves too little: Watch steps aside
    assert Column.WATCH not in widths
    assert sum(widths.values()) + 200 <= 580
    assert widths[Column.EXPECTED] >= WANTED[Column.EXPECTED][1]


def test_action_row_folds_what_does_not_fit_into_more(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    row = ActionRow(holder)
    actions = [QAction(text, holder) for text in ("New status…", "Release claim…", "Add cast…", "Edit…")]
    for action in actions:
        row.add_action(action)
    row.resize(row.sizeHint().width() + 10, 30)
    holder.show()
    assert [b.defaultAction().text() for b in row.shown()] == [
        a.text() for a in actions
    ] and row.more.isHidden()
    first, second = (b.sizeHint().width() for b in row.buttons()[:2])
    row.resize(first + second + row.more.sizeHint().width() + 3 * 4 + 2, 30)  # room for two and More
    assert [b.defaultAction().text() for b in row.shown()] == ["New status…", "Release claim…"]
    assert not row.more.isHidden()
    assert [a.text() for a in row.more.menu().actions()] == ["Add cast…", "Edit…"]
    row.resize(row.sizeHint().width() + 10, 30)
    assert len(row.shown()) == 4 and row.more.isHidden() and row.more.menu().actions() == []


def test_add_dialog_says_nothing_before_typing_but_cannot_add_yet(qtbot):
    dialog = TitleDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_message.isVisible() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, "x")
    dialog.name.clear()
    assert dialog.name_message.isVisible() and dialog.name_message.text() == "A title is required"
