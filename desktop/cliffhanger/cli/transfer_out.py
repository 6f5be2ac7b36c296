"""`cliffhanger export`: the watchlist as a JSON backup, a CSV table or an iCalendar file."""

from __future__ import annotations

import argparse
import json
import os
import sys

from cliffhanger.storage import repository
from cliffhanger.transfer.backup import make_backup
from cliffhanger.transfer.calendar_feed import calendar_text
from cliffhanger.transfer.csv_export import export_csv

from .common import Context, UserError


def render(fmt: str, ctx: Context) -> str:
    db = ctx.watchlist.db
    if fmt == "json":
        return json.dumps(make_backup(db), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        with db.transaction() as session:
            return export_csv(repository.load_titles(session=session), ctx.today)
    return calendar_text(db, ctx.today)


def export(args: argparse.Namespace, ctx: Context) -> int:
    text = render(args.format, ctx)
    if args.output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return 0
    temporary = args.output.with_name(args.output.name + ".tmp")
    try:
        temporary.write_bytes(text.encode("utf-8"))
        os.replace(temporary, args.output)
    except OSError as error:
        raise UserError(f"can't write {args.output}: {error.strerror or error}") from None
    print(f"Exported the watchlist as {args.format} to {args.output}.", file=sys.stderr)
    return 0
