"""The calendar's storage as whole operations, one transaction each: what events are built from, title keys,
the ledger, and the CalDAV account. Nothing outside storage/ holds a session for the calendar."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from cliffhanger.domain.calendar import CalendarAccount, EventSpec, LedgerEntry
from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import AlertSetting, ReminderRule

from . import calendar_repo, reminders_repo, repository
from .engine import Database

Results = Mapping[str, tuple[str, str | None, str | None]]


@dataclass(frozen=True)
class CalendarInputs:
    """Everything the calendar's events are built from, read together."""

    titles: list[Title]
    rules: list[ReminderRule]
    alerts: dict[int, AlertSetting]
    keys: dict[int, str]
    ledger: dict[str, LedgerEntry]


class CalendarStore:
    """Reads and writes the calendar's rows on one database (writes take the write lock at once)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def inputs(self) -> CalendarInputs:
        with self.db.transaction() as session:
            return CalendarInputs(
                titles=repository.load_titles(session=session, episodes=True),  # air times, premieres
                rules=reminders_repo.rules(session=session),
                alerts=reminders_repo.alert_settings(session=session),
                keys=calendar_repo.title_keys(session=session),
                ledger=calendar_repo.ledger(session=session),
            )

    def fix_keys(self, titles: Sequence[Title]) -> dict[int, str]:
        with self.db.immediate() as session:
            return calendar_repo.ensure_keys(session=session, titles=titles)

    def record(self, specs: Sequence[EventSpec], now: datetime) -> dict[str, LedgerEntry]:
        with self.db.immediate() as session:
            return calendar_repo.record(session=session, specs=specs, now=now)

    def account(self) -> CalendarAccount:
        with self.db.transaction() as session:
            return calendar_repo.account(session=session)

    def connect(self, account: CalendarAccount) -> None:
        """Keep the account; another calendar than before starts with nothing known on the server."""
        with self.db.immediate() as session:
            if calendar_repo.account(session=session).calendar_url != account.calendar_url:
                calendar_repo.forget_server(session=session)
            calendar_repo.save_account(session=session, value=account)

    def disconnect(self) -> None:
        with self.db.immediate() as session:
            calendar_repo.forget_server(session=session)
            calendar_repo.save_account(session=session, value=CalendarAccount())

    def finish(self, calendar_url: str, results: Results, error: str, now: datetime) -> None:
        """Record what a sync did on the server and how it ended (unless the account changed meanwhile)."""
        with self.db.immediate() as session:
            calendar_repo.mark_synced(session=session, results=results)
            current = calendar_repo.account(session=session)
            if current.calendar_url != calendar_url:
                return  # disconnected or moved meanwhile: the new calendar starts afresh
            done = replace(current, attempted_at=now, last_error=error)
            calendar_repo.save_account(
                session=session, value=replace(done, synced_at=now) if not error else done
            )
