"""One reminder pass in its own process, for the exactly-once tests: `--die` SIGKILLs the process right
after the notification server has shown the first notification, before the pass records it as sent.

Usage: python -m support.crash_pass DATABASE NOW_ISO [--die]
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime
from pathlib import Path

from cliffhanger.notify.base import FallbackNotifier, LogNotifier, Notification
from cliffhanger.notify.freedesktop import FreedesktopNotifier
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.storage.engine import Database


class DieAfterShowing:
    """The real freedesktop notifier; once it has shown a notification (and its id was noted), SIGKILL."""

    name = "freedesktop"

    def __init__(self, inner: FreedesktopNotifier) -> None:
        self.inner = inner

    def notify(self, notification: Notification) -> None:
        self.inner.notify(notification)
        os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    database, now = Path(argv[0]), datetime.fromisoformat(argv[1])
    native = FreedesktopNotifier()
    shown = DieAfterShowing(native) if "--die" in argv else native
    db = Database(database)
    result = run_pass(db, FallbackNotifier([shown, LogNotifier()]), now=now, prefs=Preferences())
    print(",".join(e.key for e in result.delivered))
    native.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
