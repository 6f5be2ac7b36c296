"""Reminder commands: check, remind, reminders, snooze, pause and alerts."""

from __future__ import annotations

import argparse
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from cliffhanger import paths
from cliffhanger.domain.reminders import (
    DEFAULT_ALERT_KINDS,
    AlertKind,
    AlertSetting,
    ReminderRule,
    RuleKind,
    local_instant,
)
from cliffhanger.reminders.book import ReminderBook, UnknownEventError
from cliffhanger.reminders.clock import utc_now
from cliffhanger.reminders.wording import rule_words
from cliffhanger.settings import load_settings, save_settings
from cliffhanger.storage.watchlist import resolve_season

from . import reminder_text as text
from .common import Context, UserError, print_json, season_number
from .seasons import existing_season

_OFFSET = re.compile(r"in\s+(\d+)\s*(m|min|minutes?|h|hours?|d|days?|w|weeks?)", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser("check", help="deliver what is due, once (for cron or timers)")
    check.set_defaults(handler=run_check)
    remind = subparsers.add_parser("remind", help="set a reminder at a time, or before a release")
    remind.add_argument("title")
    remind.add_argument("--season", type=season_number)
    when = remind.add_mutually_exclusive_group(required=True)
    when.add_argument("--at", metavar="DATETIME", help='local time "2026-12-01T09:00", or "in 2h", "in 3d"')
    when.add_argument("--before-release", type=_days, metavar="DAYS", help="days before the release date")
    when.add_argument("--on-release-day", action="store_true", help="on the day it comes out")
    remind.add_argument("--at-time", type=_clock, default=None, metavar="HH:MM", help="for release reminders")
    remind.add_argument("--window-start", action="store_true", help="also fire at the start of a window")
    remind.add_argument("--note", default="")
    remind.set_defaults(handler=add_reminder)
    listing = subparsers.add_parser("reminders", help="reminders set, and those delivered")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_reminders)
    snooze = subparsers.add_parser("snooze", help="show a delivered reminder again later")
    snooze.add_argument("what", help="a title (its latest reminder) or a reminder's key")
    snooze.add_argument("--for", dest="choice", choices=("1h", "tomorrow", "week"), default="1h")
    snooze.set_defaults(handler=snooze_reminder)
    pause = subparsers.add_parser("pause", help="hold every reminder (on) or deliver them again (off)")
    pause.add_argument("state", choices=("on", "off"))
    pause.set_defaults(handler=pause_reminders)
    alerts = subparsers.add_parser("alerts", help="switch a title's status alerts on or off")
    alerts.add_argument("title")
    alerts.add_argument("state", choices=("on", "off"))
    kinds = ", ".join(k.value for k in AlertKind)
    alerts.add_argument(
        "--also", default="", metavar="KINDS", help=f"alerts to add, comma-separated: {kinds}"
    )
    alerts.add_argument("--without", default="", metavar="KINDS", help="alerts to take away")
    alerts.set_defaults(handler=switch_alerts)
    unremind = subparsers.add_parser("unremind", help="delete a reminder by its number")
    unremind.add_argument("rule", type=int)
    unremind.set_defaults(handler=remove_reminder)


def _days(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 3660:
        raise argparse.ArgumentTypeError(f"days before release must be a whole number 0-3660, not {value!r}")
    return int(value)


def _clock(value: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a time of day like 09:00, not {value!r}") from None


def book(ctx: Context) -> ReminderBook:
    return ReminderBook(ctx.watchlist.db, stamp=paths.change_stamp_path())


def parse_when(value: str, zone: str, now: datetime) -> datetime:
    """The naive local date-time meant by "2026-12-01T09:00" or "in 2h" (a real span from `now`)."""
    offset = _OFFSET.fullmatch(value.strip())
    if offset:
        span = timedelta(**{_UNITS[offset.group(2)[0].lower()]: int(offset.group(1))})
        return (now + span).astimezone(_tz(zone)).replace(tzinfo=None, microsecond=0)
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f'can\'t read {value!r} as a time; use "2026-12-01T09:00" or "in 2h"') from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_tz(zone))
    return moment.replace(tzinfo=None, microsecond=0)


def _tz(zone: str) -> ZoneInfo:
    from cliffhanger.domain.reminders import zone as find_zone

    return find_zone(zone)


