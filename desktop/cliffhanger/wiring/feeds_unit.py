"""News in the running app: pasting an article, the news inbox, and followed feeds checked on the refresh
schedule on their own thread. Found news waits for the user's review; nothing is applied unseen."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ..gui.news_actions import NewsActions
from ..tasks import TaskRunner
from . import Parts

if TYPE_CHECKING:
    from ..gui.feeds_control import FeedsControl

STOP_WAIT_MS = 1_000  # a check under way may finish storing what it found


class FeedsUnit:
    """Owns the news actions (in the File menu from the start) and the feed checks (once the list is open)."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        window = parts.window
        self.news = NewsActions(window, parts.controller, lambda text: window.show_message(text, 8_000))
        window.add_file_action(self.news.read)
        window.add_file_action(self.news.inbox)
        self.tasks = TaskRunner(parts.root, readers=1)
        self.feeds: FeedsControl | None = None

    def install(self) -> None:
        from ..domain.matching import Named
        from ..gui.feeds_control import FeedsControl
        from ..storage.news_store import NewsStore

        parts = self.parts
        model, settings = parts.model, parts.settings
        store = NewsStore(parts.controller.opened().db)
        names = lambda: [Named(s.id, s.name, s.facts.year) for s in model.summaries()]  # noqa: E731
        every = lambda: timedelta(hours=max(1, settings.refresh_hours))  # noqa: E731
        self.feeds = FeedsControl(store, names, every, self.tasks, parts.root)
        self.news.attach_feeds(store, self.feeds.waiting)

    def start(self) -> None:
        assert self.feeds is not None, "installed first"
        self.feeds.start()

    def shutdown(self) -> None:
        if self.feeds is not None:
            self.feeds.stop()
            self.tasks.shutdown(timeout_ms=STOP_WAIT_MS)
