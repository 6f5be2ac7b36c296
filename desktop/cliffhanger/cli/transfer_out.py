"""`cliffhanger export`: the watchlist as a JSON backup, a CSV table or an iCalendar file, streamed to a
file or to standard output, with a progress line on stderr when it is a terminal."""

from __future__ import annotations

import argparse
import io
import sys

from cliffhanger.transfer.export import stream_export, write_export

from .common import Context, UserError
from .progress import ProgressLine


def export(args: argparse.Namespace, ctx: Context) -> int:
    shown = ProgressLine(f"Exporting {args.format}", shown=args.progress)
    try:
        if args.output is None:
            _to_stdout(args.format, ctx, shown)
            return 0
        write_export(args.format, ctx.watchlist.db, args.output, ctx.today, shown)
    except OSError as error:
        raise UserError(f"can't write {args.output}: {error.strerror or error}") from None
    finally:
        shown.close()
    print(f"Exported the watchlist as {args.format} to {args.output}.", file=sys.stderr)
    return 0


def _to_stdout(fmt: str, ctx: Context, shown: ProgressLine) -> None:
    """UTF-8 whatever the terminal's locale, written as it is made."""
    sys.stdout.flush()
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        stream_export(fmt, ctx.watchlist.db, stream, ctx.today, shown)
        stream.flush()
    finally:
        stream.detach()  # leave standard output open for whatever follows
