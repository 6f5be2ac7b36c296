"""Background work as small operations: a callable runs on a pool; its outcome comes back on the main thread.

Workers never touch widgets: they only run the callable and emit a signal, which Qt queues to the thread the
`TaskRunner` lives in. Writes go to a pool of one thread, so at most one write runs at a time, in order.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class Operation:
    """One submitted piece of work and what to do with its result or its error (on the main thread)."""

    number: int
    name: str
    on_success: Success | None = None
    on_failure: Failure | None = None
    done: bool = False
    owner: QObject | None = None

    @property
    def orphaned(self) -> bool:
        """True when the widget the outcome was meant for has been deleted meanwhile."""
        return self.owner is not None and not shiboken6.isValid(self.owner)

    def success(self, callback: Success) -> Operation:
        self.on_success = callback
        return self

    def failure(self, callback: Failure) -> Operation:
        self.on_failure = callback
        return self


class _Relay(QObject):
    """Carries an outcome from a worker thread to the runner's thread."""

    finished = Signal(int, object)  # (number, (ok, result or error)); no bool argument: see _deliver


class _Job(QRunnable):
    def __init__(self, number: int, name: str, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number, self._name, self._work, self._relay = number, name, work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the caller, never raised in the pool
            log.exception("background operation %r failed", self._name)
            self._relay.finished.emit(self._number, (False, error))
        else:
            self._relay.finished.emit(self._number, (True, result))


class TaskRunner(QObject):
    """Runs callables on thread pools and hands their outcomes back on the thread this object lives in.

    Signals:
        idle: emitted when the last pending operation has been delivered.
        failed(str, object): an operation without its own failure callback raised (name, exception).
    """

    idle = Signal()
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, *, readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer at a time, in submission order
        for pool in (self._readers, self._writer):
            pool.setExpiryTimeout(-1)  # an idle thread sleeps until work comes; expiring would wake it once
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending: dict[int, Operation] = {}
        self._numbers = itertools.count(1)

    def run(
        self,
        work: Callable[[], Any],
        *,
        name: str = "",
        write: bool = False,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> Operation:
        """Start `work` in the background; `write=True` queues it behind every other write.

        With an `owner`, the callbacks are skipped if that object is deleted before the outcome arrives.
        """
        number = next(self._numbers)
        label = name or getattr(work, "__name__", "operation")
        operation = Operation(number, label, on_success, on_failure, owner=owner)
        self._pending[number] = operation
        pool = self._writer if write else self._readers
        pool.start(_Job(number, operation.name, work, self._relay))
        return operation

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object)
    def _deliver(self, number: int, packed: tuple[bool, object]) -> None:
        # WORKAROUND: a queued signal with a bool argument crashed the interpreter at exit (bool_dealloc)
        # under PySide6 6.12, so ok and outcome travel together in one Python object.
        ok, outcome = packed
        operation = self._pending.pop(number, None)
        if operation is None:
            return
        operation.done = True
        try:
            if operation.orphaned:
                log.debug("dropped the outcome of %r: its window is gone", operation.name)
            elif ok and operation.on_success is not None:
                operation.on_success(outcome)
            elif not ok:
                assert isinstance(outcome, BaseException)  # _Job sends (False, error) only
                self._fail(operation, outcome)
        finally:
            if not self._pending:
                self.idle.emit()

    def _fail(self, operation: Operation, error: BaseException) -> None:
        if operation.on_failure is not None:
            operation.on_failure(error)
        else:
            self.failed.emit(operation.name, error)

    def shutdown(self, timeout_ms: int = 10_000, *, wait_for_reads: bool = True) -> bool:
        """Wait for running work to end (queued reads are dropped); True if everything stopped in time.

        `wait_for_reads=False` waits for the writes only, where reads write nothing: a read still running
        is left to end with the process, as its outcome would never be shown."""
        self._readers.clear()
        written = self._writer.waitForDone(timeout_ms)
        return written and (not wait_for_reads or self._readers.waitForDone(timeout_ms))
