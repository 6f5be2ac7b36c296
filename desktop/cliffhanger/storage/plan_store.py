"""Incremental planning's storage: marks of titles to plan again, the events planned, and the claim's reads.

Triggers on every table a title's events are made from mark the title in the writing transaction, whatever
process writes (the app, the command line, an import). They are created by the first pass that finds them
missing (a new or upgraded file, or a batch migration that rebuilt a table and dropped them), which then
marks every title, so nothing written before they existed is missed. A change of the preferences that
shape events (`fingerprint`) marks every title too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select, text
from sqlmodel import Session

from cliffhanger.domain.reminders import Event

from .engine import Database
from .marking import Marking
from .plan_claims import MARKS, META, OUTBOX, PLANNED
from .reminder_store import AgendaRows, agenda_rows

# table -> the column naming its title, or None when the row names a season
TRIGGERED: Mapping[str, str | None] = {
    "title": "id",
    "season": "title_id",
    "catalogue_link": "title_id",
    "reminder_rule": "title_id",
    "reminder_alert": "title_id",
    "reminder_snooze": "title_id",
    "status_change": None,
    "release_claim": None,
    "episode": None,
}
_STAMP = "(SELECT coalesce(max(stamp), 0) + 1 FROM reminder_plan_mark)"
_UPSERT = "ON CONFLICT(title_id) DO UPDATE SET stamp = excluded.stamp"
MARKING = Marking(
    "plan_mark_", TRIGGERED, "INSERT INTO reminder_plan_mark (title_id, stamp)", ", " + _STAMP, _UPSERT
)


def trigger_ddl() -> list[str]:
    """CREATE TRIGGER statements: every insert, update and delete on `TRIGGERED` marks its title."""
    return MARKING.trigger_ddl()


class PlanStore:
    """The planned events and marks of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def prepare(self, fingerprint: str) -> None:
        """Create missing triggers and mark every title when they were missing or `fingerprint` changed."""
        with self.db.transaction() as session:
            if self._ready(session, fingerprint):
                return
        with self.db.immediate() as session:
            if self._ready(session, fingerprint):
                return
            for ddl in trigger_ddl():
                session.execute(text(ddl))
            session.execute(
                text(f"INSERT INTO reminder_plan_mark (title_id, stamp) SELECT id, {_STAMP} FROM title "
                     f"WHERE true {_UPSERT}")
            )  # fmt: skip
            session.execute(delete(META).where(META.c.name == "fingerprint"))
            session.execute(insert(META).values(name="fingerprint", value=fingerprint))

    @staticmethod
    def _ready(session: Session, fingerprint: str) -> bool:
        count = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'plan_mark_%'")
        ).scalar()
        held = session.execute(select(META.c.value).where(META.c.name == "fingerprint")).scalar()
        return count == MARKING.count and held == fingerprint

    def marked(self, after: int, limit: int) -> tuple[dict[int, int], AgendaRows | None]:
        """Up to `limit` marked titles past id `after` (id -> stamp) and their rows, in one snapshot."""
        with self.db.transaction() as session:
            query = select(MARKS.c.title_id, MARKS.c.stamp).where(MARKS.c.title_id > after)
            found = session.execute(query.order_by(MARKS.c.title_id).limit(limit))
            marks = {title_id: stamp for title_id, stamp in found}
            if not marks:
                return {}, None
            return marks, agenda_rows(session=session, ids=list(marks))

    def store(self, marks: Mapping[int, int], events: Iterable[Event]) -> int:
        """Replace the planned events of the marked titles whose mark is unchanged (not yet delivered ones
        only) and clear those marks; return how many titles were planned."""
        with self.db.immediate() as session:
            ids = list(marks)
            held = session.execute(select(MARKS.c.title_id, MARKS.c.stamp).where(MARKS.c.title_id.in_(ids)))
            fresh = {title_id for title_id, stamp in held if marks[title_id] == stamp}
            if not fresh:
                return 0
            sent = set(session.execute(select(OUTBOX.c.key).where(OUTBOX.c.title_id.in_(fresh))).scalars())
            session.execute(delete(PLANNED).where(PLANNED.c.title_id.in_(fresh)))
            rows: dict[str, dict[str, object]] = {}
            for e in events:
                if e.title_id in fresh and e.key not in sent and e.key not in rows:
                    rows[e.key] = {"key": e.key, "title_id": e.title_id, "season_number": e.season,
                                   "kind": e.kind.value, "value": e.value, "due_at": e.due,
                                   "summary": e.summary, "body": e.body, "why": e.why}  # fmt: skip
            if rows:
                session.execute(insert(PLANNED), list(rows.values()))
            session.execute(delete(MARKS).where(MARKS.c.title_id.in_(fresh)))
            return len(fresh)
