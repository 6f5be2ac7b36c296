"""The GUI's door to the watchlist: every read and write runs in the background and lands in the table model.

The watchlist itself is opened in the background too (migrations included), so the window paints at once.
When the file needs nothing done first, the titles are read with sqlite3 alone and shown before the watchlist
is opened, so the list does not wait for the ORM to load.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from cliffhanger import paths
from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.summary_line import SummaryLine
from cliffhanger.domain.vocabulary import ChangeKind, EntryKind
from cliffhanger.i18n import translate
from cliffhanger.storage.guard import DatabaseProblem, explain
from cliffhanger.sync.news import NewsWatchlist

if TYPE_CHECKING:
    from cliffhanger.storage.engine import Database
    from cliffhanger.storage.watchlist import Change
from cliffhanger.tasks import TaskRunner

from .models.rows import Row, build_rows
from .models.watchlist_model import WatchlistModel

_Built = tuple[list[Row], tuple[int, bool]]  # rows sorted off the GUI thread, and the order they are in
log = logging.getLogger(__name__)
Done = Callable[[Any], None] | None


class WatchlistStore(NewsWatchlist, Protocol):
    """What the GUI needs of `storage.watchlist.Watchlist`: what applying an article needs, and more."""

    db: Database

    def subscribe(self, listener: Callable[[Change], None]) -> None: ...
    def announce(self, title_id: int, what: ChangeKind) -> None: ...
    def close(self) -> None: ...
    def titles(self) -> list[Title]: ...
    def lines(self) -> list[SummaryLine]: ...
    def delete_entries(self, title_id: int, what: EntryKind, ids: Sequence[int]) -> Title: ...
    def remove(self, title_id: int) -> None: ...
    def mark_watched(self, title_id: int, episodes: Sequence[tuple[int, int]], *, watched: bool) -> Title: ...
    def upcoming_episodes(self, today: date) -> list[tuple[int, Episode]]: ...
    def restore(self, title_id: int) -> Title: ...


class WatchlistController(QObject):
    """Runs watchlist operations on the task runner and applies their results to the model.

    Signals:
        shown: the titles are in the model (perhaps before the watchlist is open).
        ready: the watchlist is open and its titles are in the model.
        reloaded(int): titles were reloaded after a change made elsewhere (their number).
        error(str): an operation failed; the text is for the user.
        unavailable(str): the watchlist could not be opened at all (read-only folder, full disk, a file that
            is not ours, a newer schema); the text says why, and no list is shown in its place.
    """

    shown = Signal()
    ready = Signal()
    reloaded = Signal(int)
    error = Signal(str)
    unavailable = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        model: WatchlistModel,
        *,
        stamp: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.model = model
        self.store: WatchlistStore | None = None
        self._stamp = stamp
        self._own_stamps: set[int] = set()
        self._lock = threading.Lock()

    def opened(self) -> WatchlistStore:
        """The open watchlist; call it only once `ready` was emitted."""
        if self.store is None:
            raise RuntimeError("the watchlist is not open yet")
        return self.store

    def open(
        self,
        opener: Callable[[], WatchlistStore],
        first_read: Callable[[], list[SummaryLine] | None] | None = None,
    ) -> None:
        """Open the watchlist with `opener` (a write: it may migrate) and then read every title's summary.

        `first_read` may read the summaries without opening the watchlist, or answer None when the file needs
        the full open first: the titles it reads are shown, and the watchlist is opened right after."""
        if first_read is None:
            self._open(opener, read=True)
            return
        before = self._stamp_mark()
        rows_of = self._row_builder()

        def read() -> _Built | None:
            found = first_read()
            return None if found is None else rows_of(found)

        self.tasks.run(
            read,
            name="read watchlist",
            write=True,
            on_success=lambda found: self._first_read(found, opener, before),
            on_failure=lambda _error: self._open(opener, read=True),  # the full open says what is wrong
        )

    def _row_builder(self) -> Callable[[list[SummaryLine]], _Built]:
        """Builds and sorts the rows on the reading thread, with the day and sort order taken here (GUI
        thread) now, so the GUI thread only swaps the finished list in."""
        today, order = self.model.today(), self.model.sort_order()
        return lambda found: (build_rows(found, today, *order), order)

    def _first_read(
        self, found: _Built | None, opener: Callable[[], WatchlistStore], before: int | None
    ) -> None:
        if found is None:
            self._open(opener, read=True)
            return
        self._show(found)
        QTimer.singleShot(0, lambda: self._open(opener, read=False, changed_since=before))  # once painted

    def _open(
        self, opener: Callable[[], WatchlistStore], *, read: bool, changed_since: int | None = None
    ) -> None:
        rows_of = self._row_builder()

        def work() -> tuple[WatchlistStore, _Built | None]:
            store = opener()
            return store, rows_of(store.lines()) if read else None

        def opened(outcome: tuple[WatchlistStore, _Built | None]) -> None:
            self._opened(outcome, changed_since)

        failed = self._open_failed
        self.tasks.run(work, name="open watchlist", write=True, on_success=opened, on_failure=failed)

    def _stamp_mark(self) -> int | None:
        """The change stamp's time now, to tell later whether another process wrote meanwhile."""
        try:
            return self._stamp.stat().st_mtime_ns if self._stamp is not None else None
        except OSError:
            return None

    def _open_failed(self, error: BaseException) -> None:
        log.error("the watchlist could not be opened: %s", error)
        if isinstance(error, DatabaseProblem):
            text = str(error)
        else:
            plain = explain(error, paths.data_dir(create=False))
            said = translate("Controller", "The watchlist could not be opened (%1).")
            text = plain or said.replace("%1", str(error or type(error).__name__))
        self.unavailable.emit(text)

    def _show(self, built: _Built) -> None:
        rows, order = built
        self.model.loader = self._load_one
        self.model.set_rows(rows, sorted_by=order)
        log.info("watchlist loaded: %d titles", len(rows))
        self.shown.emit()

    def _opened(
        self, outcome: tuple[WatchlistStore, _Built | None], changed_since: int | None = None
    ) -> None:
        self.store, titles = outcome
        if titles is not None:
            self._show(titles)
        elif self._stamp_mark() != changed_since:
            self.reload("changed while opening")  # written elsewhere after the titles were read
        self.ready.emit()

    def _load_one(self, title_id: int) -> Title | None:
        """One whole title, read at once on this thread: a handful of indexed queries for the selection."""
        if self.store is None:
            return None
        try:
            return self.store.title(title_id)
        except LookupError:
            return None

    def load_upcoming(self, done: Callable[[tuple[list[Title], list[tuple[int, Episode]]]], None]) -> None:
        """Every whole title and each season's next episode, read in the background (the Upcoming view)."""
        store = self.store
        if store is not None:
            work = lambda: (store.titles(), store.upcoming_episodes(date.today()))  # noqa: E731
            self.tasks.run(work, name="load upcoming", on_success=done, on_failure=self._failed)

    def load_titles(self, done: Callable[[list[Title]], None]) -> None:
        """Every whole title, read in the background (for views that need seasons and claims of all)."""
        if self.store is not None:
            self.tasks.run(self.store.titles, name="load titles", on_success=done, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        plain = explain(error, paths.data_dir(create=False))  # a read-only folder or a full disk, plainly
        self.error.emit(plain or str(error) or type(error).__name__)

    def reload(self, reason: str = "") -> None:
        store = self.store
        if store is None:
            return

        def applied(titles: list[SummaryLine]) -> None:
            self.model.merge(titles)
            log.info("watchlist reloaded%s: %d titles", f" ({reason})" if reason else "", len(titles))
            self.reloaded.emit(len(titles))

        self.tasks.run(store.lines, name="reload watchlist", on_success=applied, on_failure=self._failed)

    def stamp_changed(self) -> None:
        """The change stamp moved: reload, unless the change was one of ours."""
        if self._stamp is None or not self._stamp.exists():
            return
        with self._lock:
            ours = self._stamp.stat().st_mtime_ns in self._own_stamps
        if not ours:
            self.reload("changed outside the app")

    # -- writes --------------------------------------------------------------------------------------
    def _write(
        self, name: str, work: Callable[[WatchlistStore], Any], apply: Callable[[Any], None], done: Done
    ) -> None:
        store = self.store
        if store is None:
            self.error.emit(translate("Controller", "The watchlist is still opening; try again in a moment"))
            return

        def run() -> Any:
            result = work(store)
            self._note_own_stamp()
            return result

        def succeeded(result: Any) -> None:
            apply(result)
            if done is not None:
                done(result)

        def failed(error: BaseException) -> None:
            self._failed(error)
            self.reload("after a failed change")  # the table may have run ahead of the database

        self.tasks.run(run, name=name, write=True, on_success=succeeded, on_failure=failed)

    def _note_own_stamp(self) -> None:
        if self._stamp is not None and self._stamp.exists():
            with self._lock:
                self._own_stamps.add(self._stamp.stat().st_mtime_ns)

    def add(self, title: Title, done: Done = None) -> None:
        self._write("add title", lambda s: s.add(title), self.model.put, done)

    def update(self, title_id: int, title: Title, done: Done = None) -> None:
        self._write("edit title", lambda s: s.update(title_id, title), self.model.put, done)

    def record_status(
        self, title_id: int, season: int | None, change: StatusChange, done: Done = None
    ) -> None:
        self._write(
            "record status", lambda s: s.record_status(title_id, season, change), self.model.put, done
        )

    def add_claim(self, title_id: int, season: int | None, claim: ReleaseClaim, done: Done = None) -> None:
        self._write("add claim", lambda s: s.add_claim(title_id, season, claim), self.model.put, done)

    def add_cast(self, title_id: int, credits: Sequence[Credit], done: Done = None) -> None:
        self._write("add cast", lambda s: s.add_cast(title_id, credits), self.model.put, done)

    def delete_entries(self, title_id: int, what: EntryKind, ids: Sequence[int], done: Done = None) -> None:
        self._write("delete entries", lambda s: s.delete_entries(title_id, what, ids), self.model.put, done)

    def judge_claims(
        self, title_id: int, claim_ids: Sequence[int], standing: Standing, reason: str = "", done: Done = None
    ) -> None:
        """Mark claims open, doubtful or debunked, the same as `cliffhanger doubt`."""
        ids = list(claim_ids)
        work = lambda s: s.judge_claims(title_id, ids, standing, reason)  # noqa: E731
        self._write("judge claims", work, self.model.put, done)

    def apply_news(self, found: Any, done: Done = None) -> None:
        """Record an article's accepted facts (a `news.Extraction`), adding its title when it is new."""
        from cliffhanger.sync.news import apply

        self._write(
            "record news", lambda s: apply(s, found), lambda applied: self.model.put(applied.title), done
        )

    def remove(self, title_id: int, done: Done = None) -> None:
        self.model.discard(title_id)  # at once: the row goes while the write is queued
        self._write("remove title", lambda s: s.remove(title_id), lambda _r: None, done)

    def mark_watched(
        self, title_id: int, episodes: Sequence[tuple[int, int]], watched: bool, done: Done = None
    ) -> None:
        """Mark episodes watched (or not); the watch state follows unless the user chose it."""
        chosen = list(episodes)
        work = lambda s: s.mark_watched(title_id, chosen, watched=watched)  # noqa: E731
        self._write("mark watched", work, self.model.put, done)

    def restore(self, title_id: int, done: Done = None) -> None:
        self._write("restore title", lambda s: s.restore(title_id), self.model.put, done)
