"""Emitting signals from Python must not lose references to True/False (see cliffhanger.qtfix)."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal, SignalInstance

from cliffhanger import qtfix


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


def test_the_correction_is_declared_for_exactly_the_versions_that_lose_a_reference():
    """Fails once a listed PySide6 no longer has the fault (drop it from AFFECTED, and qtfix when empty),
    or when the running PySide6 has it without being listed (add it)."""
    if qtfix._installed:
        pytest.skip("the correction is installed: emit is wrapped, so the fault can't be measured here")
    assert qtfix.emit_loses_a_reference() == qtfix.needed(PySide6.__version__)


def test_an_unaffected_version_keeps_the_original_emit():
    if qtfix.needed():
        pytest.skip("this PySide6 is listed as needing the correction")
    original = SignalInstance.emit
    assert qtfix.install() is False and SignalInstance.emit is original
    assert qtfix.needed("6.12.0") and not qtfix.needed("6.11.3")
