"""Noticing changes made by other processes (the command line) through the watchlist's change stamp file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class ChangeWatcher(QObject):
    """Watches the stamp file and its directory (the file may not exist yet); bursts become one signal.

    Signals:
        changed: the stamp file was created or touched.
    """

    changed = Signal()

    def __init__(self, stamp: Path, parent: QObject | None = None, *, settle_ms: int = 150) -> None:
        super().__init__(parent)
        self.stamp = stamp
        self._last = self._mtime()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(stamp.parent))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._settled)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._watch_file()

    def _mtime(self) -> int | None:
        try:
            return self.stamp.stat().st_mtime_ns
        except OSError:
            return None

    def _watch_file(self) -> None:
        if self.stamp.exists() and str(self.stamp) not in self._watcher.files():
            self._watcher.addPath(str(self.stamp))

    def _poke(self, _path: str = "") -> None:
        self._watch_file()  # touching can replace the file; watch it again
        self._timer.start()

    def _settled(self) -> None:
        mtime = self._mtime()
        if mtime is not None and mtime != self._last:
            self._last = mtime
            self.changed.emit()
