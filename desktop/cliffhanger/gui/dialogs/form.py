"""Building blocks for dialogs that check their fields as the user types.

Each field gets a message line right under it; the Save button stays disabled while any check fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.i18n import translate

from ..widgets.screen_fit import ContentScrollArea, available_size, fit_to_screen, keep_on_screen


class FieldMessage(QLabel):
    """The line under a field: empty, a hint (grey), a confirmation (green) or an error (red)."""

    def __init__(self, *, reserve: bool = False) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message wraps, never widens it
        if reserve:  # a checked field keeps a line for its message, so nothing below moves as you type
            policy.setRetainSizeWhenHidden(True)
            self.setMinimumHeight(self.fontMetrics().height())
        self.setSizePolicy(policy)
        self._reserve = self.fontMetrics().height() if reserve else 0
        self.hide()

    def _show(self, text: str, role: str) -> None:
        self.setText(text)
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        # WORKAROUND for https://bugreports.qt.io/browse/QTBUG-37673 (wrapped labels in layouts get too
        # little height): reserve the height the text needs at the label's current width.
        holder = self.parentWidget()
        width = max(self.width(), holder.width() if holder is not None else 0, 200)
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = self.fontMetrics().boundingRect(0, 0, width, 10_000, flags, self.text()).height()
        needed = max(needed, self._reserve)
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def error(self, text: str) -> None:
        self._show(text[:1].upper() + text[1:], "error")

    def ok(self, text: str) -> None:
        self._show(text, "ok")

    def hint(self, text: str) -> None:
        self._show(text, "subtle")

    def clear_message(self) -> None:
        self._show("", "subtle")


class ValueCombo(QComboBox):
    """A combo box of (text, value) choices that gives the value back as it was put in.

    Qt stores item data as QVariant, which turns str-based enums into plain strings; this keeps the values.
    """

    def __init__(self, items: list[tuple[str, Any]]) -> None:
        super().__init__()
        self.values = [value for _text, value in items]
        for text, _value in items:
            self.addItem(text)

    def value(self) -> Any:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def set_value(self, value: Any) -> None:
        if value in self.values:
            self.setCurrentIndex(self.values.index(value))


def combo(items: list[tuple[str, Any]]) -> ValueCombo:
    return ValueCombo(items)


class CheckedDialog(QDialog):
    """A dialog with a form, per-field messages and a Save button enabled only while every check passes."""

    def __init__(self, title: str, parent: QWidget | None = None, *, save_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(28)
        self.form = self.start_column()
        self.heading = QLabel(title)
        self.heading.setProperty("role", "heading")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or translate("CheckedDialog", "Save"))
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.top = QVBoxLayout()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addLayout(self.top)
        inner.addLayout(self.columns)
        self.fields_area = ContentScrollArea(body)  # on a small screen only the fields scroll
        self._frame = layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.buttons)
        self._checks: list[Callable[[], bool]] = []

    def add_field(
        self, label: str, field: QWidget, check: Callable[[FieldMessage], bool] | None = None
    ) -> FieldMessage:
        """Add a row; `check(message)` sets the message and returns whether the field is acceptable."""
        message = FieldMessage(reserve=check is not None)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(field)
        column.addWidget(message)
        self.form.addRow(label, box)
        if check is not None:
            self._checks.append(lambda: check(message))
        return message

    def start_column(self) -> QFormLayout:
        """Start a new column of fields to the right; later `add_field` calls fill it."""
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.columns.addLayout(column, 1)
        self.form = form
        return form

    def add_heading(self, text: str) -> None:
        """A small capitalised heading spanning the form, to group the fields below it."""
        label = QLabel(text.upper())
        label.setProperty("role", "section")
        self.form.addRow(label)

    def revalidate(self, *_args: object) -> bool:
        results = [check() for check in self._checks]  # run them all, so every message is current
        valid = all(results)
        self.save_button.setEnabled(valid)
        if self.isVisible():
            QTimer.singleShot(0, self._grow)  # once the new message has its size
        return valid

    def _grow(self) -> None:
        """A longer message: grow downwards while the screen has room, so the fields stay where they are."""
        self.fields_area.refresh()
        body = self.fields_area.contents().layout()
        assert body is not None  # the fields' column layout, set in __init__
        width = self.fields_area.viewport().width()
        needed = (
            body.totalHeightForWidth(width) if body.hasHeightForWidth() else body.totalSizeHint().height()
        )
        short = needed - self.fields_area.viewport().height()
        if short > 0:
            room = available_size(self).height() - (self.frameGeometry().height() - self.height())
            wanted = self.height() + short
            self.resize(self.width(), min(wanted, room))
            keep_on_screen(self)
            if wanted > room:  # no more room: scroll from now on
                self.fields_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.fields_area.refresh()
        self._frame.invalidate()
        fit_to_screen(self)
        self._frame.activate()
        capped = self.fields_area.contents().sizeHint().height() > self.fields_area.viewport().height()
        # A screen too small for the fields: a scroll bar for good, so the fields never narrow as you type;
        # otherwise none, and the dialog grows instead (see _grow).
        self.fields_area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if capped else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def _accept_if_valid(self) -> None:
        if self.revalidate():
            self.accept()
