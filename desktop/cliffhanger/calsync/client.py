"""The CalDAV server, through the `caldav` library: discovery, and conditional writes of single events.

Every write is conditional: `If-None-Match: *` to create, `If-Match: <ETag>` to replace or delete, so a change
made on the server meanwhile answers 412 (`ChangedOnServer`) instead of being overwritten unseen. Every other
failure is a `SyncFault` whose message says in plain words what happened; no message holds the password.
`caldav` and its HTTP stack (about 390 modules, 9 MB) are imported when a server is first contacted, so an app
with no calendar connected never loads them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

log = logging.getLogger(__name__)
TIMEOUT_S = 20
ICS = "text/calendar; charset=utf-8"


class SyncFault(Exception):
    """A sync that could not go on; `kind` names the cause, the message explains it to the user."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class ChangedOnServer(Exception):
    """412: the event is not what the ETag said (changed, created or deleted on the server meanwhile)."""


MESSAGES = {
    401: ("auth", "The calendar server refused the user name or password (401). Check them, or make a new "
                  "app password, and connect again."),
    403: ("forbidden", "The calendar server does not allow this account to write there (403 Forbidden)."),
    404: ("gone", "The calendar is gone from the server (404). Choose or create another one in Settings → "
                  "Calendar, or connect again."),
    409: ("gone", "The calendar is gone from the server (409). Choose or create another one in Settings → "
                  "Calendar, or connect again."),
    507: ("full", "The calendar server is out of space (507 Insufficient Storage). The events wait here and "
                  "are sent once there is room."),
}  # fmt: skip


DISCOVERY = {  # the same answers while looking for calendars mean the address is not the account's
    "forbidden": (
        "forbidden",
        "The server does not give this account access at that address (403 Forbidden). Check the address "
        "and the user name; many servers want the account's CalDAV address, such as …/remote.php/dav.",
    ),
    "gone": ("address", "There is no CalDAV service at that address (404). Check the server address."),
}


def plain_url(url: str) -> str:
    """The URL without any user name or password written into it."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def check_address(url: str) -> None:
    """Refuse what is not an http(s) address with a host, before anything is sent or stored."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncFault("address", f"{url!r} is not a web address (it should start with https://).")


def _fault_of_status(status: int, what: str) -> SyncFault:
    if status in MESSAGES:
        return SyncFault(*MESSAGES[status])
    kind = "server" if status >= 500 else "refused"
    return SyncFault(kind, f"The calendar server answered {status} to {what}; trying again later.")


def _fault_of_transport(exc: Exception) -> SyncFault:
    from caldav.lib.http_sync import requests as http

    if isinstance(exc, http.exceptions.SSLError):
        return SyncFault(
            "tls",
            "The server's certificate could not be verified (TLS), so nothing was sent. Check the address, "
            "or the server's certificate.",
        )
    if isinstance(exc, http.exceptions.Timeout):
        return SyncFault(
            "offline", "The calendar server did not answer in time; changes wait and are sent later."
        )
    return SyncFault(
        "offline", "The calendar server can't be reached; changes wait and are sent when it is back."
    )


@dataclass(frozen=True)
class CalendarInfo:
    """A calendar collection on the server."""

    url: str
    name: str


class CalDavServer:
    """One account on one server; each method is one or two HTTP requests."""

    def __init__(self, url: str, username: str, password: str, *, timeout: int = TIMEOUT_S) -> None:
        from caldav.davclient import DAVClient

        check_address(url)
        self.url = plain_url(url)
        self._client = DAVClient(
            self.url, username=username, password=password, timeout=timeout, enable_rfc6764=False
        )

    def close(self) -> None:
        self._client.close()

    def _call(self, what: str, work: Any) -> Any:
        from caldav.lib import error as dav_error
        from caldav.lib.http_sync import requests as http

        try:
            return work()
        except dav_error.AuthorizationError as exc:
            raise SyncFault(*MESSAGES[403 if exc.status == 403 else 401]) from None
        except dav_error.NotFoundError:
            raise SyncFault(*MESSAGES[404]) from None
        except dav_error.DAVError as exc:
            status = exc.status or 500
            log.warning("calendar server error during %s: %s", what, type(exc).__name__)
            raise _fault_of_status(status, what) from None
        except http.exceptions.RequestException as exc:
            log.info("calendar server unreachable during %s: %s", what, type(exc).__name__)
            raise _fault_of_transport(exc) from None

    def calendars(self) -> list[CalendarInfo]:
        """The calendars in the account's calendar home (principal discovery first)."""

        def find() -> list[CalendarInfo]:
            principal = self._client.principal()  # type: ignore[no-untyped-call]  # caldav leaves it unannotated
            return [
                CalendarInfo(str(c.url), str(c.get_display_name() or c.url)) for c in principal.calendars()
            ]

        try:
            found: list[CalendarInfo] = self._call("discovery", find)
        except SyncFault as fault:
            if fault.kind not in DISCOVERY:
                raise
            raise SyncFault(*DISCOVERY[fault.kind]) from None
        return found

    def create(self, name: str) -> CalendarInfo:
        def make() -> Any:
            principal = self._client.principal()  # type: ignore[no-untyped-call]  # caldav leaves it unannotated
            return principal.make_calendar(name=name)

        made = self._call("creating a calendar", make)
        return CalendarInfo(str(made.url), name)

    def _request(self, href: str, method: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
        return self._call(
            f"{method} of an event", lambda: self._client.request(href, method, body, headers or {})
        )

    def put(self, href: str, body: str, etag: str | None) -> str | None:
        """Create (`etag` None) or replace the event at `href`; return the new ETag if the server gave one."""
        condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        response = self._request(href, "PUT", body, {"Content-Type": ICS, **condition})
        if response.status == 412:
            raise ChangedOnServer(href)
        if response.status >= 300:
            raise _fault_of_status(response.status, "saving an event")
        tag = response.headers.get("ETag")
        return str(tag) if tag else self.etag(href)

    def etag(self, href: str) -> str | None:
        """The event's current ETag, or None when there is no event at `href`."""
        response = self._request(href, "GET")
        if response.status == 404:
            return None
        if response.status >= 300:
            raise _fault_of_status(response.status, "reading an event")
        tag = response.headers.get("ETag")
        return str(tag) if tag else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete the event; one already gone is fine."""
        response = self._request(href, "DELETE", "", {"If-Match": etag} if etag else {})
        if response.status == 412:
            raise ChangedOnServer(href)
        if response.status >= 300 and response.status != 404:
            raise _fault_of_status(response.status, "deleting an event")


def event_href(calendar_url: str, uid: str) -> str:
    """Where an event lives in the calendar: its UID made safe for a path, plus ".ics"."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in uid)
    base = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
    return urljoin(base, safe + ".ics")
