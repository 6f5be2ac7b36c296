"""Helpers for the packaging tests: the repository's packaging/ scripts loaded as modules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.cliffhanger.Cliffhanger"


def load_script(relative: str) -> ModuleType:
    """Import a file under packaging/ by path (packaging/ is scripts, not a package)."""
    path = PACKAGING / relative
    name = "packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import their neighbours by name
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
