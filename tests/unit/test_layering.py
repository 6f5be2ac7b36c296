"""The package's import layering: domain <- storage, providers, notify, secrets, settings <- reminders, tasks
<- gui <- wiring <- app. Every module under desktop/cliffhanger is parsed, imports inside functions included.

Sessions stay in storage/: nothing else imports sqlmodel or the ORM, or opens a transaction itself."""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "desktop" / "cliffhanger"
CORE = (
    "domain",
    "news",
    "storage",
    "providers",
    "notify",
    "reminders",
    "secrets",
    "settings",
    "paths",
    "tasks",
)
CORE += ("calsync", "services", "secret_service")


@dataclass(frozen=True)
class Import:
    """One imported module name, where it appears and which module of the package imports it."""

    module: str  # the importing module, e.g. cliffhanger.domain.models
    name: str  # what it imports, absolute, e.g. cliffhanger.storage.engine
    path: Path
    line: int


def module_name(path: Path, root: Path) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> Iterator[Import]:
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            yield Import(module, base, path, node.lineno)
            for alias in node.names:
                if alias.name != "*":
                    yield Import(module, f"{base}.{alias.name}" if base else alias.name, path, node.lineno)


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if node.level == 0:
        return node.module or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - (node.level - 1)]) if node.level - 1 < len(parts) else ""
    return ".".join(part for part in (base, node.module) if part)


def all_imports(root: Path) -> list[Import]:
    if not root.is_dir():
        return []
    return [found for path in sorted(root.rglob("*.py")) for found in imports_of(path, root)]


def within(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def is_stdlib(name: str) -> bool:
    return name.partition(".")[0] in sys.stdlib_module_names or name == "__future__"


def in_core(module: str) -> bool:
    return within(module, *(f"cliffhanger.{part}" for part in CORE))


RULES: dict[str, Callable[[Import], bool]] = {
    "domain imports only the standard library and cliffhanger.domain": lambda i: (
        within(i.module, "cliffhanger.domain")
        and not is_stdlib(i.name)
        and not within(i.name, "cliffhanger.domain")
    ),
    "news imports only the standard library, cliffhanger.domain and itself": lambda i: (
        within(i.module, "cliffhanger.news")
        and not is_stdlib(i.name)
        and not within(i.name, "cliffhanger.domain", "cliffhanger.news")
    ),
    "only gui/ and app.py import PySide6.QtWidgets": lambda i: (
        within(i.name, "PySide6.QtWidgets") and not within(i.module, "cliffhanger.gui", "cliffhanger.app")
    ),
    "only secrets.py imports keyring": lambda i: (
        within(i.name, "keyring") and not within(i.module, "cliffhanger.secrets")
    ),
    "providers never import storage": lambda i: (
        within(i.module, "cliffhanger.providers") and within(i.name, "cliffhanger.storage")
    ),
    "the calendar sync is Qt-free": lambda i: (
        within(i.module, "cliffhanger.calsync") and within(i.name, "PySide6")
    ),
    "the core builder (services.py) is Qt-free": lambda i: (
        within(i.module, "cliffhanger.services") and within(i.name, "PySide6")
    ),
    "the core never imports gui, wiring or app": lambda i: (
        in_core(i.module) and within(i.name, "cliffhanger.gui", "cliffhanger.wiring", "cliffhanger.app")
    ),
    "only app.py composes the wiring units": lambda i: (
        within(i.name, "cliffhanger.wiring") and not within(i.module, "cliffhanger.wiring", "cliffhanger.app")
    ),
    "only storage/ imports sqlmodel or the ORM": lambda i: (
        within(i.name, "sqlmodel", "sqlalchemy.orm")
        and not within(i.module, "cliffhanger.storage")
        and i.module not in SESSIONS_PENDING
    ),
}
SESSION_CALLS = ("transaction", "immediate")
# Modules that still open their own sessions; each is to move behind a storage facade, then leave this list.
SESSIONS_PENDING: frozenset[str] = frozenset()


def session_calls(root: Path) -> list[str]:
    """`x.transaction()` or `x.immediate()` calls outside storage/ (and the pending modules)."""
    found = []
    for path in sorted(root.rglob("*.py")) if root.is_dir() else []:
        module = module_name(path, root)
        if within(module, f"{root.name}.storage") or module in SESSIONS_PENDING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SESSION_CALLS
            ):
                found.append(
                    f"{path.relative_to(root.parent)}:{node.lineno}: opens a session outside storage/"
                )
    return found


