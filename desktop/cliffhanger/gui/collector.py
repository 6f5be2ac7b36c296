"""Python's cyclic garbage collection, run on the main thread only.

Left automatic, a collection can start in whichever thread happens to allocate, a background task included;
if it frees a Qt object there, the object's destructor waits for Qt's connection lock while the main thread,
holding that lock, waits for the interpreter: a deadlock seen in practice. So automatic collection is switched
off while the app runs, and this timer collects on the main thread, as often as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000


class MainThreadCollector(QObject):
    """Owns garbage collection while it is started; `stop()` gives it back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> int:
        """Collect the oldest generation whose count has passed its threshold (as Python itself would)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
