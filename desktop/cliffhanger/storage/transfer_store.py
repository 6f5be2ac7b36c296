"""The database as imports, exports, backups and restores see it: typed operations, the session kept here.

`TransferStore.reading()` and `writing()` open one transaction and hand out an `ImportBatch`, whose methods
are everything an import plan reads and writes; a whole-database dump, load or replace is one call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange, Title
from cliffhanger.domain.origins import Origin

from . import bulk, dump, episodes_repo
from . import repository as repo
from .bulk import TitleKey
from .engine import Database
from .new_title import NewTitle

Tables = Mapping[str, Sequence[Mapping[str, Any]]]


class ImportBatch:
    """Reads and writes of one import, all in the transaction that made it (never kept past it)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def title_keys(self) -> list[TitleKey]:
        return bulk.title_keys(session=self._session)

    def titles(self, ids: Sequence[int] | None = None, *, episodes: bool = False) -> list[Title]:
        return repo.load_titles(session=self._session, ids=ids, episodes=episodes)

    def insert_titles(
        self, titles: Sequence[Title | NewTitle], stamp: datetime, origin: Origin | None = None
    ) -> list[int]:
        return bulk.insert_titles(session=self._session, titles=titles, stamp=stamp, origin=origin)

    def update_title(self, title_id: int, title: Title) -> None:
        repo.update_title(session=self._session, title_id=title_id, title=title)

    def ensure_season(self, title_id: int, number: int | None) -> int:
        return repo.ensure_season(session=self._session, title_id=title_id, number=number)

    def add_status(self, season_id: int, change: StatusChange) -> None:
        repo.add_status(session=self._session, season_id=season_id, change=change)

    def add_claim(self, season_id: int, claim: ReleaseClaim) -> None:
        repo.add_claim(session=self._session, season_id=season_id, claim=claim)

    def add_credits(self, title_id: int, credits: Sequence[Credit]) -> None:
        repo.add_credits(session=self._session, title_id=title_id, credits=credits)

    def add_watched(self, season_id: int, episodes: Iterable[Episode]) -> int:
        """Watched marks an import brings (see `episodes_repo.add_watched`); how many were set."""
        return episodes_repo.add_watched(session=self._session, season_id=season_id, episodes=episodes)

    def carry_rows(self, tables: Tables, title_ids: Mapping[int, int], skip: Sequence[str]) -> int:
        """Copy dumped rows of the tables not in `skip`, their title ids renumbered by `title_ids`."""
        return dump.carry_rows(session=self._session, data=tables, title_ids=title_ids, skip=skip)


class DumpStream:
    """The tables of one read transaction: their row counts, then their rows a chunk at a time."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def counts(self) -> dict[str, int]:
        """Rows per table, parents before children: the order `chunks` should be asked in."""
        return dump.counts(session=self._session)

    def chunks(self, table: str, size: int) -> Iterator[dump.Rows]:
        return dump.chunks(session=self._session, table=table, size=size)


class TransferStore:
    """Whole-database operations and import transactions on one `Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def reading(self) -> Iterator[ImportBatch]:
        with self.db.transaction() as session:
            yield ImportBatch(session)

    @contextmanager
    def writing(self) -> Iterator[ImportBatch]:
        """One write transaction, the write lock taken at its start; any error leaves nothing written."""
        with self.db.immediate() as session:
            yield ImportBatch(session)

    def titles(self) -> list[Title]:
        with self.db.transaction() as session:
            return repo.load_titles(session=session)

    def dump(self) -> dict[str, dump.Rows]:
        """Every row of every table, as SQLite holds it."""
        with self.db.transaction() as session:
            return dump.dump(session=session)

    @contextmanager
    def streaming(self) -> Iterator[DumpStream]:
        """One read transaction in which every table can be read a chunk at a time (a backup of any size
        in bounded memory), all of it as of one moment."""
        with self.db.transaction() as session:
            yield DumpStream(session)

    def count_titles(self) -> int:
        with self.db.transaction() as session:
            return len(repo.live_ids_by_name(session=session))

    def title_chunks(self, size: int) -> Iterator[list[Title]]:
        """Every title in full, by name, `size` at a time, in one read transaction."""
        with self.db.transaction() as session:
            ids = repo.live_ids_by_name(session=session)
            for start in range(0, len(ids), size):
                yield repo.load_titles(session=session, ids=ids[start : start + size])

    def load(self, tables: Tables) -> dict[str, int]:
        """Insert dumped rows (ids included) into this (empty) database; rows written per table."""
        with self.db.transaction() as session:
            return dump.load(session=session, data=tables)

    def replace(self, tables: Tables, *, clear: bool) -> tuple[dict[str, int], dict[str, int]]:
        """In one transaction: the rows held per table, then (after clearing them if `clear`, and only if
        nothing is held or `clear`) the dumped rows written. A `dump.DumpError` leaves all as it was."""
        with self.db.immediate() as session:
            held = dump.counts(session=session)
            if any(held.values()) and not clear:
                return held, {}
            if clear:
                dump.clear(session=session)
            try:
                return held, dump.load(session=session, data=tables)
            except SQLAlchemyError as error:
                raise dump.DumpError(str(error)) from None
