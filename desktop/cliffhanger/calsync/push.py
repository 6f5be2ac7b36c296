"""Sending what the ledger says is pending to the server, one conditional request per event.

New or changed events go with a conditional PUT, events no longer built with a conditional DELETE. A 412
means the event changed on the server meanwhile: its fresh ETag is read and the write is tried once more,
overwriting the server's edit (Cliffhanger owns these events). A second 412 leaves the event pending for
the next sync; a fault of the whole server stops the run. What was done is returned, per UID, in `results`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from cliffhanger.domain.calendar import CalendarAccount, LedgerEntry

from . import render
from .client import CalDavServer, ChangedOnServer, SyncFault, event_href
from .plan import Snapshot

log = logging.getLogger(__name__)
Results = dict[str, tuple[str, str | None, str | None]]  # uid: (digest sent, href or None if deleted, ETag)
T = TypeVar("T")


@dataclass
class SyncReport:
    """What one sync did, and what is still waiting (with the reason, when it stopped early)."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    retried: int = 0
    pending: int = 0
    error: str = ""
    kind: str = ""
    results: Results = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        done = f"{self.created} added, {self.updated} updated, {self.deleted} removed"
        return done + (f"; {self.pending} waiting" if self.pending else "")


CONFLICT = (
    "Some events changed on the server again while they were being written (412 Precondition Failed); "
    "they wait, and are written at the next sync."
)


def push(server: CalDavServer, account: CalendarAccount, snapshot: Snapshot, report: SyncReport) -> None:
    """Send every pending event; raises `SyncFault` when the server as a whole fails."""
    for entry in snapshot.pending:
        try:
            _one(server, account, snapshot, entry, report)
        except ChangedOnServer:
            log.info("event %s changed on the server again; retried at the next sync", entry.uid)
            report.error, report.kind = CONFLICT, "conflict"
        except SyncFault as fault:
            if fault.kind != "refused":
                raise
            log.warning("the server refused event %s: %s", entry.uid, fault)


def _one(
    server: CalDavServer, account: CalendarAccount, snapshot: Snapshot, entry: LedgerEntry, report: SyncReport
) -> None:
    if entry.needs_delete:
        href = entry.href or ""
        _retrying(report, lambda tag: server.delete(href, tag), server, href, entry.etag)
        report.results[entry.uid] = (entry.digest, None, None)
        report.deleted += 1
        return
    spec = snapshot.spec(entry.uid)
    assert spec is not None
    body = render.document([spec], snapshot.ledger, name=None)
    href = entry.href or event_href(account.calendar_url, entry.uid)
    etag = _retrying(report, lambda tag: server.put(href, body, tag), server, href, entry.etag)
    report.results[entry.uid] = (entry.digest, href, etag)
    if entry.href:
        report.updated += 1
    else:
        report.created += 1


def _retrying(
    report: SyncReport, write: Callable[[str | None], T], server: CalDavServer, href: str, etag: str | None
) -> T:
    """Write conditionally on `etag`; on 412, once more on the server's fresh ETag (None: it is gone)."""
    try:
        return write(etag)
    except ChangedOnServer:
        report.retried += 1
        return write(server.etag(href))
