"""The import wizard: pick a file, preview what is added, merged, skipped or bad, import, then read a summary.

Reading, detecting and previewing run in the background; the import itself is one write transaction on
the task runner's writer. A Cliffhanger backup is merged in (reminders included), as `cliffhanger import`
does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.settings import Settings
from cliffhanger.storage.engine import Database
from cliffhanger.tasks import TaskRunner
from cliffhanger.transfer import detect, report
from cliffhanger.transfer.apply import preview, run_import
from cliffhanger.transfer.link import link_titles
from cliffhanger.transfer.model import ParseContext, Parsed
from cliffhanger.transfer.plan import ImportPlan
from cliffhanger.transfer.progress import Progress, silent
from cliffhanger.transfer.restore import Mode, restore
from cliffhanger.transfer.text import load_json

from .models.import_preview import ImportPreviewModel, counts_text
from .transfer_progress import TransferProgress
from .widgets.labels import plain_label

FORMAT_LABELS = {  # the formats whose labels are more than a file's name
    "imdb": QT_TRANSLATE_NOOP("ImportWizard", "IMDb list or watchlist CSV"),
    "trakt": QT_TRANSLATE_NOOP("ImportWizard", "Trakt watchlist, history or watched JSON"),
    detect.BACKUP: QT_TRANSLATE_NOOP("ImportWizard", "Cliffhanger JSON backup"),
}


def format_label(name: str) -> str:
    """The format's label in the user's language ("" for a format not known)."""
    if name in FORMAT_LABELS:
        return translate("ImportWizard", FORMAT_LABELS[name])
    return detect.BY_NAME[name].label if name in detect.BY_NAME else ""


@dataclass
class Previewed:
    """A read file with its plan, and a note on linking to TVmaze."""

    path: Path
    parsed: Parsed
    plan: ImportPlan
    linking: str = ""


def read_and_plan(path: Path, db: Database, lookup: Any | None, progress: Progress = silent) -> Previewed:
    """Detect and parse the file, link series when `lookup` is given, and plan (nothing written);
    `progress` hears the rows matched."""
    parsed = detect.read_path(path, ParseContext(date.today()))
    linking = ""
    if lookup is not None:
        linked = link_titles(parsed, lookup)
        count = linked.linked
        linking = linked.stopped or translate("ImportWizard", "Linked %n series to TVmaze.", None, count)
    return Previewed(path, parsed, preview(parsed, db, progress), linking)


def carry_out(chosen: Previewed, db: Database, progress: Progress = silent) -> str:
    """Import in one transaction, telling `progress` how far it is; the summary sentence."""
    if chosen.parsed.format == detect.BACKUP:
        data = load_json(detect.read_text(chosen.path))
        c = restore(db, data, Mode.MERGE).counts
        text = translate("ImportWizard", "Merged the backup: added %1, merged %2, skipped %3, bad %4")
        for number, key in enumerate(("add", "merge", "skip", "bad"), start=1):
            text = text.replace(f"%{number}", str(c[key]))
        return text
    return report.summary(run_import(chosen.parsed, db, progress=progress), dry_run=False) + "."


def _label(text: str = "", role: str | None = None) -> QLabel:
    return plain_label(text, role, wrap=True)


class ImportWizard(QDialog):
    """Three steps on one dialog: choose, preview, done. `db()` gives the open watchlist's database (None
    while it opens)."""

    def __init__(self, tasks: TaskRunner, db: Callable[[], Database | None], settings: Settings,
                 save_settings: Callable[[Settings], None], lookup: Callable[[], Any],
                 on_imported: Callable[[], None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("ImportWizard", "Import"))
        self.tasks, self.db, self.settings, self._save = tasks, db, settings, save_settings
        self._lookup, self._on_imported = lookup, on_imported
        self.previewed: Previewed | None = None
        self._progress: TransferProgress | None = None
        self.heading = _label(translate("ImportWizard", "Import a watchlist"), "heading")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.done_text = _label()
        self.pages.addWidget(self.done_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(
            translate("ImportWizard", "Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.advance)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        for widget in (self.heading, self.pages, self.buttons):
            layout.addWidget(widget)
        self.resize(760, 520)
        self._path_changed()

    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setPlaceholderText(
            translate("ImportWizard", "An export from IMDb, Letterboxd, TV Time, Trakt, Sonarr, or a backup")
        )
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.network = QCheckBox(
            translate(
                "ImportWizard", "Allow network lookups (link series to TVmaze by their IMDb or TVDB id)"
            )
        )
        self.network.setChecked(self.settings.allow_network)
        self.network.toggled.connect(self._network_toggled)
        self.problem = _label("", "error")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            _label(
                translate("ImportWizard", "Pick the file; its format is recognised from its contents."),
                "subtle",
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.network)
        formats = "\n".join(f"•  {format_label(f.name)}" for f in detect.FORMATS)
        layout.addWidget(_label(translate("ImportWizard", "Supported:") + "\n" + formats, "subtle"))
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = _label()
        self.linking = _label("", "subtle")
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        for widget in (self.summary, self.linking, self.table):
            layout.addWidget(widget)
        return page

    # -- steps --------------------------------------------------------------------------------------
    def _browse(self) -> None:
        filters = translate("ImportWizard", "Exports (*.csv *.json);;All (*)")
        chosen, _filter = QFileDialog.getOpenFileName(self, translate("ImportWizard", "Import"), "", filters)
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self) -> None:
        self.problem.setText("")
        self.next_button.setEnabled(bool(self.path.text().strip()) and self.pages.currentIndex() == 0)

    def _network_toggled(self, allowed: bool) -> None:
        self.settings.allow_network = allowed
        self._save(self.settings)

    def advance(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            self._read()
        elif step == 1:
            self._import()
        else:
            self.accept()

    def _read(self) -> None:
        db = self.db()
        if db is None:
            self.problem.setText(
                translate("ImportWizard", "The watchlist is still opening; try again in a moment.")
            )
            return
        path = Path(self.path.text().strip()).expanduser()
        lookup = self._lookup() if self.network.isChecked() else None
        self.next_button.setEnabled(False)
        self.problem.setText(translate("ImportWizard", "Reading…"))
        self._progress = TransferProgress(
            self, translate("ImportWizard", "Reading %1…").replace("%1", path.name)
        )
        progress = self._progress
        self.tasks.run(lambda: read_and_plan(path, db, lookup, progress), name="preview import",
                       on_success=self._previewed, on_failure=self._unreadable)  # fmt: skip

    def _unreadable(self, error: BaseException) -> None:
        self._end_progress()
        cannot = translate("ImportWizard", "Can't read it (%1)").replace("%1", str(error))
        self.problem.setText(str(error) if isinstance(error, ValueError) else cannot)
        self.next_button.setEnabled(True)

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _previewed(self, previewed: Previewed) -> None:
        self._end_progress()
        self.previewed = previewed
        label = format_label(previewed.plan.format)
        self.heading.setText(translate("ImportWizard", "Import %1").replace("%1", previewed.path.name))
        encoding = previewed.plan.encoding
        read_as = " " + translate("ImportWizard", "Read as %1.").replace("%1", encoding) if encoding else ""
        summary = translate("ImportWizard", "%1: %2.%3 Nothing is written until you import.").replace(
            "%1", label
        )
        self.summary.setText(summary.replace("%2", counts_text(previewed.plan)).replace("%3", read_as))
        self.linking.setText(previewed.linking)
        self.linking.setVisible(bool(previewed.linking))
        self.model.set_plan(previewed.plan)
        self.pages.setCurrentIndex(1)
        counts = previewed.plan.counts()
        self.next_button.setText(translate("ImportWizard", "Import"))
        self.next_button.setEnabled(bool(counts["add"] or counts["merge"]))

    def _import(self) -> None:
        chosen, db = self.previewed, self.db()
        if chosen is None or db is None:
            return
        self.next_button.setEnabled(False)
        self._progress = TransferProgress(
            self, translate("TransferActions", "Importing %1…").replace("%1", chosen.path.name)
        )
        progress = self._progress
        self.tasks.run(lambda: carry_out(chosen, db, progress), name="import", write=True,
                       on_success=self._imported, on_failure=self._failed)  # fmt: skip

    def _imported(self, summary: str) -> None:
        self._end_progress()
        self.heading.setText(translate("ImportWizard", "Imported"))
        self.done_text.setText(
            summary + "\n\n" + translate("ImportWizard", "Importing the same file again adds nothing.")
        )
        self.pages.setCurrentIndex(2)
        self.next_button.setText(translate("ImportWizard", "Done"))
        self.next_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._on_imported()

    def _failed(self, error: BaseException) -> None:
        self._end_progress()
        self.summary.setText(translate("ImportWizard", "Nothing was imported: %1").replace("%1", str(error)))
        self.next_button.setEnabled(True)
