"""Python's cyclic garbage collection, run on the main thread only, and never by a timer.

Left automatic, a collection can start in whichever thread happens to allocate, a background task included;
if it frees a Qt object there, the object's destructor waits for Qt's connection lock while the main thread,
holding that lock, waits for the interpreter: a deadlock seen in practice. So automatic collection is switched
off while the app runs, and the main thread collects, as often as the thresholds would have, each time its
event loop is about to sleep: an idle app is never woken for it, and a busy one collects between events.

`freeze()` moves everything alive into Python's permanent generation once a large watchlist is loaded, so
later full collections need not walk tens of thousands of long-lived rows (they are still freed by their
reference counts when dropped; only cycles among them would wait for `stop()`).

The same moment empties Qt's pixmap cache: while it holds anything, Qt flushes it from a timer every ten
seconds, which would wake an idle app for good. Styles redraw what they need at the next paint.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractEventDispatcher, QObject
from PySide6.QtGui import QPixmapCache


class MainThreadCollector(QObject):
    """Owns garbage collection while it is started; `stop()` gives it back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._dispatcher: QAbstractEventDispatcher | None = None

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.connect(self.collect)
            self._dispatcher.aboutToBlock.connect(QPixmapCache.clear)

    def stop(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self.collect)
            self._dispatcher.aboutToBlock.disconnect(QPixmapCache.clear)
            self._dispatcher = None
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    @staticmethod
    def freeze() -> None:
        """Keep what is alive now out of later collections (call after a large load; it costs nothing)."""
        gc.freeze()

    def collect(self) -> int:
        """Collect the oldest generation whose count has passed its threshold (as Python itself would)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
