"""Help dialogs: About (version, data folder, libraries and their licences), keyboard shortcuts, and the
calendar file to subscribe to."""

from __future__ import annotations

import platform
import re
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cliffhanger import APP_NAME, __version__

from ..i18n import tr
from ..widgets.labels import plain_label

KEYS = (  # keys that belong to no menu entry
    ("Tab / Shift+Tab", "Move between the filter, the list, the details and their buttons"),
    ("Up / Down, Page Up / Page Down", "Move through the list one title or one page at a time"),
    ("Home / End", "First or last title in the list"),
    ("Menu key / Shift+F10", "The selected title's actions"),
    ("Alt + underlined letter", "Open a menu or press a button"),
    ("Escape", "Close a dialog without saving"),
)


def _tr(text: str) -> str:
    return tr("about", text)


def licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each library Cliffhanger requires, as their installed metadata says."""
    try:
        required = metadata.requires("cliffhanger") or []
    except metadata.PackageNotFoundError:
        required = []
    found = []
    for line in required:
        if "extra ==" in line:
            continue
        name = re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0]
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        found.append((meta["Name"], meta["Version"], _licence(meta)))
    return sorted(found, key=lambda row: row[0].casefold())


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _first(meta, "License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    text = _first(meta, "License").strip()
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:60] if text else _tr("see the package")


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    """The field's first value, or "" (as `Message.get` would; the metadata protocol has only `get_all`)."""
    values = meta.get_all(field) or []
    return str(values[0]) if values else ""


def _table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _closing(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class AboutDialog(QDialog):
    """The version, where the data lives, and the libraries with their licences."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About Cliffhanger"))
        heading = plain_label(f"{APP_NAME} {__version__}", "heading")
        blurb = plain_label(_tr("A watchlist of the series and films you are waiting for, with reminders."),
                            wrap=True)  # fmt: skip
        self.data_dir = plain_label(_tr("Data folder: %1").replace("%1", str(data_dir)), "subtle", wrap=True)
        runtime = plain_label(
            f"Python {platform.python_version()} · Qt {pyside_version} (PySide6) · {platform.system()}",
            "subtle",
        )
        self.libraries = _table(
            (_tr("Library"), _tr("Version"), _tr("Licence")), licences(), _tr("Libraries")
        )
        layout = QVBoxLayout(self)
        for widget in (heading, blurb, self.data_dir, runtime):
            layout.addWidget(widget)
        layout.addWidget(plain_label(_tr("Libraries").upper(), "section"))
        layout.addWidget(self.libraries, 1)
        _closing(self, layout)
        self.resize(560, 460)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: those of the menus' entries (read from the actions) and the fixed keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        rows = [
            (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        rows += [(_tr(keys), _tr(what)) for keys, what in KEYS]
        self.table = _table((_tr("Keys"), _tr("Does")), rows, _tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        _closing(self, layout)
        self.resize(560, 460)

    def rows(self) -> list[tuple[str, str]]:
        return [(_cell(self.table, r, 0), _cell(self.table, r, 1)) for r in range(self.table.rowCount())]


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class CalendarDialog(QDialog):
    """Where the calendar file kept up to date lives, to subscribe to from a calendar app."""

    def __init__(self, feed: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Subscribe in your calendar"))
        self.feed = feed
        explain = QLabel(_tr(
            "Cliffhanger keeps a calendar file of every release date, window and reminder, rewritten a few "
            "seconds after each change. Subscribe to it from your calendar app (as a local or file calendar) "
            "and it stays current."
        ))  # fmt: skip
        explain.setWordWrap(True)
        self.path = plain_label(str(feed), "strong", wrap=True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
        self.path.setAccessibleName(_tr("Calendar file"))
        self.missing = plain_label(_tr("The file is written once the watchlist has titles."), "subtle")
        self.missing.setVisible(not feed.exists())
        copy = QPushButton(_tr("&Copy path"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(feed)))
        folder = QPushButton(_tr("&Open folder"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(feed.parent))))
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(folder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (explain, self.path, self.missing):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        _closing(self, layout)
        self.resize(520, 240)