def violations(root: Path) -> list[str]:
    found = all_imports(root)
    return [
        f"{item.path.relative_to(root.parent)}:{item.line}: imports {item.name} ({rule})"
        for rule, broken in RULES.items()
        for item in found
        if broken(item)
    ]


def test_package_respects_its_layers():
    problems = violations(PACKAGE_ROOT)
    assert not problems, "layering violations:\n" + "\n".join(problems)


def test_no_session_is_opened_outside_storage():
    problems = session_calls(PACKAGE_ROOT)
    assert not problems, "sessions outside storage/:\n" + "\n".join(problems)


def test_the_session_check_finds_a_transaction_opened_in_transfer(tmp_path):
    root = tmp_path / "cliffhanger"
    _write(root, "transfer/apply.py", "def run(db):\n    with db.immediate() as session:\n        pass\n")
    _write(
        root, "storage/watchlist.py", "def run(db):\n    with db.transaction() as session:\n        pass\n"
    )
    assert session_calls(root) == ["cliffhanger/transfer/apply.py:2: opens a session outside storage/"]


def _write(root: Path, relative: str, source: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")


@pytest.mark.parametrize(
    ("relative", "source", "rule"),
    [
        ("domain/models.py", "import sqlite3\nimport httpx\n", "standard library"),
        ("domain/models.py", "from ..storage import engine\n", "standard library"),
        ("news/extract.py", "from cliffhanger.storage import watchlist\n", "news imports only"),
        ("news/text.py", "import bs4\n", "news imports only"),
        ("storage/repo.py", "from PySide6 import QtWidgets\n", "QtWidgets"),
        ("tasks.py", "import PySide6.QtWidgets as w\n", "QtWidgets"),
        ("notify/plyer_notifier.py", "def f():\n    import keyring\n", "keyring"),
        ("providers/tvmaze.py", "from cliffhanger.storage.engine import make\n", "providers never"),
        ("reminders/planner.py", "from ..gui.tray import Tray\n", "wiring or app"),
        ("storage/__init__.py", "from .. import app\n", "wiring or app"),
        ("gui/tray.py", "from ..wiring.tray_unit import TrayUnit\n", "only app.py composes"),
        ("calsync/sync.py", "from PySide6.QtCore import QTimer\n", "Qt-free"),
        ("services.py", "def f():\n    from PySide6.QtCore import QObject\n", "services.py) is Qt-free"),
        ("transfer/plan.py", "from sqlmodel import Session\n", "only storage/ imports sqlmodel"),
        ("gui/controller.py", "from sqlalchemy.orm import Session\n", "only storage/ imports sqlmodel"),
    ],
)
def test_checker_reports_each_broken_rule(tmp_path, relative, source, rule):
    root = tmp_path / "cliffhanger"
    _write(root, "__init__.py", "")
    _write(root, relative, source)
    problems = violations(root)
    assert problems, f"{relative} should break a rule"
    assert all(rule in problem and problem.startswith(f"cliffhanger/{relative}:") for problem in problems)


def test_checker_accepts_what_the_layers_allow(tmp_path):
    root = tmp_path / "cliffhanger"
    _write(root, "domain/models.py", "from __future__ import annotations\nimport enum\nfrom . import rules\n")
    _write(root, "domain/windows.py", "from cliffhanger.domain.models import Status\n")
    _write(root, "gui/window.py", "from PySide6.QtWidgets import QMainWindow\nfrom ..storage import repo\n")
    _write(root, "app.py", "from PySide6 import QtWidgets\nfrom .gui import window\nfrom . import wiring\n")
    _write(root, "wiring/__init__.py", "from ..gui.window import MainWindow\n")
    _write(root, "secrets.py", "import keyring\n")
    _write(root, "providers/tmdb.py", "import httpx\nfrom ..domain import models\n")
    assert violations(root) == []


def test_checker_passes_on_a_missing_package(tmp_path):
    assert violations(tmp_path / "cliffhanger") == []
