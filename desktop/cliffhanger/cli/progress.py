"""A progress line on stderr, rewritten in place while an import or export runs, shown only on a terminal
(or when asked): a script reading stderr sees only the messages it always saw."""

from __future__ import annotations

import sys
import time
from typing import TextIO, cast

EVERY_S = 0.2  # at most five updates a second: a terminal drawing lines should not slow the work


class ProgressLine:
    """`ProgressLine("Importing films.csv")` is a progress callback printing "Importing films.csv: 40%
    (4,000/10,000)" over itself; `close()` ends the line. `shown=None`: only when stderr is a terminal."""

    def __init__(self, what: str, *, shown: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or cast(
            TextIO, getattr(sys.stderr, "unfiltered", sys.stderr)
        )  # \r must get there
        self.what = what
        self.shown = self.stream.isatty() if shown is None else shown
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if done < total and now - self._last < EVERY_S:
            return
        self._last = now
        share = 100 * done // total if total else 100
        self.stream.write(f"\r{self.what}: {share}% ({done:,}/{total:,})\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
