"""A correction for a reference-counting fault in PySide6's `Signal.emit`, applied only where it is present.

WORKAROUND for PySide6 6.12 on CPython 3.11: `SignalInstance.emit` returns `True`/`False` without taking a
reference, so every emit from Python code lowers the bools' reference counts until the interpreter aborts
("bool_dealloc: deallocating True or False"). `install()` measures one emit and, when it loses a reference,
wraps `emit` to add the missing one. Importing `cliffhanger.tasks` or `cliffhanger.gui` installs it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

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


def install() -> bool:
    """Patch `emit` if this PySide6 needs it; return whether it is (now) patched. Safe to call twice."""
    global _installed
    if _installed or not emit_loses_a_reference():
        return _installed
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
