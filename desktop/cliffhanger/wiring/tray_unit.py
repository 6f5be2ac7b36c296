"""The tray icon's side of the app: shown at start, its summary of what comes next, hidden at quit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from . import Parts

log = logging.getLogger(__name__)
GEOMETRY_CHECKS = 150  # every 200 ms: 30 s at most


class TrayUnit:
    """Keeps the tray's menu and tooltip in step with the watchlist and the unread alerts."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.unread = 0
        self._checks_left = GEOMETRY_CHECKS
        self._geometry_timer = QTimer(parts.root)
        self._geometry_timer.setInterval(200)
        self._geometry_timer.timeout.connect(self._check_geometry)
        self._pending = QTimer(parts.root)  # many changes in one turn make one update, after the list paints
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.update)
        parts.model.titles_changed.connect(self._pending.start)

    def install(self) -> None:
        """Nothing waits for the watchlist: the tray is shown at start."""

    def start(self) -> None:
        self.parts.tray.show()
        self._geometry_timer.start()
        self._check_geometry()

    def _check_geometry(self) -> None:
        """Log where the icon landed; Qt has no signal for it, so look a few times."""
        geometry = self.parts.tray.geometry()
        self._checks_left -= 1
        if not geometry.isEmpty():
            log.info("tray icon shown: %d,%d %dx%d", geometry.x(), geometry.y(), geometry.width(),
                     geometry.height())  # fmt: skip
        if not geometry.isEmpty() or self._checks_left <= 0:
            self._geometry_timer.stop()

    def update(self) -> None:
        """The next dates and the number of titles and unread alerts."""
        from ..gui.whats_next import SHOWN, next_dates

        model = self.parts.model
        today = model.today()
        coming = next_dates(model.awaited(today, SHOWN), today)
        self.parts.tray.show_next(model.rowCount(), coming, self.unread)

    def set_unread(self, count: int) -> None:
        if count != self.unread:
            self.unread = count
            log.info("unread alerts: %d", count)
            self.update()

    def shutdown(self) -> None:
        self._pending.stop()
        self._geometry_timer.stop()
        self.parts.tray.hide()
