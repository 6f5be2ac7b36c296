"""Garbage collection runs on the main thread while the app runs, and goes back to Python afterwards."""

from __future__ import annotations

import gc
import threading

from PySide6.QtGui import QPixmap, QPixmapCache

from cliffhanger.gui.collector import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_main_thread_only(qapp, qtbot):
    collector = MainThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        seen: list[str] = []
        gc.callbacks.append(lambda phase, _info: seen.append(threading.current_thread().name))
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert seen == []  # the worker allocated plenty of cycles, yet nothing was collected there
        assert collector.collect() > 0
        assert set(seen) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()


def test_the_loop_collects_when_it_goes_idle_and_frozen_objects_are_left_alone(qapp, qtbot):
    collector = MainThreadCollector()
    collector.start()
    seen: list[str] = []
    try:
        collector.freeze()
        assert gc.get_freeze_count() > 0
        gc.callbacks.append(lambda phase, _info: seen.append(phase))
        cycles = [Cycle() for _ in range(5_000)]
        del cycles
        qtbot.wait(50)  # the event loop goes to sleep at least once
        assert "start" in seen
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_the_pixmap_cache_is_emptied_when_the_loop_goes_idle(qapp, qtbot):
    collector = MainThreadCollector()
    collector.start()
    try:
        pixmap = QPixmap(16, 16)
        assert QPixmapCache.insert("probe", pixmap)
        assert QPixmapCache.find("probe") is not None
        qtbot.wait(50)  # the event loop goes to sleep at least once
        assert QPixmapCache.find("probe") is None
    finally:
        collector.stop()
