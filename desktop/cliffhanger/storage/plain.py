"""The watchlist's reads in plain SQL over a DB-API connection: the list's summaries, its episode columns,
the names to match and one whole title; and how dates and instants are stored, for writes in bulk.

The standard library's sqlite3 alone runs them, so a command that only reads needs no ORM; the storage
layer runs the same functions on its session's own connection, so both ways give the same answer. Dates
come back as text and are parsed here, as the table models' types would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any, Protocol

from cliffhanger.domain.episodes import Progress, progress_of_counts
from cliffhanger.domain.matching import Named
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.summary import TitleFacts, TitleSummary, summarise_focus
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow

from .convert import episode_from_row, season_from_rows, title_from_rows


class Cursor(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Iterable[tuple[Any, ...]]: ...


class Connection(Protocol):
    """What these reads need of a DB-API connection (sqlite3's, or the one under a session)."""

    def cursor(self) -> Any: ...


def day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def moment(text: str) -> datetime:
    """A stored instant: UTC without an offset on disk, aware UTC once read (as the table models read it)."""
    if len(text) in (19, 26):  # the stored form: read as UTC at once, five times faster than replacing
        try:
            return datetime.fromisoformat(text + "+00:00")
        except ValueError:  # an offset of its own after all
            pass
    found = datetime.fromisoformat(text)
    return found.replace(tzinfo=UTC) if found.utcoffset() is None else found.astimezone(UTC)


def instant(text: str | None) -> datetime | None:
    return None if text is None else moment(text)


def stored_moment(value: datetime) -> str:
    """An instant as the tables store it: UTC without an offset, to the microsecond."""
    if value.utcoffset() is None:
        raise ValueError(f"an instant needs its time zone, not a bare {value!r}")
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def instant_text(value: datetime | None) -> str | None:
    return None if value is None else stored_moment(value)


def rows(connection: Connection, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row `sql` gives, as tuples."""
    cursor = connection.cursor()
    try:
        return list(cursor.execute(sql, tuple(parameters)))
    finally:
        cursor.close()


def _among(column: str, ids: Sequence[int] | None) -> tuple[str, list[int]]:
    """An `AND column IN (...)` clause for `ids`, or nothing when every row is wanted."""
    if ids is None:
        return "", []
    listed = list(ids)
    return f" AND {column} IN ({','.join('?' * len(listed))})", listed


def _facts(connection: Connection, ids: Sequence[int] | None) -> list[TitleFacts]:
    clause, params = _among("id", ids)
    sql = (
        "SELECT id, name, kind, year, original_name, network, watch FROM title "
        f"WHERE removed_at IS NULL{clause} ORDER BY name, id"
    )
    kinds, watches = {k.value: k for k in Kind}, {w.value: w for w in WatchState}
    return [
        TitleFacts(i, name, kinds[kind], year, original, network, watches[watch])
        for i, name, kind, year, original, network, watch in rows(connection, sql, params)
    ]


def _focus_seasons(connection: Connection, ids: Sequence[int] | None) -> dict[int, tuple[int, int | None]]:
    """title id -> (season id, number) of its focus: the highest number, a film's own entry below any."""
    clause, params = _among("title_id", ids)
    focus: dict[int, tuple[int, int | None]] = {}
    sql = f"SELECT id, title_id, number FROM season WHERE 1{clause} ORDER BY id"
    for season_id, title_id, number in rows(connection, sql, params):
        held = focus.get(title_id)
        if held is None or (-1 if number is None else number) > (-1 if held[1] is None else held[1]):
            focus[title_id] = (season_id, number)
    return focus


def _history(connection: Connection, season_ids: set[int], every: bool) -> dict[int, list[StatusChange]]:
    clause, params = _among("season_id", None if every else sorted(season_ids))
    columns = "season_id, status, since, source, confidence, recorded_at, id"
    sql = f"SELECT {columns} FROM status_change WHERE 1{clause}"
    statuses, confidences = {s.value: s for s in Status}, {c.value: c for c in Confidence}
    found: dict[int, list[StatusChange]] = defaultdict(list)
    for season_id, status, since, source, confidence, recorded, row_id in rows(connection, sql, params):
        if season_id in season_ids:
            since_day, recorded_at = date.fromisoformat(since), moment(recorded)
            change = StatusChange(
                statuses[status], since_day, source, confidences[confidence], recorded_at, row_id
            )
            found[season_id].append(change)
    return found


def _claims(connection: Connection, season_ids: set[int], every: bool) -> dict[int, list[ReleaseClaim]]:
    clause, params = _among("season_id", None if every else sorted(season_ids))
    sql = (
        "SELECT season_id, earliest, latest, precision, confidence, source, noted_at, id, standing "
        f"FROM release_claim WHERE 1{clause}"
    )
    precisions, confidences = {p.value: p for p in Precision}, {c.value: c for c in Confidence}
    standings = {s.value: s for s in Standing}  # as parse_standing reads them: anything else is open
    found: dict[int, list[ReleaseClaim]] = defaultdict(list)
    for row in rows(connection, sql, params):
        season_id, earliest, latest, precision, confidence, source, noted, row_id, standing = row
        if season_id in season_ids:
            window = ReleaseWindow(
                date.fromisoformat(earliest), date.fromisoformat(latest), precisions[precision]
            )
            claim = ReleaseClaim(
                window,
                confidences[confidence],
                source,
                moment(noted),
                row_id,
                standing=standings.get(standing, Standing.OPEN),
            )
            found[season_id].append(claim)
    return found


def summaries(connection: Connection, ids: Sequence[int] | None = None) -> list[TitleSummary]:
    """The summaries of every title on the watchlist (or of `ids`), sorted by name, made from the titles'
    own rows (what `summary_store` stores, and the reference its stored lines are held to)."""
    facts = _facts(connection, ids)
    focus = _focus_seasons(connection, ids)
    season_ids = {season_id for season_id, _number in focus.values()}
    every = ids is None  # reading whole tables beats a long IN list
    history = _history(connection, season_ids, every)
    claims = _claims(connection, season_ids, every)
    done_by_title = progress_by_title(connection, ids)
    found = []
    for fact in facts:
        held, done = focus.get(fact.id), done_by_title.get(fact.id)
        if held is None:
            found.append(summarise_focus(fact, None, None, (), done))
        else:
            season_id, number = held
            found.append(summarise_focus(fact, number, history[season_id], claims[season_id], done))
    return found


def progress_by_title(connection: Connection, ids: Sequence[int] | None = None) -> dict[int, Progress]:
    """Per title with episodes, the season in progress ("S2 · 3/8").

    The episode table is counted per season along its season index, and the seasons are read apart: no
    join over every episode, so the list read stays close to what it costs without episodes.
    """
    clause, params = _among("title_id", ids)
    places = f"SELECT id, title_id, number FROM season WHERE 1{clause}"
    where = {
        season_id: (title_id, number) for season_id, title_id, number in rows(connection, places, params)
    }
    within = "" if ids is None else f" WHERE season_id IN (SELECT id FROM season WHERE 1{clause})"
    counts = f"SELECT season_id, count(id), count(watched_at) FROM episode{within} GROUP BY season_id"
    per_title: dict[int, list[Progress]] = defaultdict(list)
    for season_id, total, watched in rows(connection, counts, params):
        if season_id in where:
            title_id, number = where[season_id]
            per_title[title_id].append(Progress(number or 0, watched, total))
    found = {title_id: progress_of_counts(seasons) for title_id, seasons in per_title.items()}
    return {title_id: done for title_id, done in found.items() if done is not None}


_UPCOMING = (
    "SELECT season.title_id, season.number, episode.number, episode.airdate FROM episode "
    "JOIN season ON season.id = episode.season_id JOIN title ON title.id = season.title_id "
    "WHERE episode.airdate >= ? AND title.removed_at IS NULL "
    "ORDER BY season.title_id, episode.airdate, season.number, episode.number"
)


def list_facts(connection: Connection, today: date) -> dict[int, dict[str, Any]]:
    """Per title with episodes: the season in progress ("S2 · 3/8") and the next episode to air.

    Two aggregate queries over the episode table, so the list never builds episode objects.
    """
    facts: dict[int, dict[str, Any]] = {
        title_id: {"progress": done, "next_episode": None}
        for title_id, done in progress_by_title(connection).items()
    }
    for title_id, season, number, airdate in rows(connection, _UPCOMING, (today.isoformat(),)):
        entry = facts.get(title_id)
        if entry is not None and entry["next_episode"] is None:
            entry["next_episode"] = {"season": season, "number": number, "airdate": day(airdate)}
    return facts


def names(connection: Connection) -> list[Named]:
    """Every title's id, name and year, for matching what a user typed."""
    sql = "SELECT id, name, year FROM title WHERE removed_at IS NULL"
    return [Named(id=i, name=n, year=y) for i, n, y in rows(connection, sql)]


def _records(
    connection: Connection,
    sql: str,
    parameters: Sequence[Any],
    converters: Mapping[str, Callable[[Any], Any]],
) -> list[Any]:
    """Rows as objects with an attribute per column (what `storage.convert` reads), dates parsed."""
    cursor = connection.cursor()
    try:
        rows = list(cursor.execute(sql, tuple(parameters)))
        columns = [entry[0] for entry in cursor.description]
    finally:
        cursor.close()
    found = []
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        for column, convert in converters.items():
            values[column] = convert(values[column])
        found.append(SimpleNamespace(**values))
    return found


_TITLE = (
    "SELECT id, name, kind, original_name, year, network, overview, watch, watch_pinned, notes FROM title "
    "WHERE removed_at IS NULL AND id = ?"
)
_STATUS = (
    "SELECT status_change.* FROM status_change JOIN season ON season.id = status_change.season_id "
    "WHERE season.title_id = ?"
)
_CLAIMS = (
    "SELECT release_claim.* FROM release_claim JOIN season ON season.id = release_claim.season_id "
    "WHERE season.title_id = ?"
)
_EPISODES = (
    "SELECT episode.* FROM episode JOIN season ON season.id = episode.season_id "
    "WHERE season.title_id = ? ORDER BY episode.season_id, episode.number"
)
_CREDITS = (
    "SELECT credit.*, person.name AS person_name FROM credit JOIN person ON person.id = credit.person_id "
    "WHERE credit.title_id = ?"
)
_EPISODE_DATES: dict[str, Callable[[Any], Any]] = {
    "airdate": day, "previous_airdate": day, "airstamp": instant, "watched_at": instant,
    "date_noted_at": instant,
}  # fmt: skip


def title(connection: Connection, title_id: int) -> Title | None:
    """One title with everything hanging on it, its episodes included (as `repository.get_title` reads
    it); None when no live title has that id."""
    own = _records(connection, _TITLE, (title_id,), {})
    if not own:
        return None
    key = (title_id,)
    seasons = _records(connection, "SELECT id, title_id, number FROM season WHERE title_id = ?", key, {})
    history, claims, listed = defaultdict(list), defaultdict(list), defaultdict(list)
    for change in _records(connection, _STATUS, key, {"since": day, "recorded_at": instant}):
        history[change.season_id].append(change)
    claim_dates = {"earliest": day, "latest": day, "noted_at": instant}
    for claim in _records(connection, _CLAIMS, key, claim_dates):
        claims[claim.season_id].append(claim)
    numbers = {s.id: s.number for s in seasons}
    for episode in _records(connection, _EPISODES, key, _EPISODE_DATES):
        listed[episode.season_id].append(episode_from_row(episode, numbers.get(episode.season_id) or 0))
    built: list[Season] = [
        season_from_rows(s, history[s.id], claims[s.id], listed.get(s.id, ())) for s in seasons
    ]
    credits = [(c, c.person_name) for c in _records(connection, _CREDITS, key, {})]
    refs = {p: r for p, r in rows(connection, "SELECT provider, ref FROM title_ref WHERE title_id = ?", key)}
    return title_from_rows(own[0], built, credits, refs or None)
