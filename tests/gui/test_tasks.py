"""Background operations: results and errors arrive on the main thread; writes run one at a time, in order."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QThread

from cliffhanger.tasks import TaskRunner


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_the_result_is_delivered_on_the_main_thread(qtbot, runner):
    seen = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def success(value: int) -> None:
        seen["value"], seen["callback"] = value, QThread.currentThread()

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_success=success)
    assert seen["value"] == 42
    assert seen["callback"] is qtbot_main_thread()
    assert seen["worker"] is not seen["callback"]


def qtbot_main_thread() -> QThread:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance().thread()


def test_an_error_goes_to_the_failure_callback_or_the_failed_signal(qtbot, runner, caplog):
    errors = []

    def boom() -> None:
        raise ValueError("bad")

    with qtbot.waitSignal(runner.idle):
        runner.run(boom, on_failure=errors.append)
    assert isinstance(errors[0], ValueError)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(boom, name="unhandled")
    assert blocker.args[0] == "unhandled"
    assert "background operation 'unhandled' failed" in caplog.text


def test_writes_never_overlap_and_keep_their_order(qtbot, runner):
    active, most, order = [0], [0], []
    lock = threading.Lock()

    def write(n: int):  # type: ignore[no-untyped-def]
        def work() -> int:
            with lock:
                active[0] += 1
                most[0] = max(most[0], active[0])
            time.sleep(0.01)  # hold the writer long enough for an overlap to show
            with lock:
                active[0] -= 1
            return n

        return work

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        for n in range(6):
            runner.run(write(n), write=True, on_success=order.append)
    assert most[0] == 1
    assert order == list(range(6))


def test_an_outcome_for_a_deleted_owner_is_dropped(qtbot, runner):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    shown, kept = [], []
    runner.run(gate.wait, owner=label, on_success=lambda _ok: shown.append(label.text()))
    runner.run(lambda: "kept", on_success=kept.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: kept == ["kept"] and not shiboken6.isValid(label))
    with qtbot.waitSignal(runner.idle):
        gate.set()
    assert shown == []  # without the owner check, reading the deleted label would raise in the callback
