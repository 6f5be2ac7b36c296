"""An import through the wizard, and the progress dialog it shows: moved from the worker thread, closed
when the import has ended, every row written."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from cliffhanger.gui.import_wizard import ImportWizard
from cliffhanger.gui.transfer_progress import TransferProgress
from cliffhanger.settings import Settings
from cliffhanger.tasks import TaskRunner

ROWS = 3_000


def test_the_dialog_follows_what_a_worker_thread_tells_it(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    progress = TransferProgress(parent, "Importing films.csv…")
    worker = threading.Thread(target=lambda: [progress(done, 4_000) for done in (1_000, 2_000)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: progress.dialog.value() == 2_000)
    assert progress.dialog.maximum() == 4_000 and progress.dialog.labelText() == "Importing films.csv…"
    assert not progress.dialog.findChildren(QPushButton)  # no Cancel: an import commits whole or not at all
    progress.dialog.show()
    progress.dialog.grab().save(str(tmp_path.parent / "transfer-progress.png"))
    progress.finish()
    assert not progress.dialog.isVisible()


def test_an_import_through_the_wizard_moves_its_progress_to_the_end(qtbot, watchlist, tmp_path):
    lines = [
        "Const,Title,Title Type,Year",
        *(f"tt{4000000 + n},Film {n},movie,{1950 + n % 70}" for n in range(ROWS)),
    ]
    export = tmp_path / "films.csv"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nothing = lambda *_args: None  # noqa: E731
    wizard = ImportWizard(TaskRunner(), lambda: watchlist.db, Settings(), nothing, nothing, nothing)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(export))
    wizard.advance()  # Preview
    assert wizard._progress is not None
    read: list[int] = []
    wizard._progress.moved.connect(lambda done, _total: read.append(done))
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=30_000)
    assert wizard._progress is None and ROWS in read  # the preview's dialog followed every row and closed
    heard: list[int] = []
    wizard.advance()  # Import
    wizard._progress.moved.connect(lambda done, _total: heard.append(done))
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=60_000)
    assert len(watchlist.summaries()) == ROWS
    assert 2 * ROWS in heard and max(heard) == 2 * ROWS  # every row matched, then written
    assert not [dialog for dialog in wizard.findChildren(QProgressDialog) if dialog.isVisible()]
