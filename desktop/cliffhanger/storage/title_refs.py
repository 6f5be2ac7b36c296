"""Repository functions for a title's references (its ids at catalogues and id schemes), in a given session.

References live in their own table, one row per title and key, so a new catalogue needs no new column.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, insert, select, tuple_
from sqlmodel import Session

from .convert import ref_rows
from .tables import TitleRefRow, TitleRow, table_of

_REFS = table_of(TitleRefRow)
_TITLES = table_of(TitleRow)


def refs_of(*, session: Session, title_ids: Sequence[int] | None = None) -> dict[int, dict[str, str]]:
    """The references of the given titles (of every title when `title_ids` is None), by title id."""
    query = select(_REFS.c.title_id, _REFS.c.provider, _REFS.c.ref)
    if title_ids is not None:
        query = query.where(_REFS.c.title_id.in_(title_ids))
    found: dict[int, dict[str, str]] = defaultdict(dict)
    for title_id, provider, ref in session.execute(query):
        found[title_id][provider] = ref
    return found


def insert_refs(*, session: Session, title_id: int, ids: Mapping[str, str]) -> None:
    rows = ref_rows(title_id, ids)
    if rows:
        session.execute(insert(_REFS), rows)


def replace_refs(*, session: Session, title_id: int, ids: Mapping[str, str]) -> None:
    """Make `ids` the title's references, dropping any it no longer has."""
    session.execute(delete(_REFS).where(_REFS.c.title_id == title_id))
    insert_refs(session=session, title_id=title_id, ids=ids)


def add_missing_refs(*, session: Session, title_id: int, ids: Mapping[str, str]) -> None:
    """Add the references under keys the title has none for; those it holds stay as they are."""
    held = refs_of(session=session, title_ids=[title_id]).get(title_id, {})
    insert_refs(session=session, title_id=title_id, ids={k: v for k, v in ids.items() if k not in held})


def title_with_refs(*, session: Session, ids: Mapping[str, str]) -> int | None:
    """The live title carrying any one of these references, if any (the lowest id when several do)."""
    if not ids:
        return None
    query = (
        select(_REFS.c.title_id)
        .join(_TITLES, _TITLES.c.id == _REFS.c.title_id)
        .where(tuple_(_REFS.c.provider, _REFS.c.ref).in_(list(ids.items())))
        .where(_TITLES.c.removed_at.is_(None))
        .order_by(_REFS.c.title_id)
    )
    found = session.execute(query).first()
    return None if found is None else int(found[0])
