"""Entry points: `cliffhanger` with a sub-command is the CLI; without one it opens (or raises) the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from .selftest import run_self_test

        return run_self_test()
    from .cli import is_cli_call

    if is_cli_call(args):
        from .cli import run

        return run(args)
    return gui_main(args)


def gui_main(argv: list[str] | None = None) -> int:
    from .app import run_app

    return run_app(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
