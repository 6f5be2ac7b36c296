"""Keeping the user's CalDAV calendar in step with the watchlist, one way: Cliffhanger owns these events.

A sync takes a snapshot (events built, ledger updated), then sends what the ledger says is pending (see
`push`). Whatever fails stays pending in the ledger, so a sync that could not reach the server simply
catches up later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from cliffhanger.domain.calendar import CalendarAccount
from cliffhanger.secrets import KeyringUnavailableError, SecretStore
from cliffhanger.storage.calendar_store import CalendarStore
from cliffhanger.storage.engine import Database

from . import plan
from .client import CalDavServer, CalendarInfo, SyncFault
from .push import Results, SyncReport, push

log = logging.getLogger(__name__)
PASSWORD = "caldav"
DEFAULT_CALENDAR = "Cliffhanger"
ServerFactory = Callable[[str, str, str], CalDavServer]


@dataclass(frozen=True)
class CalendarStatus:
    """The account as stored, and how many events wait to be sent."""

    account: CalendarAccount
    pending: int
    password_stored: bool


class CalendarSync:
    """Connect, sync, report and disconnect; Qt-free, used alike by the app and the command line."""

    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        server: ServerFactory = CalDavServer,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db, self.secrets, self._server, self._clock = db, secrets, server, clock
        self.store = CalendarStore(db)

    def account(self) -> CalendarAccount:
        return self.store.account()

    def status(self) -> CalendarStatus:
        """The account, and how many events wait for the server (read only: nothing is recorded)."""
        account = self.account()
        pending = (
            plan.peek(self.db, today=self._clock().astimezone().date()).waiting if account.connected else 0
        )
        try:
            stored = bool(self.secrets.get(PASSWORD))
        except KeyringUnavailableError:
            stored = False
        return CalendarStatus(account, pending, stored)

    def discover(self, url: str, username: str, password: str) -> list[CalendarInfo]:
        server = self._server(url, username, password)
        try:
            return server.calendars()
        finally:
            server.close()

    def connect(
        self, url: str, username: str, password: str, *, calendar: str = "", create: bool = True
    ) -> CalendarAccount:
        """Log in, pick `calendar` (a URL or a name; default "Cliffhanger", made when missing), keep the
        password in the keyring (or this session only), and remember the account."""
        server = self._server(url, username, password)
        try:
            chosen = self._choose(server, calendar or DEFAULT_CALENDAR, create)
        finally:
            server.close()
        self.secrets.set(PASSWORD, password)
        account = CalendarAccount(server.url, username, chosen.url, chosen.name)
        self.store.connect(account)
        log.info("calendar connected: %s (%s)", chosen.name, server.url)
        return account

    def _choose(self, server: CalDavServer, wanted: str, create: bool) -> CalendarInfo:
        found = server.calendars()
        for info in found:
            if wanted in (info.url, info.name) or info.url.rstrip("/") == wanted.rstrip("/"):
                return info
        if not create or "/" in wanted:
            names = ", ".join(i.name for i in found) or "none"
            raise SyncFault("missing", f"There is no calendar {wanted!r} on the server (it has: {names}).")
        return server.create(wanted)

    def disconnect(self) -> None:
        """Forget the account and its password; the events already on the server stay there."""
        self.secrets.forget(PASSWORD)
        self.store.disconnect()
        log.info("calendar disconnected")

    def sync(self, today: date | None = None) -> SyncReport:
        """Send what changed; a fault stops the run but loses nothing (see the module docstring)."""
        account = self.account()
        if not account.connected:
            raise SyncFault(
                "not-connected", "No calendar is connected: cliffhanger calendar connect URL --user NAME"
            )
        now = self._clock()
        snapshot = plan.take(self.db, today=today or now.astimezone().date(), now=now)
        report = SyncReport()
        try:
            self._send(account, snapshot, report)
        except SyncFault as fault:
            report.error, report.kind = str(fault), fault.kind
            log.warning("calendar sync stopped: %s", fault.kind)
        report.pending = len([e for e in snapshot.pending if e.uid not in report.results])
        self._finish(account, report.results, report, now)
        return report

    def _password(self) -> str:
        try:
            password = self.secrets.get(PASSWORD)
        except KeyringUnavailableError as error:
            raise SyncFault("password", str(error)) from None
        if not password:
            raise SyncFault(
                "password", "The calendar password is not in the keyring any more; connect again."
            )
        return password

    def _send(self, account: CalendarAccount, snapshot: plan.Snapshot, report: SyncReport) -> None:
        if not snapshot.pending:
            return
        server = self._server(account.server_url, account.username, self._password())
        try:
            push(server, account, snapshot, report)
        finally:
            server.close()

    def _finish(self, account: CalendarAccount, results: Results, report: SyncReport, now: datetime) -> None:
        self.store.finish(account.calendar_url, results, report.error, now)
