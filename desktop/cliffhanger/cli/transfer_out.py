"""`cliffhanger export`: the watchlist as a JSON backup, a CSV table or an iCalendar file."""

from __future__ import annotations

import argparse
import sys

from cliffhanger.transfer.export import render, write_export

from .common import Context, UserError


def export(args: argparse.Namespace, ctx: Context) -> int:
    if args.output is None:
        sys.stdout.buffer.write(render(args.format, ctx.watchlist.db, ctx.today).encode("utf-8"))
        sys.stdout.flush()
        return 0
    try:
        write_export(args.format, ctx.watchlist.db, args.output, ctx.today)
    except OSError as error:
        raise UserError(f"can't write {args.output}: {error.strerror or error}") from None
    print(f"Exported the watchlist as {args.format} to {args.output}.", file=sys.stderr)
    return 0
