"""The news desk in the window: File > Read news article… takes pasted text or a file, proposes its facts for
review, and records the accepted ones; File > News from feeds… lists what the followed feeds brought."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cliffhanger.domain.matching import Named
from cliffhanger.i18n import translate
from cliffhanger.sync.news import Applied

from .controller import WatchlistController
from .dialogs.news_inbox import NewsInboxDialog
from .dialogs.news_paste import NewsPasteDialog
from .dialogs.news_review import NewsReviewDialog


class NewsActions(QObject):
    """Owns the "Read news article…" action and its two dialogs; `recorded(text)` reports the outcome."""

    def __init__(
        self, window: QWidget, controller: WatchlistController, recorded: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.window, self.controller, self._recorded = window, controller, recorded
        self.read = QAction(translate("NewsActions", "Read news &article…"), self)
        self.read.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.read.setToolTip(
            translate(
                "NewsActions", "Paste an article or open a saved page; its facts are proposed for review"
            )
        )
        self.read.triggered.connect(lambda _checked=False: self.open_paste_dialog())
        self.inbox = QAction(translate("NewsActions", "News from &feeds…"), self)
        self.inbox.setToolTip(
            translate("NewsActions", "News about your titles from the feeds you follow, waiting for review")
        )
        self.inbox.setEnabled(False)
        self.inbox.triggered.connect(lambda _checked=False: self.open_inbox())
        self.store: Any = None  # storage.news_store.NewsStore, once the watchlist is open

    def attach_feeds(self, store: Any, waiting: Any) -> None:
        """Use `store` for the feed inbox; `waiting` is the checker's signal of how many items wait."""
        self.store = store
        self.inbox.setEnabled(True)
        waiting.connect(self._waiting)

    def _waiting(self, count: int) -> None:
        waiting = translate("NewsActions", "News from &feeds (%1)…").replace("%1", str(count))
        self.inbox.setText(waiting if count else translate("NewsActions", "News from &feeds…"))
        if count:
            self._recorded(
                translate(
                    "NewsActions",
                    "%n news item(s) about your titles wait for review: File → News from feeds",
                    None,
                    count,
                )
            )

    def open_inbox(self) -> NewsInboxDialog:
        dialog = NewsInboxDialog(self.store.items("waiting"), self.window)
        dialog.review_requested.connect(self._review_item)
        dialog.dismiss_requested.connect(lambda item: self.store.mark(item.id, "dismissed"))
        dialog.follow_requested.connect(self._follow)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _follow(self, url: str) -> None:
        from cliffhanger.storage.news_store import FeedError

        if not url.lower().startswith(("http://", "https://")):
            self._recorded(translate("NewsActions", "%1 is not a web address").replace("%1", url))
            return
        try:
            feed = self.store.add_feed(url)
        except FeedError as error:
            self._recorded(str(error))
            return
        self._recorded(
            translate("NewsActions", "Following %1; it is read on the refresh schedule").replace(
                "%1", feed.url
            )
        )

    def _review_item(self, item: Any) -> NewsReviewDialog:
        feed = next((f for f in self.store.feeds() if f.id == item.feed_id), None)
        published = item.published or self.controller.model.today()
        dialog = self.review(item.text, published, feed.name if feed else "")
        dialog.accepted.connect(lambda: self.store.mark(item.id, "applied"))
        return dialog

    def _names(self) -> list[Named]:
        return [Named(s.id, s.name, s.facts.year) for s in self.controller.model.summaries()]

    def open_paste_dialog(self) -> NewsPasteDialog:
        dialog = NewsPasteDialog(self.window, today=self.controller.model.today())
        dialog.accepted.connect(lambda: self.review(*dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def review(self, article: str, published: date, source: str) -> NewsReviewDialog:
        from cliffhanger.news import extract  # its rules load with the first article

        found = extract(article, published=published, source=source, watchlist=self._names())
        dialog = NewsReviewDialog(found, self.window)
        dialog.accepted.connect(lambda: self._record(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _record(self, dialog: NewsReviewDialog) -> None:
        chosen = dialog.extraction()

        def done(applied: Applied) -> None:
            count = applied.total
            text = translate("NewsActions", "Recorded %n fact(s) from the article on %1", None, count)
            self._recorded(text.replace("%1", applied.title.name))

        self.controller.apply_news(chosen, done)
