"""Posters: cached files read and scaled off the GUI thread, placeholders with initials, the list's toggle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui_helpers import seeded_title
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage

from cliffhanger.domain.vocabulary import Status
from cliffhanger.gui.poster_thumbnails import PosterThumbnails
from cliffhanger.gui.widgets.poster import initials, placeholder_colours
from cliffhanger.tasks import TaskRunner


@dataclass
class Link:
    """The two fields of a catalogue link the thumbnails read."""

    title_id: int
    poster_file: str | None


def _png(path: Path, colour: str) -> Path:
    image = QImage(60, 90, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_initials_take_the_capitalised_words():
    assert initials("All of Us Are Dead") == "AU"
    assert initials("Dune: Part Three") == "DP"
    assert initials("the bear") == "TB"
    assert initials("   ") == "?"


def test_thumbnails_scale_cached_files_in_the_background(qtbot, tmp_path):
    tasks = TaskRunner()
    thumbnails = PosterThumbnails(tasks.run)
    red = _png(tmp_path / "a.png", "#cc0000")
    links = [Link(1, str(red)), Link(2, str(tmp_path / "gone.png")), Link(3, None)]
    with qtbot.waitSignal(thumbnails.ready):
        thumbnails.read_links(lambda: links)
    assert thumbnails.files == {1: str(red)}  # missing files and links without a poster are left out
    size = QSize(24, 34)
    assert thumbnails.pixmap(1, size) is None  # asked: it is being scaled on a worker
    qtbot.waitUntil(lambda: thumbnails.pixmap(1, size) is not None)
    image = thumbnails.pixmap(1, size).toImage()
    assert (image.width(), image.height()) == (24, 36)  # covers the box, keeping the 2:3 shape
    assert image.pixelColor(10, 10).name() == "#cc0000"
    assert thumbnails.pixmap(2, size) is None and thumbnails.pixmap(3, size) is None
    assert tasks.shutdown()


def test_the_list_draws_placeholders_and_the_view_menu_hides_them(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("All of Us Are Dead", Status.POST_PRODUCTION))
    shell = make_shell()
    table = shell.window.watchlist.table
    assert shell.window.posters_action.isChecked()
    rect = table.visualRect(table.model().index(0, 0))
    inside = rect.topLeft() + QPoint(8 + 12, rect.height() // 2 - 12)
    picture = table.viewport().grab().toImage()
    fill = placeholder_colours("All of Us Are Dead").fill
    assert picture.pixelColor(inside).name() == fill
    shell.window.posters_action.setChecked(False)
    picture = table.viewport().grab().toImage()
    assert picture.pixelColor(inside).name() != fill
    assert not shell.window.ui_state.show_posters  # remembered for the next start
    shell.window.watchlist.select_title(shell.model.summaries()[0].id)
    poster = shell.catalogues.section.poster
    qtbot.waitUntil(lambda: poster.accessibleDescription() == "No poster for All of Us Are Dead")
    assert poster.grab().toImage().pixelColor(4, poster.height() // 2).name() == fill
