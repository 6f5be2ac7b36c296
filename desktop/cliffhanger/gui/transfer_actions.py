"""File menu entries for moving the watchlist in and out, plus the two quiet chores: the daily backup at
start and `calendar.ics` in the data folder, rewritten a few seconds after the watchlist changes.

Exports stream in the background under a progress dialog; a file is replaced atomically, never left
half-written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.storage.engine import Database
from cliffhanger.tasks import TaskRunner
from cliffhanger.transfer.autobackup import daily_backup
from cliffhanger.transfer.calendar_feed import refresh_feed
from cliffhanger.transfer.export import write_export

from .transfer_progress import TransferProgress

log = logging.getLogger(__name__)
FORMATS = {  # the action's text and the file filter are translated where shown
    "json": (
        QT_TRANSLATE_NOOP("TransferActions", "Export JSON &backup…"),
        QT_TRANSLATE_NOOP("TransferActions", "JSON backup (*.json)"),
        "cliffhanger-backup.json",
    ),
    "csv": (
        QT_TRANSLATE_NOOP("TransferActions", "Export &CSV…"),
        QT_TRANSLATE_NOOP("TransferActions", "CSV table (*.csv)"),
        "cliffhanger.csv",
    ),
    "ics": (
        QT_TRANSLATE_NOOP("TransferActions", "Export i&Calendar…"),
        QT_TRANSLATE_NOOP("TransferActions", "iCalendar (*.ics)"),
        "cliffhanger.ics",
    ),
}
FEED_DELAY_MS = 5_000


class TransferActions(QObject):
    """Builds the Import and Export actions; `db()` is the open watchlist's database (None while opening)."""

    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskRunner,
        db: Callable[[], Database | None],
        open_wizard: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window, self.tasks, self.db = window, tasks, db
        self.import_action = QAction(translate("TransferActions", "&Import…"), self)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.triggered.connect(lambda _checked=False: open_wizard())
        self.export_actions: dict[str, QAction] = {}
        for fmt, (text, _filter, _name) in FORMATS.items():
            action = QAction(translate("TransferActions", text), self)
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        self._feed_timer = QTimer(self)
        self._feed_timer.setSingleShot(True)
        self._feed_timer.setInterval(FEED_DELAY_MS)
        self._feed_timer.timeout.connect(self._write_feed)

    def export(self, fmt: str, target: Path | None = None) -> None:
        """Ask where (unless `target` is given), then write the export in the background."""
        db = self.db()
        if db is None:
            return
        if target is None:
            _text, shown, name = FORMATS[fmt]
            filters = translate("TransferActions", shown)
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, translate("TransferActions", "Export"), str(Path.home() / name), filters
            )
            if not chosen:
                return
            target = Path(chosen)
        bar = self.window.statusBar()
        progress = TransferProgress(self.window, translate("TransferActions", "Exporting the watchlist…"))

        def exported(path: Path) -> None:
            progress.finish()
            bar.showMessage(translate("TransferActions", "Exported to %1").replace("%1", str(path)), 8_000)

        def failed(error: BaseException) -> None:
            progress.finish()
            bar.showMessage(
                translate("TransferActions", "Couldn't export: %1").replace("%1", str(error)), 15_000
            )

        self.tasks.run(
            lambda: write_export(fmt, db, target, progress=progress),
            name=f"export {fmt}",
            on_success=exported,
            on_failure=failed,
        )

    def backup_daily(self, folder: Path, keep: int) -> None:
        """Write today's automatic backup if it is not there yet (in the background)."""
        db = self.db()
        if db is not None:
            self.tasks.run(
                lambda: daily_backup(db, folder, keep=keep, today=date.today()),
                name="daily backup",
                write=True,
            )

    def keep_feed(self, folder: Path) -> None:
        """Rewrite `folder/calendar.ics` a few seconds after the latest change (call on every change)."""
        self._feed_folder = folder
        self._feed_timer.start()

    def _write_feed(self) -> None:
        db = self.db()
        if db is not None:
            folder = self._feed_folder
            # a write: the feed keeps the calendar ledger (UIDs, SEQUENCE) in step
            self.tasks.run(lambda: refresh_feed(db, folder, date.today()), name="calendar feed", write=True)
