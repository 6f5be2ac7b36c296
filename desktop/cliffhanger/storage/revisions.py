"""The schema revisions this version knows, read from the migration files' text (no Alembic, no ORM), so
that even a command reading with sqlite3 alone can tell whether a database file is current."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+)['\"]?", re.MULTILINE)


def _revisions() -> tuple[set[str], set[str | None]]:
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    return revisions, parents


def known_revisions() -> set[str]:
    """Every revision this version can migrate from."""
    return _revisions()[0]


def head_revision() -> str:
    """The newest revision, read from the version files without importing them."""
    revisions, parents = _revisions()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()
