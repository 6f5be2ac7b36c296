"""Emitting signals from Python must not lose references to True/False (see cliffhanger.qtfix)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import cliffhanger.gui  # noqa: F401  (installs the correction where it is needed)


class _Emitter(QObject):
    changed = Signal(int)


def test_a_thousand_emits_keep_the_bools_reference_counts():
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(1000):
        emitter.changed.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 1000
