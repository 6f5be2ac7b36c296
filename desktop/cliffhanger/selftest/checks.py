"""A check's verdict, and the guard that turns any failure of a probe into a named one."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Check:
    """One part's verdict: `name` and what follows it in the report ("ok", "missing", "broken (...)")."""

    name: str
    ok: bool
    detail: str

    def __str__(self) -> str:
        return f"{self.name} {self.detail}"


class MissingLayerError(Exception):
    """A layer of the package that this installation does not contain."""


def guarded(name: str, probe: Callable[[], str]) -> Check:
    """Run `probe`, which returns the detail of a passing check; turn any failure into a failed check."""
    try:
        return Check(name, True, probe())
    except MissingLayerError:
        return Check(name, False, "missing")
    except Exception as error:  # the report must name the fault, whatever it is
        return Check(name, False, f"broken ({describe(error)})")


def describe(error: BaseException) -> str:
    """The error's type and first 160 characters of its message, on one line."""
    text = " ".join(str(error).split())[:160]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def import_layer(name: str) -> ModuleType:
    """Import `cliffhanger.<name>`; a directory with no module in it counts as missing."""
    full = f"cliffhanger.{name}"
    try:
        module = importlib.import_module(full)
    except ModuleNotFoundError as error:
        if error.name and full.startswith(error.name):
            raise MissingLayerError(name) from None
        raise
    if getattr(module, "__file__", None) is None:  # an empty namespace package
        raise MissingLayerError(name)
    return module
