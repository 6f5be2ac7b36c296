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
# Which module registers each command, so one command imports only its own module (a test holds this
# equal to what the modules register).
COMMANDS = {
    **dict.fromkeys(("add", "edit", "status", "expect", "cast", "list", "show", "remove"), "watchlist"),
    "season": "seasons",
    "doubt": "doubt",
    "correct": "correct",
    **dict.fromkeys(("watched", "episodes"), "episodes"),
    **dict.fromkeys(("search", "link", "refresh", "key"), "catalogue"),
    **dict.fromkeys(("import", "export", "restore", "backup"), "transfer"),
    **dict.fromkeys(("check", "remind", "reminders", "snooze", "pause", "alerts", "unremind"), "reminders"),
    **dict.fromkeys(("agenda", "inbox"), "alerts"),
    "calendar": "calendar",
    "news": "news",
    "feeds": "feeds",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or, when `command` is a known one, for that command's module only
    (the same parse for it, without importing what the other commands need)."""
    parser = argparse.ArgumentParser(
        prog="cliffhanger",
        description="Track when the shows and films you wait for come out. "
        "With no command, opens the app (or raises the running one).",
    )
    parser.add_argument("--version", action="version", version=f"Cliffhanger {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    known = COMMANDS.get(command or "")
    for name in COMMAND_MODULES if known is None else (known,):
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def run(args: list[str]) -> int:
    """Parse and run one command; bad input prints a message to stderr and returns 2."""
    parser = build_parser(args[0] if args else None)
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
