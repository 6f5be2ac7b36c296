"""Keeps PySide6's import hook from holding the source of every module the app imports.

WORKAROUND for PySide6's `__feature__` support (shibokensupport/feature.py, seen in 6.11): on every import
after PySide6, `_mod_uses_pyside` asks `inspect.getsource` whether the new module mentions "PySide6", and
`linecache` keeps each of those files, line by line, for the life of the process: 294,000 lines of 910 files,
about 29 MB, once the window, reminders and catalogues of a watchlist have loaded. `install()` answers the
same question from the file read once and not kept, and empties the cache of what was read before. It acts
only where the hook has that function; `tests/gui/test_qt_sources.py` checks both answers agree.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_installed = False


def mentions_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source names PySide6, as the hook asks; False when it has no source to read."""
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except Exception:  # the hook treats any failure to read the source as "no"
        return False
    return bool(source) and "PySide6" in source


def install() -> bool:
    """Put `mentions_pyside` in the hook's place; return whether it is (now) in place. Safe to call twice."""
    global _installed
    hook = sys.modules.get(_HOOK_MODULE)
    if _installed or hook is None or not hasattr(hook, "_mod_uses_pyside"):
        return _installed
    setattr(hook, "_mod_uses_pyside", mentions_pyside)  # noqa: B010  # a private name of PySide6's
    linecache.clearcache()
    _installed = True
    return True
