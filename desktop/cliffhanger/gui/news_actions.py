"""The news desk in the window: File > Read news article… takes pasted text or a file, proposes its facts for
review, and records the accepted ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cliffhanger.domain.matching import Named
from cliffhanger.news import extract

from .controller import WatchlistController
from .dialogs.news_paste import NewsPasteDialog
from .dialogs.news_review import NewsReviewDialog


class NewsActions(QObject):
    """Owns the "Read news article…" action and its two dialogs; `recorded(text)` reports the outcome."""

    def __init__(
        self, window: QWidget, controller: WatchlistController, recorded: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.window, self.controller, self._recorded = window, controller, recorded
        self.read = QAction("Read news &article…", self)
        self.read.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.read.setToolTip("Paste an article or open a saved page; its facts are proposed for review")
        self.read.triggered.connect(lambda _checked=False: self.open_paste_dialog())

    def _names(self) -> list[Named]:
        return [Named(s.id, s.name, s.facts.year) for s in self.controller.model.summaries()]

    def open_paste_dialog(self) -> NewsPasteDialog:
        dialog = NewsPasteDialog(self.window, today=self.controller.model.today())
        dialog.accepted.connect(lambda: self.review(*dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def review(self, article: str, published, source: str) -> NewsReviewDialog:  # type: ignore[no-untyped-def]
        found = extract(article, published=published, source=source, watchlist=self._names())
        dialog = NewsReviewDialog(found, self.window)
        dialog.accepted.connect(lambda: self._record(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _record(self, dialog: NewsReviewDialog) -> None:
        chosen = dialog.result()

        def done(applied) -> None:  # type: ignore[no-untyped-def]
            self._recorded(f"Recorded {applied.total} facts from the article on {applied.title.name}")

        self.controller.apply_news(chosen, done)
