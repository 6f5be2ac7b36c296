"""A progress dialog for an import or export running in the background.

`TransferProgress` is the progress callback the transfer code calls (see `transfer.progress`) on the
worker thread; it only emits a signal, which Qt queues to the GUI thread, where the dialog moves. The
dialog appears only if the work lasts (Qt's minimum duration) and has no Cancel: an import commits whole
or not at all, and an export replaces its file only when done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class TransferProgress(QObject):
    """A window-modal progress dialog over `parent`, labelled `label`, moved by calling the object.

    Signals:
        moved(int, int): work done and work in all, emitted from whichever thread does the work.
    """

    moved = Signal(int, int)

    def __init__(self, parent: QWidget, label: str) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButton(None)  # no button at all (an empty text would still show one)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.moved.connect(self._move, Qt.ConnectionType.QueuedConnection)

    def __call__(self, done: int, total: int) -> None:
        self.moved.emit(done, total)

    def _move(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def finish(self) -> None:
        """Close the dialog (call on the GUI thread once the work has ended, however it ended)."""
        self.moved.disconnect(self._move)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()
