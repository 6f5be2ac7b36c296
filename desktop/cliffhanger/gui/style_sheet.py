"""The app's Qt style sheet, drawn from one palette (see `palettes`), so both themes share one shape."""

from __future__ import annotations

from collections.abc import Callable

from .palettes import Palette


def style_sheet(p: Palette, icon: Callable[[str], str]) -> str:
    """The style sheet for palette `p`; `icon(name)` gives the path of a UI icon."""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; }}
QTableView, QListView, QTreeView {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.line}; border-radius: 8px;
    gridline-color: transparent; selection-background-color: {p.selection};
    selection-color: {p.selection_text};
}}
QTableView::item {{ padding: 0 8px; border-bottom: 1px solid {p.row_line}; }}
QHeaderView::section {{
    background: {p.base}; color: {p.muted}; border: none; border-bottom: 1px solid {p.line};
    padding: 6px 8px; font-weight: 600;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QDateTimeEdit, QPlainTextEdit, QTextEdit {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.input_border}; border-radius: 6px;
    padding: 4px 6px; selection-background-color: {p.accent_fill}; selection-color: {p.on_accent};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QTimeEdit:focus,
QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {p.accent}; }}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QDateEdit:disabled {{ color: {p.disabled_text}; }}
QComboBox QAbstractItemView {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.line};
    selection-background-color: {p.selection}; selection-color: {p.selection_text};
}}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow, QSpinBox::down-arrow {{
    image: url({icon("chevron-down.svg")});
}}
QTimeEdit::down-arrow {{ image: url({icon("chevron-down.svg")}); }}
QSpinBox::up-arrow, QTimeEdit::up-arrow {{ image: url({icon("chevron-up.svg")}); }}
QSpinBox::up-button, QSpinBox::down-button, QTimeEdit::up-button, QTimeEdit::down-button {{
    border: none; width: 20px;
}}
QSpinBox, QTimeEdit {{ padding-left: 8px; }}
QPushButton {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.input_border}; border-radius: 6px;
    padding: 5px 12px;
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border: 1px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled_text}; border-color: {p.line}; }}
QPushButton[primary="true"] {{
    background: {p.accent_fill}; color: {p.on_accent}; border: 1px solid {p.accent_fill};
}}
QPushButton[primary="true"]:disabled {{
    background: {p.primary_disabled}; border-color: {p.primary_disabled}; color: {p.on_accent};
}}
QScrollArea#detailScroll, QWidget#detailBody {{ background: {p.base}; }}
QFrame#detailFrame {{ background: {p.base}; border: 1px solid {p.line}; border-radius: 8px; }}
QLabel {{ color: {p.text}; }}
QLabel[role="heading"] {{ font-size: 17pt; font-weight: 700; color: {p.text}; }}
QLabel[role="subtle"] {{ color: {p.muted}; }}
QLabel[role="strong"] {{ color: {p.text}; font-weight: 600; }}
QLabel[role="section"] {{
    color: {p.muted}; font-weight: 700; font-size: 8pt; letter-spacing: 1px; padding-top: 8px;
}}
QLabel[role="error"] {{ color: {p.overdue}; }}
QLabel[role="ok"] {{ color: {p.ok}; }}
{_confidence_rules(p)}
QMenuBar {{ background: {p.window}; color: {p.text}; }}
QMenuBar::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QMenu {{ background: {p.base}; color: {p.text}; border: 1px solid {p.line}; }}
QMenu::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QMenu::item:disabled {{ color: {p.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {p.line}; margin: 4px 8px; }}
QToolTip {{ background: {p.base}; color: {p.text}; border: 1px solid {p.line}; }}
QStatusBar {{ color: {p.muted}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; border: none; padding: 8px 16px 6px 16px; margin-left: 8px;
    color: {p.muted}; font-weight: 600; border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ color: {p.accent}; border-bottom: 2px solid {p.accent}; }}
QTabBar::tab:focus {{ text-decoration: underline; }}
QToolBar {{ background: {p.window}; border: none; spacing: 6px; padding: 6px 10px; }}
QToolButton {{
    padding: 4px 10px; border-radius: 6px; border: 1px solid {p.input_border}; background: {p.base};
    color: {p.text};
}}
QToolButton:disabled {{ color: {p.disabled_text}; border-color: {p.line}; }}
QToolButton:hover {{ background: {p.hover}; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QCheckBox, QRadioButton, QGroupBox {{ color: {p.text}; }}
"""


def _confidence_rules(p: Palette) -> str:
    return "\n".join(
        f'QLabel[confidence="{confidence.value}"] {{ color: {colour}; }}'
        for confidence, colour in p.confidence.items()
    )
