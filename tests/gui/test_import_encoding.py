"""The import preview says which encoding the file was read in, and reads an older IMDb export whole."""

from __future__ import annotations

from cliffhanger.gui.import_wizard import ImportWizard
from cliffhanger.settings import Settings
from cliffhanger.tasks import TaskRunner
from support.transfer import SAMPLES


def test_the_preview_names_the_encoding_of_a_windows_1252_export(qtbot, watchlist, tmp_path):
    text = (SAMPLES / "imdb_watchlist_export_2021format.sample.csv").read_text(encoding="utf-8")
    export = tmp_path / "WATCHLIST.csv"
    export.write_bytes(text.replace("Avengers: Endgame", "Amélie – Le Fabuleux Destin").encode("cp1252"))
    tasks = TaskRunner()
    nothing = lambda *_args: None  # noqa: E731
    wizard = ImportWizard(tasks, lambda: watchlist.db, Settings(), nothing, nothing, nothing)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(export))
    wizard.advance()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=20_000)
    assert "Read as Windows-1252." in wizard.summary.text() and "11 to add" in wizard.summary.text()
    wizard.grab().save(str(tmp_path.parent / "import-preview.png"))
