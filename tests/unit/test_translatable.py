"""Every word the GUI shows goes through `translate`, so pyside6-lupdate can extract it.

The source is read, not run: a text given straight to a Qt call that shows it (a label, a button, a window
title, a tooltip, a menu entry, a message box...) must be a `translate("Context", "text")` call, not a
literal or an f-string with words in it. `translate` itself must get a literal context and text (or a name
marked with QT_TRANSLATE_NOOP where it is made), or lupdate cannot see them, and must not run at import time,
before the user's language is loaded.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "desktop" / "cliffhanger" / "gui"

SHOWING_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "setHeaderLabels", "setTabText",
    "setItemText", "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "insertItem",
    "addRow", "insertRow", "showMessage", "addButton", "setButtonText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setEmptyText", "setHint", "setCheckBoxText", "setNotice",
    "showText", "setSubTitle", "setWindowIconText",
}  # fmt: skip
MESSAGE_BOX = {"warning", "information", "question", "critical", "about"}  # only as QMessageBox.<name>
FIRST_ONLY = {"plain_label", "_label", "_hint"}  # the house's label helpers: (text, role)
SHOWING_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QMessageBox", "QCommandLinkButton", "QWizardPage", "QTreeWidgetItem", "QTableWidgetItem",
    "QListWidgetItem", "QStandardItem", "plain_label",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{2,}")


def _named(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _shows(call: ast.Call) -> bool:
    name = _named(call)
    if name in MESSAGE_BOX:
        return isinstance(call.func, ast.Attribute) and ast.unparse(call.func.value) == "QMessageBox"
    return name in SHOWING_METHODS | SHOWING_CLASSES | FIRST_ONLY


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_words(item) for item in node.elts)
    return False


def _shown_literals(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _shows(node):
            continue
        positional = node.args[:1] if _named(node) in FIRST_ONLY else node.args
        arguments = [*positional, *(k.value for k in node.keywords if k.arg in (None, "text", "title"))]
        found += [(arg.lineno, ast.unparse(arg)[:70]) for arg in arguments if _has_words(arg)]
    return found


def _bad_translate_calls(tree: ast.Module) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _named(node) == "translate" and isinstance(node.func, ast.Name):
            context = node.args[0] if node.args else None
            text = node.args[1] if len(node.args) > 1 else None
            literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
            known_text = isinstance(text, (ast.Name, ast.Subscript, ast.Attribute)) or (
                isinstance(text, ast.Constant) and isinstance(text.value, str)
            )
            if not (
                literal_context and known_text
            ):  # a name or lookup: a text marked QT_TRANSLATE_NOOP where it is made
                found.append((node.lineno, "translate() needs a literal context and text"))
    for statement in tree.body:  # module level runs at import, before a translator is installed
        for node in ast.walk(statement):
            if isinstance(statement, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                break
            if isinstance(node, ast.Call) and _named(node) == "translate":
                found.append((node.lineno, "translate() at import time: use QT_TRANSLATE_NOOP"))
    return found


def _gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


@pytest.mark.parametrize("path", _gui_files(), ids=lambda p: p.relative_to(GUI).as_posix())
def test_every_shown_text_is_translated(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = _shown_literals(tree) + _bad_translate_calls(tree)
    assert not found, "\n".join(f"{path.name}:{line}: {text}" for line, text in sorted(found))


def test_the_check_sees_a_literal_an_fstring_and_a_bad_translate_call():
    tree = ast.parse(
        "translate('A', 'at import')\n"
        "def f(w, n):\n"
        "    w.setText('Hello there')\n"
        "    QLabel(f'{n} titles')\n"
        "    w.setToolTip(translate(context, 'x'))\n"
        "    w.setText(translate('A', 'Fine'))\n"
        "    w.setText(f'{n} · {n}')\n"
        "    plain_label(translate('A', 'Fine'), 'subtle')\n"
        "    log.warning('not shown: %s', n)\n"
        "    QMessageBox.warning(w, 'Oops', translate('A', 'Fine'))\n"
    )
    found = _shown_literals(tree) + _bad_translate_calls(tree)
    assert sorted(line for line, _ in found) == [1, 3, 4, 5, 10]
