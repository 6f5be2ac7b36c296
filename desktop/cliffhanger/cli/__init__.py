"""The command-line interface: the same core as the app, for terminals, scripts and schedulers.

Each module in `COMMAND_MODULES` has `register(subparsers)`, which adds its sub-commands and sets a
`handler(args, ctx) -> int` on each.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cliffhanger import __version__

from .common import Context, UserError, run_handler
from .printable import Printable

COMMAND_MODULES = (
    "watchlist",
    "seasons",
    "doubt",
    "correct",
    "episodes",
    "catalogue",
    "transfer",
    "reminders",
    "alerts",
    "calendar",
    "news",
    "feeds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cliffhanger",
        description="Track when the shows and films you wait for come out. "
        "With no command, opens the app (or raises the running one).",
    )
    parser.add_argument("--version", action="version", version=f"Cliffhanger {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def run(args: list[str]) -> int:
    """Parse and run one command; bad input prints a message to stderr and returns 2."""
    parser = build_parser()
    parsed = parser.parse_args(args)
    if parsed.command is None:
        parser.print_help()
        return 0
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Printable(sys.stdout), Printable(sys.stderr)
    try:
        return run_handler(parsed, Context())
    finally:
        sys.stdout, sys.stderr = streams


__all__ = ["UserError", "run"]


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
