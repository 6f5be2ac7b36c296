"""The cyclic garbage collector held off while a file is read or imported.

Reading an export builds a few small frozen values per row and keeps them all until the import ends, so
every collection the allocations trigger scans a heap that only grows and frees nothing: a third of the
time of a 5,000-row import went to it. The values hold no cycles; reference counting still frees
everything as it goes. Pauses nest and may overlap across threads: the collector runs again when the
last one ends (and only if it was running when the first began).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
