"""PySide6's import hook must not keep the source of every imported module (see cliffhanger.qt_sources)."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401  # the hook exists once PySide6 is imported
import pytest

from cliffhanger import qt_sources

hook = pytest.importorskip("shibokensupport.feature")
ORIGINAL = hook._mod_uses_pyside  # the hook's own answer, taken before any test installs the replacement


@pytest.fixture
def modules(tmp_path, monkeypatch):
    (tmp_path / "uses_qt_here.py").write_text("from PySide6 import QtCore\nNAME = QtCore.__name__\n")
    (tmp_path / "plain_here.py").write_text("NAME = 'plain'\n" * 200)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("uses_qt_here", "plain_here"):
        sys.modules.pop(name, None)
        hook.pyside_feature_dict.pop(name, None)


def test_the_replacement_answers_as_the_hook_did(modules):
    checked = [__import__(name) for name in ("uses_qt_here", "plain_here", "json", "math")]
    checked += [sys.modules["cliffhanger.app"]] if "cliffhanger.app" in sys.modules else []
    assert [qt_sources.mentions_pyside(m) for m in checked] == [ORIGINAL(m) for m in checked]
    assert qt_sources.mentions_pyside(checked[0]) and not qt_sources.mentions_pyside(checked[1])


def test_once_installed_imports_leave_no_source_behind(modules):
    # `import` statements reach the hook; importlib.import_module does not
    assert qt_sources.install()
    __import__("uses_qt_here")
    __import__("plain_here")
    kept = {path for path in linecache.cache if str(modules) in path}
    assert kept == set()
    assert hook.pyside_feature_dict["uses_qt_here"] == 0  # a module using PySide6 still gets its features
    assert hook.pyside_feature_dict["plain_here"] == -1
