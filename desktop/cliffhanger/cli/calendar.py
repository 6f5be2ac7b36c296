"""Calendar commands: connect a CalDAV calendar, see how it stands, sync now, disconnect.

The CalDAV client and the keyring are imported only when a calendar command runs.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from .common import FAILED, Context, UserError, print_json

if TYPE_CHECKING:
    from cliffhanger.calsync.client import SyncFault
    from cliffhanger.calsync.push import SyncReport
    from cliffhanger.calsync.sync import CalendarSync

INPUT_FAULTS = ("address", "missing", "not-connected")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    calendar = subparsers.add_parser("calendar", help="release dates and reminders in your CalDAV calendar")
    actions = calendar.add_subparsers(dest="calendar_action", metavar="ACTION", required=True)
    connect = actions.add_parser("connect", help="connect a CalDAV account and pick its calendar")
    connect.add_argument(
        "url", help="the server's CalDAV address, e.g. https://cloud.example.org/remote.php/dav"
    )
    connect.add_argument("--user", required=True, help="the account's user name")
    connect.add_argument("--password-stdin", action="store_true", help="read the app password from stdin")
    connect.add_argument("--calendar", default="", help='a calendar name or URL (default "Cliffhanger")')
    connect.set_defaults(handler=connect_calendar)
    status = actions.add_parser("status", help="the account, the last sync and what waits to be sent")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=show_status)
    actions.add_parser("sync", help="send the changes now").set_defaults(handler=sync_now)
    disconnect = actions.add_parser("disconnect", help="forget the account and its password")
    disconnect.set_defaults(handler=disconnect_calendar)


def _calendar(ctx: Context) -> CalendarSync:
    from cliffhanger import secrets
    from cliffhanger.calsync.sync import CalendarSync

    return CalendarSync(ctx.watchlist.db, secrets.default_store())


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"App password for {args.user}: ")
    else:
        raise UserError(
            "no terminal to ask for the password: pass it on standard input with --password-stdin"
        )
    if not password.strip():
        raise UserError("no password given")
    return password


def _fault(fault: SyncFault) -> int:
    if fault.kind in INPUT_FAULTS:
        raise UserError(str(fault))
    print(f"cliffhanger: {fault}", file=sys.stderr)
    return FAILED


def connect_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from cliffhanger import secrets
    from cliffhanger.calsync.client import SyncFault, check_address

    try:
        check_address(args.url)
    except SyncFault as fault:
        return _fault(fault)
    store = secrets.default_store()
    if not store.available:
        print(
            "cliffhanger: no system keyring is available, so the calendar password can't be kept. "
            "Connect from the app (Settings → Calendar) to use it for one session.",
            file=sys.stderr,
        )
        return FAILED
    password = _password(args)
    try:
        account = _calendar(ctx).connect(args.url, args.user, password, calendar=args.calendar)
    except SyncFault as fault:
        return _fault(fault)
    print(
        f"Connected to the calendar “{account.calendar_name}” at {account.server_url} as {account.username}."
    )
    print(
        "The password is kept in the system keyring. Run `cliffhanger calendar sync` to send the events now."
    )
    return 0


def _when(moment: object) -> str:
    return "never" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def show_status(args: argparse.Namespace, ctx: Context) -> int:
    state = _calendar(ctx).status()
    account = state.account
    if args.json:
        print_json(
            {
                "connected": account.connected,
                "server": account.server_url,
                "user": account.username,
                "calendar": account.calendar_name,
                "calendar_url": account.calendar_url,
                "synced_at": account.synced_at.isoformat() if account.synced_at else None,
                "last_error": account.last_error,
                "pending": state.pending,
                "password_stored": state.password_stored,
            }
        )
        return 0
    if not account.connected:
        print("No calendar is connected. Connect one with: cliffhanger calendar connect URL --user NAME")
        return 0
    print(f"Calendar “{account.calendar_name}” at {account.server_url} as {account.username}")
    print(f"  last synced: {_when(account.synced_at)}; waiting to be sent: {state.pending}")
    if not state.password_stored:
        print("  the password is not in the keyring: connect again")
    if account.last_error:
        print(f"  last attempt failed: {account.last_error}")
    return 0


def _report(report: SyncReport) -> str:
    retried = f" ({report.retried} changed on the server and rewritten)" if report.retried else ""
    return f"Calendar synced: {report.summary()}{retried}."


def sync_now(args: argparse.Namespace, ctx: Context) -> int:
    from cliffhanger.calsync.client import SyncFault

    try:
        report = _calendar(ctx).sync(ctx.today)
    except SyncFault as fault:
        return _fault(fault)
    if report.error:
        print(f"cliffhanger: {report.error}", file=sys.stderr)
        print(f"Sent before it stopped: {report.summary()}; nothing is lost, the rest waits.")
        return FAILED
    print(_report(report))
    return 0


def disconnect_calendar(args: argparse.Namespace, ctx: Context) -> int:
    _calendar(ctx).disconnect()
    print("The calendar is disconnected and its password forgotten; the events on the server stay there.")
    return 0
