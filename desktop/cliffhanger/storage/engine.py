"""The SQLite engine with the pragmas Cliffhanger relies on, and transactions around a unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

__all__ = ["Database", "Session"]  # Session: the type of what `transaction()` hands out

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, says when transactions begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the database file at `path`, with WAL and foreign keys on every connection."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database file: hands out transactions; nothing outside storage/ touches a session directly."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)
        self._immediate_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    def transaction(self) -> AbstractContextManager[Session]:
        """A session whose work is committed at the end of the block, or rolled back whole on error."""
        return _unit_of_work(self.engine)

    def immediate(self) -> AbstractContextManager[Session]:
        """A write transaction that takes SQLite's write lock at once (for claims between processes)."""
        return _unit_of_work(self._immediate_engine)

    def mark_ours(self) -> None:
        """Stamp the file with Cliffhanger's application id (once; later opens find it there)."""
        from .guard import APPLICATION_ID

        with self.engine.begin() as connection:
            if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")

    @classmethod
    def in_memory(cls) -> Database:
        """An empty database in memory with every table: what a dry run plans against when there is no
        watchlist file yet, so that trying an import never creates one."""
        from . import schema  # noqa: F401  (every table joins the metadata)

        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        SQLModel.metadata.create_all(engine)
        return cls(Path(":memory:"), engine)

    def close(self) -> None:
        self.engine.dispose()


def connection_of(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction, for the reads in plain SQL (`storage.plain`)
    to run inside it."""
    return session.connection().connection.driver_connection


@contextmanager
def _unit_of_work(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
