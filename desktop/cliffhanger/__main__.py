"""Entry points: `cliffhanger` with a sub-command is the CLI; without one it opens (or raises) the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from .selftest import run_self_test

        return run_self_test()
    if is_cli_call(args):
        from .cli import run

        return run(args)
    return gui_main(args)


def is_cli_call(args: list[str]) -> bool:
    """A word first (a command, or a typo the CLI will explain) or a help flag means the CLI; nothing, or only
    the app's own options (--minimized, --add, Qt's -platform ...), means the app. Decided without importing
    the CLI, which keeps the app's start quick."""
    if not args:
        return False
    return args[0] in ("-h", "--help", "--version") or not args[0].startswith("-")


def gui_main(argv: list[str] | None = None) -> int:
    from .app import run_app

    return run_app(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
