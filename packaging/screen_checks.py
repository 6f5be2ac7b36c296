"""Checks that a rendered screen fits: nothing off the screen, no label or dropdown text cut, the title
column wide enough for the names, the detail pane's buttons inside it, and the add dialog steady as you type.

Used by `screenshot.py --check`; each function returns a list of problems in words (empty when all is well).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

TEXT_PAD = 16


def _inside(widget: QWidget, outer: QWidget) -> bool:
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return QRect(top_left, widget.size()).intersected(outer.rect()) == QRect(top_left, widget.size())


def _visible_in_viewport(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and not widget.visibleRegion().isEmpty()


def cut_text(root: QWidget) -> list[str]:
    """Labels (that do not wrap) and dropdowns whose text is wider than they are."""
    problems = []
    for label in root.findChildren(QLabel):
        if not _visible_in_viewport(label, root) or label.wordWrap() or not label.text():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.sizeHint().width() > label.width() + 1:
            problems.append(f"label cut: {label.text()!r} ({label.width()} < {label.sizeHint().width()})")
    for combo in root.findChildren(QComboBox):
        if not _visible_in_viewport(combo, root):
            continue
        needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText()) + 36
        if needed > combo.width():
            problems.append(f"dropdown cut: {combo.currentText()!r} ({combo.width()} < {needed})")
    return problems


def dialog_fits(dialog: QWidget) -> list[str]:
    """The dialog inside the screen's available area, its buttons inside it, and no text cut."""
    problems = []
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    if not screen.contains(frame):
        where = f"{frame.width()}x{frame.height()} at {frame.x()},{frame.y()}"
        problems.append(
            f"{dialog.windowTitle()}: {where} is outside the screen's {screen.width()}x{screen.height()}"
        )
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text() and not _inside(button, dialog):
            problems.append(f"button off the dialog: {button.text()!r}")
    return problems + cut_text(dialog)


def watchlist_fits(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every title's name fits its column; the detail pane shows its buttons whole and is never cut."""
    problems = []
    table = window.watchlist.table
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    if header.length() > table.viewport().width() + 1:
        problems.append(f"columns {header.length()} px wide in a table of {table.viewport().width()} px: "
                        + ", ".join(str(header.sectionSize(c)) for c in range(header.count())))  # fmt: skip
    from cliffhanger.gui.widgets.fitting_table import needs

    for column, (_comfortable, least) in needs(table.font()).items():
        if not header.isSectionHidden(column) and header.sectionSize(column) < least:
            problems.append(f"column {column} is {header.sectionSize(column)} px, under its least {least} px")
    width = table.columnWidth(0) - table.title_extra
    for row in range(table.model().rowCount()):
        name = str(table.model().index(row, 0).data())
        if metrics.horizontalAdvance(name) + TEXT_PAD > width:
            problems.append(f"title elided: {name!r} in a column of {width} px")
    detail = window.detail
    body = detail.widget()
    if body.width() > detail.viewport().width():
        problems.append(f"detail pane {body.width()} px wide in a view of {detail.viewport().width()} px")
    row = detail.actions_row
    for button in [*row.shown(), row.more]:
        if button.isVisibleTo(window) and not _inside(button, row):
            problems.append(f"detail button cut off: {button.text()!r}")
    return problems + cut_text(window)


def add_dialog_steady(dialog, type_text) -> list[str]:  # type: ignore[no-untyped-def]
    """No error before typing; typing bad input into checked fields moves no field (the dialog may grow)."""
    problems = []
    if dialog.name_message.isVisible():
        problems.append(f"message before any typing: {dialog.name_message.text()!r}")
    fields = [dialog.name, dialog.year, dialog.network, dialog.expected.window, dialog.notes]
    before = [f.mapTo(dialog, QPoint(0, 0)) for f in fields]
    size = dialog.size()
    type_text(dialog.year, "12")
    type_text(dialog.expected.window, "next spring-ish")
    type_text(dialog.name, "x")
    dialog.name.clear()
    after = [f.mapTo(dialog, QPoint(0, 0)) for f in fields]
    names = ("name", "year", "network", "when", "notes")
    moved = [f"{n} {b.y()}->{a.y()}" for n, b, a in zip(names, before, after, strict=True) if b != a]
    if moved:
        problems.append(f"fields moved while typing: {moved}, {size.toTuple()} -> {dialog.size().toTuple()}")
    problems += dialog_fits(dialog)
    if not dialog.year_message.isVisible():
        problems.append("no message for a bad year")
    return problems
