"""Repository functions: the only code that reads and writes watchlist rows, each in a given session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as select_model

from cliffhanger.domain import cleantext
from cliffhanger.domain.episodes import Episode, followed_state
from cliffhanger.domain.matching import Named, match_title
from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title

from . import episodes_repo
from . import title_refs as refs
from .convert import season_from_rows, title_fields, title_from_rows
from .tables import CreditRow, PersonRow, ReleaseClaimRow, SeasonRow, StatusChangeRow, TitleRow, table_of


class NotFoundError(LookupError):
    """A row the caller named does not exist (any more)."""


def now() -> datetime:
    return datetime.now(UTC)


def add_title(*, session: Session, title: Title) -> int:
    """Insert a title with its seasons, history, claims and cast; return its id."""
    stamp = now()
    row = TitleRow(**title_fields(title), created_at=stamp, updated_at=stamp)
    session.add(row)
    session.flush()
    assert row.id is not None
    for season in title.seasons:
        season_id = ensure_season(session=session, title_id=row.id, number=season.number)
        for change in season.history:
            add_status(session=session, season_id=season_id, change=change)
        for claim in season.claims:
            add_claim(session=session, season_id=season_id, claim=claim)
        episodes_repo.merge_episodes(
            session=session, season_id=season_id, episodes=season.episodes, now=stamp
        )
    add_credits(session=session, title_id=row.id, credits=title.cast)
    refs.insert_refs(session=session, title_id=row.id, ids=title.ids)
    return row.id


def update_title(*, session: Session, title_id: int, title: Title) -> None:
    """Overwrite the title's own facts (not its seasons or cast) with those of `title`.

    A watch state that differs from the stored one was chosen by the user: watched marks no longer move it.
    """
    row = _title_row(session, title_id)
    if row.watch != title.watch.value:
        row.watch_pinned = True
    for key, value in title_fields(title).items():
        setattr(row, key, value)
    row.updated_at = now()
    session.add(row)
    refs.replace_refs(session=session, title_id=title_id, ids=title.ids)


def follow_watch_state(*, session: Session, title_id: int, now: datetime) -> None:
    """Move the watch state to what the watched marks say (watching, waiting, completed), unless pinned."""
    row = _title_row(session, title_id)
    if row.watch_pinned:
        return
    title = get_title(session=session, title_id=title_id)
    state = followed_state(title.watch, title.episodes, now)
    if state is not title.watch:
        row.watch, row.updated_at = state.value, now
        session.add(row)


def touch(*, session: Session, title_id: int) -> None:
    row = _title_row(session, title_id)
    row.updated_at = now()
    session.add(row)


def _title_row(session: Session, title_id: int) -> TitleRow:
    row = session.get(TitleRow, title_id)
    if row is None or row.removed_at is not None:
        raise NotFoundError(f"title {title_id} is not on the watchlist")
    return row


def ensure_season(*, session: Session, title_id: int, number: int | None) -> int:
    """The id of the season (creating it if needed); `number=None` is the film itself."""
    query = select_model(SeasonRow).where(SeasonRow.title_id == title_id)
    query = query.where(col(SeasonRow.number).is_(None) if number is None else SeasonRow.number == number)
    row = session.exec(query).first()
    if row is None:
        row = SeasonRow(title_id=title_id, number=number)
        session.add(row)
        session.flush()
    assert row.id is not None
    return row.id


def add_status(*, session: Session, season_id: int, change: StatusChange) -> int:
    row = StatusChangeRow(
        season_id=season_id,
        status=change.status.value,
        since=change.since,
        source=cleantext.name(change.source),
        confidence=change.confidence.value,
        recorded_at=change.recorded_at or now(),
        origin=change.origin.value,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def add_claim(*, session: Session, season_id: int, claim: ReleaseClaim) -> int:
    window = claim.window
    row = ReleaseClaimRow(
        season_id=season_id,
        earliest=window.earliest,
        latest=window.latest,
        precision=window.precision.value,
        confidence=claim.confidence.value,
        source=cleantext.name(claim.source),
        noted_at=claim.noted_at or now(),
        origin=claim.origin.value,
        standing=claim.standing.value,
        reason=claim.reason,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def set_claim_standing(*, session: Session, claim_ids: Sequence[int], standing: str, reason: str) -> None:
    """Record the user's judgement of these claims (their facts stay as they were)."""
    for claim_id in claim_ids:
        row = session.get(ReleaseClaimRow, claim_id)
        if row is not None:
            row.standing, row.reason = standing, reason
            session.add(row)
    session.flush()


