"""Moving the watchlist in and out: import, export, restore and backup."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from cliffhanger import paths
from cliffhanger.settings import load_settings
from cliffhanger.storage.engine import Database
from cliffhanger.transfer import autobackup, detect, report
from cliffhanger.transfer.apply import preview, run_import
from cliffhanger.transfer.backup import write_backup
from cliffhanger.transfer.model import ImportFormatError, ParseContext, Parsed
from cliffhanger.transfer.plan import ImportPlan
from cliffhanger.transfer.progress import Progress
from cliffhanger.transfer.restore import Mode, NotEmptyError, restore
from cliffhanger.transfer.text import load_json

from .common import Context, UserError, print_json
from .progress import ProgressLine
from .transfer_out import export

FORMAT_NAMES = ", ".join(detect.BY_NAME)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = subparsers.add_parser("import", help="import titles from another service's export or a backup")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=list(detect.BY_NAME), help="skip detection and read as this format")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    net = imp.add_mutually_exclusive_group()
    net.add_argument("--link", action="store_true", help="link series to TVmaze (if network use is allowed)")
    net.add_argument("--offline", action="store_true", help="don't go online (the default)")
    progress_option(imp)
    imp.set_defaults(handler=import_file)
    exp = subparsers.add_parser("export", help="export the watchlist as a JSON backup, CSV or iCalendar")
    exp.add_argument("--format", choices=("json", "csv", "ics"), default="json")
    exp.add_argument("--output", type=Path, help="file to write (default: standard output)")
    progress_option(exp)
    exp.set_defaults(handler=export)
    res = subparsers.add_parser("restore", help="restore a JSON backup")
    res.add_argument("file", type=Path)
    how = res.add_mutually_exclusive_group()
    how.add_argument("--replace", action="store_true", help="replace the whole watchlist with the backup")
    how.add_argument("--merge", action="store_true", help="add what the backup has and the watchlist lacks")
    res.set_defaults(handler=restore_file)
    bak = subparsers.add_parser("backup", help="write today's backup now (keeps the last N, see settings)")
    bak.set_defaults(handler=backup_now)


def progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )


def _read(args: argparse.Namespace, ctx: Context) -> Parsed:
    try:
        return detect.read_path(args.file, ParseContext(ctx.today), args.format)
    except ImportFormatError as error:
        raise UserError(f"{args.file}: {error}") from None


def _link(parsed: Parsed, args: argparse.Namespace) -> None:
    if not args.link:
        return
    if not load_settings().allow_network:
        print("Network use is off in the settings; importing without linking.", file=sys.stderr)
        return
    from cliffhanger.providers import build_providers
    from cliffhanger.transfer.link import Lookup, link_titles

    catalogue = build_providers()["tvmaze"]
    try:
        assert isinstance(catalogue, Lookup)  # TVmaze looks series up by IMDb and TheTVDB id
        linked = link_titles(parsed, catalogue)
    finally:
        catalogue.close()
    print(f"Linked {linked.linked} series to TVmaze ({linked.unknown} unknown there).", file=sys.stderr)
    if linked.stopped:
        print(linked.stopped, file=sys.stderr)


def _dry_run_plan(parsed: Parsed, ctx: Context, progress: Progress) -> ImportPlan:
    """The plan against the watchlist, or against an empty one in memory when no watchlist file exists:
    a dry run writes nothing, not even a new database."""
    if paths.database_path(create=False).exists():
        return preview(parsed, ctx.watchlist.db, progress)
    scratch = Database.in_memory()
    try:
        return preview(parsed, scratch, progress)
    finally:
        scratch.close()


def import_file(args: argparse.Namespace, ctx: Context) -> int:
    parsed = _read(args, ctx)
    _link(parsed, args)
    if parsed.format == detect.BACKUP and not args.dry_run:
        return _restore(args.file, ctx, Mode.MERGE)
    shown = ProgressLine(f"Importing {args.file.name}", shown=args.progress)
    try:
        if args.dry_run:
            plan = _dry_run_plan(parsed, ctx, shown)
        else:
            plan = run_import(parsed, ctx.watchlist.db, progress=shown)
    finally:
        shown.close()
    print(report.table(plan))
    print(report.summary(plan, dry_run=args.dry_run))
    for line in report.bad_lines(plan):
        print(f"{args.file}: {line}", file=sys.stderr)
    counts = plan.counts()
    if counts["bad"] and not (counts["add"] or counts["merge"] or counts["skip"]):
        return 2
    return 0


def _load(path: Path) -> object:
    try:
        return load_json(detect.read_text(path))
    except OSError as error:
        raise UserError(f"can't read {path}: {error.strerror or error}") from None
    except (ValueError, ImportFormatError) as error:
        raise UserError(f"{path} is not a Cliffhanger backup ({error})") from None


def _restore(path: Path, ctx: Context, mode: Mode) -> int:
    data = _load(path)
    db = ctx.watchlist.db
    if mode is Mode.REPLACE:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = paths.backups_dir() / f"cliffhanger-before-restore-{stamp}.json"
        write_backup(db, safety)
        print(f"The watchlist as it was is saved in {safety}.")
    try:
        result = restore(db, data, mode)
    except (NotEmptyError, ImportFormatError) as error:
        raise UserError(str(error)) from None
    if mode is Mode.MERGE:
        c = result.counts
        print(f"Merged {path}: added {c['add']}, merged {c['merge']}, skipped {c['skip']}, "
              f"bad {c['bad']}; {c['reminder_rows']} reminder rows carried over.")  # fmt: skip
    else:
        print(f"Restored {path}: {result.rows.get('title', 0)} titles, {sum(result.rows.values())} rows.")
    return 0


def restore_file(args: argparse.Namespace, ctx: Context) -> int:
    mode = Mode.REPLACE if args.replace else Mode.MERGE if args.merge else Mode.EMPTY_ONLY
    return _restore(args.file, ctx, mode)


def backup_now(args: argparse.Namespace, ctx: Context) -> int:
    keep = load_settings().backup_keep
    folder = paths.backups_dir()
    written = autobackup.daily_backup(ctx.watchlist.db, folder, keep=keep, today=ctx.today, force=True)
    print(f"Backup written to {written} (keeping the last {keep}).")
    return 0


__all__ = ["print_json", "register"]
