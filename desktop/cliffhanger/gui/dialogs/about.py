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
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate

from ..widgets.labels import plain_label

KEYS = (  # keys that belong to no menu entry
    (
        QT_TRANSLATE_NOOP("About", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("About", "Move between the filter, the list, the details and their buttons"),
    ),
    (
        QT_TRANSLATE_NOOP("About", "Up / Down, Page Up / Page Down"),
        QT_TRANSLATE_NOOP("About", "Move through the list one title or one page at a time"),
    ),
    (QT_TRANSLATE_NOOP("About", "Home / End"), QT_TRANSLATE_NOOP("About", "First or last title in the list")),
    (
        QT_TRANSLATE_NOOP("About", "Menu key / Shift+F10"),
        QT_TRANSLATE_NOOP("About", "The selected title's actions"),
    ),
    (
        QT_TRANSLATE_NOOP("About", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("About", "Open a menu or press a button"),
    ),
    (QT_TRANSLATE_NOOP("About", "Escape"), QT_TRANSLATE_NOOP("About", "Close a dialog without saving")),
)


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
    return text.splitlines()[0][:60] if text else translate("About", "see the package")


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
        self.setWindowTitle(translate("About", "About Cliffhanger"))
        heading = plain_label(f"{APP_NAME} {__version__}", "heading")
        blurb = plain_label(
            translate("About", "A watchlist of the series and films you are waiting for, with reminders."),
            wrap=True,
        )
        self.data_dir = plain_label(
            translate("About", "Data folder: %1").replace("%1", str(data_dir)), "subtle", wrap=True
        )
        runtime = plain_label(
            translate("About", "Python %1 · Qt %2 (PySide6) · %3")
            .replace("%1", platform.python_version())
            .replace("%2", pyside_version)
            .replace("%3", platform.system()),
            "subtle",
        )
        self.libraries = _table(
            (translate("About", "Library"), translate("About", "Version"), translate("About", "Licence")),
            licences(),
            translate("About", "Libraries"),
        )
        layout = QVBoxLayout(self)
        for widget in (heading, blurb, self.data_dir, runtime):
            layout.addWidget(widget)
        layout.addWidget(plain_label(translate("About", "Libraries").upper(), "section"))
        layout.addWidget(self.libraries, 1)
        _closing(self, layout)
        self.resize(560, 460)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: those of the menus' entries (read from the actions) and the fixed keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "Keyboard shortcuts"))
        rows = [
            (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        rows += [(translate("About", keys), translate("About", what)) for keys, what in KEYS]
        self.table = _table(
            (translate("About", "Keys"), translate("About", "Does")),
            rows,
            translate("About", "Keyboard shortcuts"),
        )
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
        self.setWindowTitle(translate("About", "Subscribe in your calendar"))
        self.feed = feed
        explain = QLabel(translate(
            "About",
            "Cliffhanger keeps a calendar file of every release date, window and reminder, rewritten a few "
            "seconds after each change. Subscribe to it from your calendar app (as a local or file calendar) "
            "and it stays current."
        ))  # fmt: skip
        explain.setWordWrap(True)
        self.path = plain_label(str(feed), "strong", wrap=True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
        self.path.setAccessibleName(translate("About", "Calendar file"))
        self.missing = plain_label(
            translate("About", "The file is written once the watchlist has titles."), "subtle"
        )
        self.missing.setVisible(not feed.exists())
        copy = QPushButton(translate("About", "&Copy path"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(feed)))
        folder = QPushButton(translate("About", "&Open folder"))
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
