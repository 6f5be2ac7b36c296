"""Posters for the list and the detail pane, read from the poster cache in the background.

`PosterThumbnails` knows which cached file belongs to which title (one read of every catalogue link, again
whenever the watchlist changes) and scales a file to the size asked for on a worker thread. Until an image
is ready, or when a title has none (added by hand, or offline before its poster was fetched), `pixmap()`
answers None and the caller draws the placeholder (`widgets.poster`). Nothing here reads a file on the GUI
thread.

Signals:
    ready(int): the image for this title is now available at some size.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

log = logging.getLogger(__name__)
LIST_SIZE = QSize(24, 34)


def _scaled(path: str, size: QSize) -> QImage | None:
    """Read and scale on a worker (QImage, unlike QPixmap, may be used off the GUI thread)."""
    image = QImage(path)
    if image.isNull():
        return None
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                        Qt.TransformationMode.SmoothTransformation)  # fmt: skip


class PosterThumbnails(QObject):
    """See the module docstring; `run(work, on_success)` runs `work` on a reader thread."""

    ready = Signal(int)

    def __init__(self, run: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.files: dict[int, str] = {}
        self._images: dict[tuple[int, int, int], QPixmap] = {}
        self._asked: set[tuple[int, int, int]] = set()

    def read_links(self, links: Callable[[], list[Any]]) -> None:
        """Learn again which poster file each title has (`links()` runs in the background)."""

        def work() -> dict[int, str]:
            found = ((x.title_id, x.poster_file) for x in links() if x.poster_file)
            return {title_id: file for title_id, file in found if Path(file).is_file()}

        self._run(work, name="read poster files", on_success=self._files_read)

    def _files_read(self, files: dict[int, str]) -> None:
        changed = {t for t in set(files) | set(self.files) if files.get(t) != self.files.get(t)}
        self.files = files
        for key in [k for k in self._images if k[0] in changed]:
            del self._images[key]
        self._asked = {k for k in self._asked if k[0] not in changed}
        for title_id in changed:
            self.ready.emit(title_id)

    def pixmap(self, title_id: int, size: QSize = LIST_SIZE) -> QPixmap | None:
        """The title's poster at `size` if it is ready; otherwise None (and it is fetched if there is one)."""
        key = (title_id, size.width(), size.height())
        if key in self._images:
            return self._images[key]
        path = self.files.get(title_id)
        if path is not None and key not in self._asked:
            self._asked.add(key)
            self._run(lambda: _scaled(path, size), name="scale poster",
                      on_success=lambda image, k=key: self._scaled(k, image))  # fmt: skip
        return None

    def _scaled(self, key: tuple[int, int, int], image: QImage | None) -> None:
        if image is None:
            log.info("poster for title %d could not be read", key[0])
            return
        self._images[key] = QPixmap.fromImage(image)
        self.ready.emit(key[0])
