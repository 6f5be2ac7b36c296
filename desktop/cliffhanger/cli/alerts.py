"""What is planned and what was said: `agenda` (every alert to come) and `inbox` (every alert delivered)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from cliffhanger.domain.reminders import Delivery, Event, EventKind, zone
from cliffhanger.reminders.delivery import Preferences
from cliffhanger.settings import load_settings

from .common import Context, print_json
from .reminders import book

_KINDS = {EventKind.AT: "reminder", EventKind.BEFORE: "reminder"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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


def inbox_item(sent: Delivery, zone_name: str) -> dict[str, Any]:
    return {
        "key": sent.key,
        "title_id": sent.title_id,
        "season": sent.season,
        "kind": kind_name(sent.kind),
        "summary": sent.summary,
        "body": sent.body,
        "delivered": _local(sent.delivered_at, zone_name).isoformat(timespec="seconds")
        if sent.delivered_at
        else None,
        "read": not sent.unread,
    }


def show_inbox(args: argparse.Namespace, ctx: Context) -> int:
    reminders = book(ctx)
    listed = reminders.inbox(unread=args.unread)
    if args.json:
        print_json([inbox_item(d, reminders.zone) for d in listed])
    elif not listed:
        print("No unread alerts." if args.unread else "No alerts delivered yet.")
    else:
        for sent in listed:
            mark = "  " if not sent.unread else "* "
            when = _local(sent.delivered_at, reminders.zone) if sent.delivered_at else sent.due
            print(f"{mark}{when:%Y-%m-%d %H:%M}  {sent.message}")
    if args.mark_read and listed:
        count = reminders.mark_read([d.key for d in listed if d.unread])
        if not args.json:
            print(f"Marked {count} as read.")
    return 0
