"""How long-running transfers say how far they are: a callback given (done, total) as work moves on.

Imports count each row matched and each title written, so a file of N titles counts to 2N; exports count
rows written. The callback runs on the thread doing the work: a GUI hands it on through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
CHUNK = 1_000  # titles or rows per step: what one step holds in memory, and how often progress is told


def silent(_done: int, _total: int) -> None:
    """The progress callback when nobody asks."""