def _person_id(session: Session, name: str) -> int:
    row = session.exec(select_model(PersonRow).where(PersonRow.name == name)).first()
    if row is None:
        row = PersonRow(name=name)
        session.add(row)
        session.flush()
    assert row.id is not None
    return row.id


def add_credits(*, session: Session, title_id: int, credits: Sequence[Credit]) -> None:
    """Add credits; one already held for the same actor, character and season is not repeated."""
    held = {
        (name.casefold(), c.character.casefold(), c.season_number)
        for c, name in _credits(session, [title_id])[title_id]
    }
    for credit in credits:
        key = (credit.actor.casefold(), credit.character.casefold(), credit.season)
        if key in held:
            continue
        held.add(key)
        session.add(
            CreditRow(
                title_id=title_id,
                person_id=_person_id(session, cleantext.name(credit.actor)),
                character=cleantext.name(credit.character),
                billing_order=credit.order,
                season_number=credit.season,
            )
        )
    session.flush()


def delete_rows(*, session: Session, table: type, ids: Sequence[int]) -> None:
    """Delete history entries, claims or credits by id (one of the child tables only)."""
    if table not in (StatusChangeRow, ReleaseClaimRow, CreditRow):
        raise ValueError(f"{table.__name__} rows are not deleted this way")
    for row_id in ids:
        row = session.get(table, row_id)
        if row is not None:
            session.delete(row)
    session.flush()


def mark_removed(*, session: Session, title_id: int, removed: bool) -> None:
    """Hide a title from the watchlist (undoable), or bring it back."""
    row = session.get(TitleRow, title_id)
    if row is None:
        raise NotFoundError(f"title {title_id} does not exist")
    row.removed_at = now() if removed else None
    row.updated_at = now()
    session.add(row)


def any_removed_before(*, session: Session, before: datetime) -> bool:
    query = select_model(TitleRow.id).where(col(TitleRow.removed_at) < before).limit(1)
    return session.exec(query).first() is not None


def purge_removed(*, session: Session, before: datetime) -> int:
    """Delete for good the titles removed before `before`; return how many."""
    rows = session.exec(select_model(TitleRow).where(col(TitleRow.removed_at) < before)).all()
    for row in rows:
        session.delete(row)
    return len(rows)


def names(*, session: Session) -> list[Named]:
    """Every title's id, name and year, for matching what a user typed."""
    rows = session.exec(
        select_model(TitleRow.id, TitleRow.name, TitleRow.year).where(col(TitleRow.removed_at).is_(None))
    ).all()
    return [Named(id=i, name=n, year=y) for i, n, y in rows if i is not None]


def live_ids_by_name(*, session: Session) -> list[int]:
    """The ids of every title on the watchlist, in the order `load_titles` sorts them (by name)."""
    query = select_model(TitleRow.id).where(col(TitleRow.removed_at).is_(None)).order_by(col(TitleRow.name))
    return [i for i in session.exec(query).all() if i is not None]


def find_title_id(*, session: Session, query: str) -> int:
    """The id of the one title `query` names (see `domain.matching`)."""
    return match_title(query, names(session=session)).id


def get_title(*, session: Session, title_id: int) -> Title:
    """One title with everything hanging on it, its episodes included."""
    titles = load_titles(session=session, ids=[title_id], episodes=True)
    if not titles:
        raise NotFoundError(f"title {title_id} is not on the watchlist")
    return titles[0]


_ID_BATCH = 500  # ids per IN (...), far below SQLite's limit on bound variables


