"""`cliffhanger --self-test`: check that this installation has every part it needs, in one line.

It works the same in a checkout, an installed wheel and the frozen bundle. The user's database is only read;
migrations run on a copy in a temporary directory. Each layer that is absent or fails to load is named, and
the exit status is 1 when anything is broken.
"""

from __future__ import annotations

import sys

from .checks import Check
from .database import check_database
from .layers import check_layers, check_resources
from .qt import check_qt


def run_self_test() -> int:
    """Check everything, print the one-line report, return the exit status."""
    checks: list[Check] = [*check_database(), check_resources(), *check_layers(), check_qt()]
    healthy = all(check.ok for check in checks)
    line = ("self-test ok: " if healthy else "self-test FAILED: ") + ", ".join(map(str, checks))
    stream = sys.stdout or sys.stderr  # a windowed build on Windows may have neither
    if stream is not None:
        print(line, file=stream, flush=True)
    return 0 if healthy else 1


__all__ = ["Check", "run_self_test"]
