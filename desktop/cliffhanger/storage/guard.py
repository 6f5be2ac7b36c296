"""Before the database file is touched: is it ours, whole, and of a schema this version knows?

A file that is not Cliffhanger's (another program's SQLite file, random bytes, a truncated copy) is never
opened for writing: it is refused with a message that names it and the newest backup. Ours are marked with
`PRAGMA application_id`; files made before the mark existed are recognised by their migration table. The
checks read the 100-byte SQLite header and, when needed, open the file read-only.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

APPLICATION_ID = 0x436C6966  # "Clif"
_MAGIC = b"SQLite format 3\x00"
_OURS = {"alembic_version", "title", "season"}


class DatabaseProblem(Exception):
    """The database can't be used as it is; the message says why and what to do, in plain words."""


def newest_backup(backups: Path) -> Path | None:
    """The most recent backup file in `backups`, if there is one."""
    try:
        found = [p for p in backups.iterdir() if p.is_file() and p.suffix in (".json", ".sqlite3")]
    except OSError:
        return None
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def _refuse(path: Path, backups: Path, what: str) -> DatabaseProblem:
    backup = newest_backup(backups)
    if backup is None:
        hint = f"There is no backup in {backups}; move {path.name} aside to start a new watchlist."
    elif backup.suffix == ".json":
        hint = f"The newest backup is {backup}: move {path.name} aside, then `cliffhanger restore {backup}`."
    else:
        hint = f"The newest backup is {backup}: move {path.name} aside and copy the backup in its place."
    return DatabaseProblem(f"{path} {what}; it was left untouched. {hint}")


def check_file(path: Path, backups: Path) -> None:
    """Raise `DatabaseProblem` unless `path` is missing, empty, or a whole Cliffhanger database."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseProblem(f"{path} can't be read ({error.strerror or error})") from None
    if not header:
        return
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise _refuse(path, backups, "is not a Cliffhanger database (not an SQLite file at all)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        raise _refuse(path, backups, f"is cut short ({size} of {pages * page_size} bytes); it is damaged")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return
    if app_id != 0 or not _looks_like_ours(path, backups):
        raise _refuse(path, backups, "belongs to another program (it is not a Cliffhanger database)")


def _looks_like_ours(path: Path, backups: Path) -> bool:
    """A file from before the application id: ours if it holds our tables, or nothing at all yet."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseProblem(f"{path} can't be opened ({error})") from None
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    except sqlite3.OperationalError as error:
        raise DatabaseProblem(f"{path} can't be opened ({error})") from None
    except sqlite3.DatabaseError:
        raise _refuse(path, backups, "is damaged (SQLite can't read it)") from None
    finally:
        connection.close()
    names = {row[0] for row in rows}
    return not names or names >= _OURS


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a full disk under WAL as an I/O error; the free space tells which it was."""
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


_READ_ONLY = ("readonly database", "read-only", "unable to open database file", "permission denied")
_FULL = ("database or disk is full", "no space left")
_DAMAGED = ("file is not a database", "database disk image is malformed")


def explain(error: BaseException, folder: Path) -> str | None:
    """A plain sentence for a failure of the machine rather than of the app (a read-only folder, a full
    disk, a damaged file), or None when `error` is something else."""
    number = getattr(error, "errno", None)
    said = str(getattr(error, "orig", None) or error).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or any(words in said for words in _FULL):
        return f"The disk holding {folder} is full, so nothing was saved. Free some space and try again."
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or any(words in said for words in _READ_ONLY):
        return (
            f"Cliffhanger can't write in {folder} (it is read-only or belongs to someone else), so "
            "nothing was saved. Make it writable, or set CLIFFHANGER_HOME to a folder you can write to."
        )
    if "disk i/o error" in said:
        if _nearly_full(folder):
            return f"The disk holding {folder} is full, so nothing was saved. Free some space and try again."
        return f"The disk holding {folder} reported an error, so nothing was saved. Check the disk."
    if any(words in said for words in _DAMAGED):
        return f"The database in {folder} is damaged ({said}); it was left untouched. Restore a backup."
    return None
