"""What is planned and what was said: `agenda` (every alert to come) and `inbox` (every alert delivered)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from cliffhanger.domain.reminders import Event, EventKind, zone
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.reminders.inbox import InboxEntry, entries
from cliffhanger.settings import load_settings

from .common import Context, print_json
from .reminders import book

_KINDS = {EventKind.AT: "reminder", EventKind.BEFORE: "reminder"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agenda = subparsers.add_parser(
        "agenda", help="every alert planned: release days, passed windows, reminders"
    )
    agenda.add_argument("--json", action="store_true", help="print JSON")
    agenda.set_defaults(handler=show_agenda)
    inbox = subparsers.add_parser("inbox", help="every alert delivered, newest first")
    inbox.add_argument("--json", action="store_true", help="print JSON")
    inbox.add_argument("--unread", action="store_true", help="only those not read yet")
    inbox.add_argument("--mark-read", action="store_true", help="mark the alerts listed as read")
    inbox.set_defaults(handler=show_inbox)


def kind_name(kind: EventKind) -> str:
    """The agenda's word for an event kind: "release-day", "window-passed", "reminder", ..."""
    return _KINDS.get(kind, kind.value)


def _local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name))


def agenda_item(event: Event, names: dict[int | None, str], zone_name: str) -> dict[str, Any]:
    return {
        "title": names.get(event.title_id, event.summary),
        "season": event.season,
        "kind": kind_name(event.kind),
        "due": _local(event.due, zone_name).isoformat(timespec="seconds"),
        "why": event.why or event.body,
        "message": event.message,
        "key": event.key,
    }


def show_agenda(args: argparse.Namespace, ctx: Context) -> int:
    reminders = book(ctx)
    prefs = Preferences.from_settings(load_settings(), reminders.zone)
    names = {t.id: t.name for t in ctx.watchlist.titles()}
    items = [agenda_item(e, names, reminders.zone) for e in reminders.upcoming(prefs)]
    if args.json:
        print_json(items)
    elif not items:
        print("Nothing planned.")
    else:
        for item in items:
            season = f", season {item['season']}" if item["season"] is not None else ""
            when = item["due"][:16].replace("T", " ")
            print(f"{when}  {item['kind']:<13} {item['title']}{season}: {item['why']}")
    return 0


def inbox_item(entry: InboxEntry, zone_name: str) -> dict[str, Any]:
    delivered = entry.delivered_at
    return {
        "keys": list(entry.keys),
        "title_id": entry.title_id,
        "season": entry.season,
        "kind": kind_name(EventKind(entry.kind)),
        "summary": entry.summary,
        "body": entry.body,
        "delivered": _local(delivered, zone_name).isoformat(timespec="seconds") if delivered else None,
        "read": entry.read,
        "news": entry.news,
    }


def show_inbox(args: argparse.Namespace, ctx: Context) -> int:
    reminders = book(ctx)
    listed = entries(reminders.inbox(unread=args.unread))
    if args.json:
        print_json([inbox_item(e, reminders.zone) for e in listed])
    elif not listed:
        print("No unread alerts." if args.unread else "No alerts delivered yet.")
    else:
        for entry in listed:
            mark = "  " if entry.read else "* "
            when = (
                f"{_local(entry.delivered_at, reminders.zone):%Y-%m-%d %H:%M}" if entry.delivered_at else ""
            )
            print(f"{mark}{when}  {entry.summary}: {entry.body}")
    if args.mark_read and listed:
        keys = [key for e in listed if not e.read for key in e.keys]
        reminders.mark_read(keys)
        if not args.json:
            count = sum(1 for e in listed if not e.read)
            print(f"Marked {count} as read.")
    return 0
