"""The watchlist as the rest of the app sees it: whole operations, one transaction each, giving domain values.

Listeners hear about every committed change in this process; a stamp file tells other processes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.matching import fold
from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.summary import TitleSummary
from cliffhanger.domain.summary_line import SummaryLine, summary_of
from cliffhanger.domain.vocabulary import ChangeKind, EntryKind, Kind

from . import episodes_repo, summary_store
from . import repository as repo
from .engine import Database, connection_of
from .guard import check_file
from .migrate import upgrade
from .season_removal import SeasonRemoval, remove_season
from .summaries import load_summaries
from .tables import CreditRow, ReleaseClaimRow, StatusChangeRow

log = logging.getLogger(__name__)


class DuplicateTitleError(ValueError):
    """The watchlist already holds a title of that name, kind and year."""


class SeasonError(ValueError):
    """A season number that makes no sense for the title (a season of a film, season 0 or less)."""


@dataclass(frozen=True)
class Change:
    """What a committed operation touched: the title's id and a word for what happened."""

    title_id: int
    what: ChangeKind


Listener = Callable[[Change], None]
CHILD_TABLES = {
    EntryKind.STATUS: StatusChangeRow,
    EntryKind.CLAIM: ReleaseClaimRow,
    EntryKind.CREDIT: CreditRow,
}


def _prepare_lines(db: Database) -> None:
    """Create the summary lines' marking triggers when missing (see `storage.summary_store`)."""
    with db.transaction() as session:
        if summary_store.triggers_ready(connection_of(session)):
            return
    with db.immediate() as session:
        if summary_store.prepare(connection_of(session)):
            log.info("summary lines will be made again for every title")


