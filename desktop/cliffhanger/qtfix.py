"""A correction for a reference-counting fault in PySide6's `Signal.emit`, applied only where it is present.

WORKAROUND for PySide6 6.12 on CPython 3.11: `SignalInstance.emit` returns `True`/`False` without taking a
reference, so every emit from Python code lowers the bools' reference counts until the interpreter aborts
("bool_dealloc: deallocating True or False"). `install()` is called by the composition roots (the app's
`_make_application`, the headless notifier in `reminders.runner`) and by the test suite's Qt set-up, never
on import. It acts only on a version listed in `AFFECTED`, and there only when one emit is measured to lose
a reference; `tests/gui/test_qtfix.py` fails once a listed version no longer does, so the list (and this
module) can shrink.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Signal, SignalInstance

AFFECTED = frozenset({"6.12.0"})  # PySide6 versions whose emit loses a reference (pyproject excludes them)
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    probe.ping.emit()
    after = sys.getrefcount(True) + sys.getrefcount(False)
    if after < before:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # give back what the probe took
    return after < before


def needed(version: str | None = None) -> bool:
    """Whether the PySide6 `version` (the running one by default) is one the workaround is for."""
    return (version or PySide6.__version__) in AFFECTED


def install() -> bool:
    """Patch `emit` if this PySide6 needs it; return whether it is (now) patched. Safe to call twice."""
    global _installed
    if _installed or not needed() or not emit_loses_a_reference():
        return _installed
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]  # the workaround replaces the method itself
    _installed = True
    return True