def load_titles(
    *, session: Session, ids: Sequence[int] | None = None, episodes: bool | Collection[int] = False
) -> list[Title]:
    """Titles with everything hanging on them, in five queries whatever their number (five per batch of
    `_ID_BATCH` when ids are given, so any number of ids stays within SQLite's variable limit).

    Episodes are read only when asked: `episodes=True` for every title loaded, or the ids of the titles
    that need them. Rows are read as plain tuples (no ORM objects are built), which keeps 10,000 titles
    quick to load.
    """
    if ids is not None and len(ids) > _ID_BATCH:
        ids = list(ids)
        parts = [ids[i : i + _ID_BATCH] for i in range(0, len(ids), _ID_BATCH)]
        batches = (_load_titles(session, part, episodes) for part in parts)
        return sorted((t for batch in batches for t in batch), key=lambda t: t.name)
    return _load_titles(session, ids, episodes)


def _load_titles(
    session: Session, ids: Sequence[int] | None, episodes: bool | Collection[int]
) -> list[Title]:
    query = select(_table(TitleRow)).where(_table(TitleRow).c.removed_at.is_(None))
    if ids is not None:
        query = query.where(_table(TitleRow).c.id.in_(ids))
    rows = session.execute(query.order_by(_table(TitleRow).c.name)).all()
    seasons = _children(session, SeasonRow, "title_id", ids)
    season_ids = [s.id for s in seasons] if ids is not None else None
    history: dict[int, list[Any]] = defaultdict(list)
    claims: dict[int, list[Any]] = defaultdict(list)
    for change in _children(session, StatusChangeRow, "season_id", season_ids):
        history[change.season_id].append(change)
    for claim in _children(session, ReleaseClaimRow, "season_id", season_ids):
        claims[claim.season_id].append(claim)
    listed = _episodes(session, seasons, ids, episodes)
    by_title: dict[int, list[Season]] = defaultdict(list)
    for season in seasons:
        built = season_from_rows(season, history[season.id], claims[season.id], listed.get(season.id, ()))
        by_title[season.title_id].append(built)
    credits = _credits(session, ids)
    held = refs.refs_of(session=session, title_ids=ids)
    return [title_from_rows(r, by_title[r.id], credits[r.id], held.get(r.id)) for r in rows]


LONG_IN = 5_000  # more season ids than this: read the whole episode table instead of a long IN list


def _episodes(
    session: Session, seasons: list[Any], ids: Sequence[int] | None, episodes: bool | Collection[int]
) -> dict[int, list[Episode]]:
    """The episodes of the seasons of the titles that asked for them (see `load_titles`)."""
    if episodes is False:
        return {}
    wanted = {s.id for s in seasons if episodes is True or s.title_id in episodes}
    numbers = {s.id: s.number for s in seasons}
    every = (episodes is True and ids is None) or len(wanted) > LONG_IN
    found = episodes_repo.by_season(session=session, season_ids=None if every else wanted, numbers=numbers)
    return {season_id: listed for season_id, listed in found.items() if season_id in wanted}


def _table(model: type[SQLModel]) -> Table:
    return table_of(model)


def _children(session: Session, model: Any, parent: str, parent_ids: Sequence[int] | None) -> list[Any]:
    """All rows of a child table, or those of the given parents (all at once when loading everything)."""
    query = select(_table(model))
    if parent_ids is not None:
        query = query.where(_table(model).c[parent].in_(parent_ids))
    return list(session.execute(query).all())


def _credits(session: Session, title_ids: Sequence[int] | None) -> dict[int, list[tuple[Any, str]]]:
    credit, person = _table(CreditRow), _table(PersonRow)
    query = select(credit, person.c.name.label("person_name")).join(person, credit.c.person_id == person.c.id)
    if title_ids is not None:
        query = query.where(credit.c.title_id.in_(title_ids))
    grouped: dict[int, list[tuple[Any, str]]] = defaultdict(list)
    for row in session.execute(query):
        grouped[row.title_id].append((row, row.person_name))
    return grouped