class Watchlist:
    """Operations on the watchlist; safe to share across threads and processes.

    Each call is one transaction; writes take SQLite's write lock at the start, so two writers queue on the
    busy timeout instead of failing when a read lock cannot be upgraded.
    """

    def __init__(self, db: Database, *, stamp: Path | None = None) -> None:
        self.db = db
        self._stamp = stamp
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path, *, backups: Path, stamp: Path | None = None) -> Watchlist:
        """Open (creating or upgrading) the database at `path`."""
        check_file(path, backups)
        db = Database(path)
        try:
            upgrade(db.engine, path, backups)
            db.mark_ours()
            _prepare_lines(db)
        except BaseException:
            db.close()
            raise
        return cls(db, stamp=stamp)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def announce(self, title_id: int, what: ChangeKind) -> None:
        """Tell listeners (and other processes, through the stamp file) that a title changed."""
        if self._stamp is not None:
            self._stamp.touch()
        for listener in list(self._listeners):
            listener(Change(title_id, what))

    def titles(self) -> list[Title]:
        with self.db.transaction() as session:
            return repo.load_titles(session=session)

    def summaries(self, ids: Sequence[int] | None = None) -> list[TitleSummary]:
        """One line per title (see `storage.summaries`): what the list, the tray and `list` show."""
        if ids is None:
            return [summary_of(line) for line in summary_store.by_name(self.lines())]
        with self.db.transaction() as session:
            return load_summaries(session=session, ids=ids)

    def lines(self) -> list[SummaryLine]:
        """Every title's stored summary line, in no set order, after storing again those marked stale."""
        self.settle_lines()
        with self.db.transaction() as session:
            return summary_store.lines(connection_of(session))

    def settle_lines(self, chunk: int = 2000) -> int:
        """Store again the lines that writes marked, `chunk` titles per write transaction."""
        settled = 0
        while True:
            with self.db.transaction() as session:
                if not summary_store.marked(connection_of(session)):
                    return settled
            with self.db.immediate() as session:
                done = summary_store.settle(connection_of(session), chunk)
            if not done:
                return settled
            settled += done

    def title(self, title_id: int) -> Title:
        with self.db.transaction() as session:
            return repo.get_title(session=session, title_id=title_id)

    def find(self, query: str) -> Title:
        """The one title `query` names; raises `TitleLookupError` listing candidates otherwise."""
        with self.db.transaction() as session:
            title_id = repo.find_title_id(session=session, query=query)
            return repo.get_title(session=session, title_id=title_id)

    def add(self, title: Title) -> Title:
        if not title.name.strip():
            raise ValueError("a title needs a name")
        with self.db.immediate() as session:
            self._refuse_duplicate(session, title)
            title_id = repo.add_title(session=session, title=title)
            added = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.ADDED)
        return added

    def _refuse_duplicate(self, session: Session, title: Title, own_id: int | None = None) -> None:
        for named in repo.names(session=session):
            if named.id != own_id and fold(named.name) == fold(title.name) and named.year == title.year:
                existing = repo.get_title(session=session, title_id=named.id)
                if existing.kind is title.kind:
                    year = f" ({title.year})" if title.year else ""
                    raise DuplicateTitleError(f"{title.name}{year} is already on the watchlist")

    def update(self, title_id: int, title: Title) -> Title:
        """Replace the title's own facts (name, year, network, watch state, notes, ids...)."""
        if not title.name.strip():
            raise ValueError("a title needs a name")
        with self.db.immediate() as session:
            self._refuse_duplicate(session, title, own_id=title_id)
            repo.update_title(session=session, title_id=title_id, title=title)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.UPDATED)
        return updated

    def record_status(self, title_id: int, season: int | None, change: StatusChange) -> Title:
        return self._on_season(
            title_id,
            season,
            ChangeKind.STATUS,
            lambda s, sid: repo.add_status(session=s, season_id=sid, change=change),
        )

    def add_claim(self, title_id: int, season: int | None, claim: ReleaseClaim) -> Title:
        return self._on_season(
            title_id,
            season,
            ChangeKind.CLAIM,
            lambda s, sid: repo.add_claim(session=s, season_id=sid, claim=claim),
        )

    def add_season(self, title_id: int, season: int) -> Title:
        return self._on_season(title_id, season, ChangeKind.SEASON, lambda s, sid: None)

    def remove_season(self, title_id: int, season: int) -> tuple[Title, SeasonRemoval]:
        """Remove a season added by mistake and what hangs on it (see `season_removal`)."""
        with self.db.immediate() as session:
            repo.get_title(session=session, title_id=title_id)
            removal = remove_season(session=session, title_id=title_id, number=season)
            repo.touch(session=session, title_id=title_id)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.SEASON)
        return updated, removal

    def _on_season(
        self, title_id: int, season: int | None, what: ChangeKind, write: Callable[[Session, int], object]
    ) -> Title:
        with self.db.immediate() as session:
            current = repo.get_title(session=session, title_id=title_id)
            number = resolve_season(current, season)
            write(session, repo.ensure_season(session=session, title_id=title_id, number=number))
            repo.touch(session=session, title_id=title_id)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, what)
        return updated

    def add_cast(self, title_id: int, credits: Sequence[Credit]) -> Title:
        with self.db.immediate() as session:
            repo.get_title(session=session, title_id=title_id)
            repo.add_credits(session=session, title_id=title_id, credits=credits)
            repo.touch(session=session, title_id=title_id)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.CAST)
        return updated

    def judge_claims(
        self, title_id: int, claim_ids: Sequence[int], standing: Standing, reason: str = ""
    ) -> Title:
        """Mark claims of one title open, doubtful (with a reason) or debunked."""
        with self.db.immediate() as session:
            repo.get_title(session=session, title_id=title_id)
            repo.set_claim_standing(
                session=session, claim_ids=claim_ids, standing=standing.value, reason=reason
            )
            repo.touch(session=session, title_id=title_id)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.CLAIM)
        return updated

    def delete_entries(self, title_id: int, what: EntryKind, ids: Sequence[int]) -> Title:
        """Delete status entries, claims or credits of one title (a `ValueError` for any other kind)."""
        kind = EntryKind(what)
        with self.db.immediate() as session:
            repo.delete_rows(session=session, table=CHILD_TABLES[kind], ids=ids)
            repo.touch(session=session, title_id=title_id)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind(kind.value))
        return updated

    def mark_watched(
        self,
        title_id: int,
        episodes: Sequence[tuple[int, int]],
        *,
        watched: bool,
        now: datetime | None = None,
    ) -> Title:
        """Mark episodes, given as (season, number), watched or not; the watch state follows unless pinned."""
        moment = now or repo.now()
        with self.db.immediate() as session:
            repo.get_title(session=session, title_id=title_id)
            stamp = moment if watched else None
            episodes_repo.set_watched(session=session, title_id=title_id, targets=episodes, watched_at=stamp)
            repo.follow_watch_state(session=session, title_id=title_id, now=moment)
            updated = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.WATCHED)
        return updated

    def upcoming_episodes(self, today: date) -> list[tuple[int, Episode]]:
        """The next episode of each season from `today` on, as (title id, episode), soonest first."""
        with self.db.transaction() as session:
            return episodes_repo.upcoming(session=session, today=today)

    def episode_facts(self, today: date) -> dict[int, dict[str, object]]:
        """Per title: the season in progress and the next episode to air (see `episodes_repo.list_facts`)."""
        with self.db.transaction() as session:
            return episodes_repo.list_facts(session=session, today=today)

    def remove(self, title_id: int) -> None:
        """Take a title off the watchlist; `restore` undoes it until it is purged."""
        with self.db.immediate() as session:
            repo.mark_removed(session=session, title_id=title_id, removed=True)
        self.announce(title_id, ChangeKind.REMOVED)

    def restore(self, title_id: int) -> Title:
        with self.db.immediate() as session:
            repo.mark_removed(session=session, title_id=title_id, removed=False)
            restored = repo.get_title(session=session, title_id=title_id)
        self.announce(title_id, ChangeKind.RESTORED)
        return restored

    def purge_removed(self, older_than: timedelta = timedelta(days=1)) -> int:
        """Delete for good the titles removed before `older_than` ago; the write lock is taken only when
        there is something to delete (so opening a read-only watchlist still works)."""
        before = repo.now() - older_than
        with self.db.transaction() as session:
            if not repo.any_removed_before(session=session, before=before):
                return 0
        with self.db.immediate() as session:
            return repo.purge_removed(session=session, before=before)

    def close(self) -> None:
        self.db.close()


def resolve_season(title: Title, season: int | None) -> int | None:
    """The season a command means: a film has none; a series defaults to its latest (or season 1)."""
    if title.kind is Kind.FILM:
        if season is not None:
            raise SeasonError(f"{title.name} is a film; it has no seasons")
        return None
    if season is None:
        focus = title.focus
        return focus.number if focus and focus.number is not None else 1
    if season < 1:
        raise SeasonError(f"season numbers start at 1, not {season}")
    return season