def add_reminder(args: argparse.Namespace, ctx: Context) -> int:
    reminders, now = book(ctx), utc_now()
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    existing_season(title, args.season)
    if args.at is not None:
        at = parse_when(args.at, reminders.zone, now).replace(tzinfo=None, microsecond=0)
        if local_instant(at, reminders.zone) < now - timedelta(seconds=1):
            raise UserError(f"{at:%Y-%m-%d %H:%M} has already passed")
        season = resolve_season(title, args.season) if args.season is not None else None
        rule = ReminderRule(title.id, RuleKind.AT, reminders.zone, season=season, at=at, note=args.note)
    else:
        default = time.fromisoformat(load_settings().default_reminder_time or "09:00")
        rule = ReminderRule(
            title.id,
            RuleKind.RELEASE,
            reminders.zone,
            season=resolve_season(title, args.season),
            days_before=args.before_release,
            on_day=args.on_release_day,
            at_time=args.at_time or default,
            fire_on_window_start=args.window_start,
            note=args.note,
        )
    rule_id = reminders.add_rule(rule, now)
    print(f"reminder {rule_id} for {title.name}: {rule_words(rule)}")
    return 0


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    from cliffhanger.reminders.runner import check_once

    result = check_once(ctx.watchlist.db)
    for event in result.delivered:
        print(f"delivered: {event.message}")
    if not result.delivered:
        print("nothing due")
    return 0


def list_reminders(args: argparse.Namespace, ctx: Context) -> int:
    reminders = book(ctx)
    names = {t.id: t.name for t in ctx.watchlist.titles()}
    rules, sent = reminders.rules(), reminders.deliveries(limit=50)
    if args.json:
        print_json(text.as_json(rules, sent, names))
    else:
        print(text.listing(rules, sent, names))
    return 0


def snooze_reminder(args: argparse.Namespace, ctx: Context) -> int:
    reminders = book(ctx)
    key = args.what
    if ":" not in key:
        title = ctx.watchlist.find(args.what)
        latest = reminders.deliveries(title_id=title.id, limit=1)
        if not latest:
            raise UserError(f"no reminder has been delivered for {title.name} yet")
        key = latest[0].key
    try:
        until = reminders.snooze(key, args.choice)
    except UnknownEventError as error:
        raise UserError(str(error)) from None
    print(f"snoozed until {until.astimezone(_tz(reminders.zone)):%Y-%m-%d %H:%M}")
    return 0


def pause_reminders(args: argparse.Namespace, ctx: Context) -> int:
    settings = load_settings()
    settings.reminders_paused = args.state == "on"
    save_settings(settings)
    paths.change_stamp_path().touch()
    print("reminders paused" if settings.reminders_paused else "reminders resumed")
    return 0


def switch_alerts(args: argparse.Namespace, ctx: Context) -> int:
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    kinds = _alert_kinds(book(ctx).alerts(title.id), args.also, args.without)
    book(ctx).set_alerts(title.id, args.state == "on", kinds=kinds)
    chosen = f" ({', '.join(k.value for k in kinds)})" if kinds is not None else ""
    print(f"status alerts for {title.name} {args.state}{chosen}")
    return 0


def remove_reminder(args: argparse.Namespace, ctx: Context) -> int:
    if not book(ctx).remove_rule(args.rule):
        raise UserError(f"there is no reminder {args.rule}")
    print(f"reminder {args.rule} deleted")
    return 0


def _alert_kinds(current: AlertSetting | None, also: str, without: str) -> list[AlertKind] | None:
    """The kinds after `--also`/`--without` (None when neither was given: the kinds stay as they are)."""
    if not also.strip() and not without.strip():
        return None
    kinds = set(current.kinds if current else DEFAULT_ALERT_KINDS)
    kinds |= {parse_alert_kind(k) for k in also.split(",") if k.strip()}
    kinds -= {parse_alert_kind(k) for k in without.split(",") if k.strip()}
    return [k for k in AlertKind if k in kinds]


def parse_alert_kind(text: str) -> AlertKind:
    try:
        return AlertKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in AlertKind)
        raise UserError(f"unknown alert {text.strip()!r}; use one of: {choices}") from None
