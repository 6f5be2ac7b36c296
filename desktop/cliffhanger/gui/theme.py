"""The look of the app: palette, status colours, the style sheet and the app icon."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cliffhanger import paths
from cliffhanger.domain.vocabulary import Confidence, Status

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ACCENT = "#5b3fc4"
TEXT = "#1f2130"
MUTED = "#6b6f80"
OVERDUE = "#c0392b"
LINE = "#e3e4ea"
WINDOW_BG = "#f6f6f9"


@dataclass(frozen=True)
class ChipColours:
    """The fill and the text colour of a status chip."""

    fill: str
    text: str


_STATUS_COLOURS = {
    Status.RUMOURED: ChipColours("#eeeaf6", "#5d4b8c"),
    Status.ANNOUNCED: ChipColours("#e2ecfd", "#1d55b0"),
    Status.IN_DEVELOPMENT: ChipColours("#ddf2f0", "#0d6a60"),
    Status.FILMING: ChipColours("#fdebd7", "#9c4705"),
    Status.POST_PRODUCTION: ChipColours("#f1e3fb", "#772b99"),
    Status.SCHEDULED: ChipColours("#e3e5fb", "#3439a8"),
    Status.AIRING: ChipColours("#dcf4e2", "#16703a"),
    Status.RELEASED: ChipColours("#e1f1dc", "#2f6b22"),
    Status.ENDED: ChipColours("#ebebee", "#52556a"),
    Status.CANCELLED: ChipColours("#fde1df", "#b0261c"),
    Status.ON_HOLD: ChipColours("#fbf2cc", "#765a00"),
}
_UNKNOWN = ChipColours("#f0f0f3", "#6b6f80")

CONFIDENCE_COLOURS = {
    Confidence.OFFICIAL: "#16703a",
    Confidence.REPORTED: "#1d55b0",
    Confidence.RUMOURED: "#9c4705",
    Confidence.SPECULATED: "#6b6f80",
}


def chip_colours(status: Status | None) -> ChipColours:
    return _STATUS_COLOURS.get(status, _UNKNOWN) if status is not None else _UNKNOWN


def confidence_colour(confidence: Confidence | None) -> QColor:
    return QColor(CONFIDENCE_COLOURS.get(confidence, MUTED) if confidence else MUTED)


@cache
def app_icon() -> QIcon:
    """The app icon, from the PNG sizes rendered from resources/icons/cliffhanger.svg (or the SVG itself)."""
    icons = paths.resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / "cliffhanger.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(icons / "cliffhanger.svg"))
    return icon


TRAY_SIZES = (16, 22, 24, 32, 48, 64)


@cache
def tray_icon() -> QIcon:
    """The simplified icon drawn for the tray's small sizes, falling back to the app icon."""
    folder = paths.resources_dir() / "icons" / "tray"
    icon = QIcon()
    for size in TRAY_SIZES:
        png = folder / f"cliffhanger-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return app_icon() if icon.isNull() else icon


def _ui_icon(name: str) -> str:
    return (paths.resources_dir() / "icons" / "ui" / name).as_posix()


STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW_BG}; }}
QTableView {{
    background: white; border: 1px solid {LINE}; border-radius: 8px;
    gridline-color: transparent; selection-background-color: #e9e4fb; selection-color: {TEXT};
}}
QTableView::item {{ padding: 0 8px; border-bottom: 1px solid #f0f0f4; }}
QHeaderView::section {{
    background: white; color: {MUTED}; border: none; border-bottom: 1px solid {LINE};
    padding: 6px 8px; font-weight: 600;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit {{
    background: white; border: 1px solid #d5d6de; border-radius: 6px; padding: 4px 6px;
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QSpinBox::down-arrow {{
    image: url({_ui_icon("chevron-down.svg")});
}}
QSpinBox::up-arrow {{ image: url({_ui_icon("chevron-up.svg")}); }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 20px; }}
QSpinBox {{ padding-left: 8px; }}
QPushButton {{
    background: white; border: 1px solid #d5d6de; border-radius: 6px; padding: 5px 12px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #a9abb8; border-color: #e3e4ea; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton[primary="true"]:disabled {{ background: #b9aee6; border-color: #b9aee6; color: white; }}
QScrollArea#detailScroll, QWidget#detailBody {{ background: white; }}
QFrame#detailFrame {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QLabel[role="heading"] {{ font-size: 17pt; font-weight: 700; color: {TEXT}; }}
QLabel[role="subtle"] {{ color: {MUTED}; }}
QLabel[role="section"] {{
    color: {MUTED}; font-weight: 700; font-size: 8pt; letter-spacing: 1px; padding-top: 8px;
}}
QLabel[role="error"] {{ color: {OVERDUE}; }}
QLabel[role="ok"] {{ color: #16703a; }}
QStatusBar {{ color: {MUTED}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; border: none; padding: 8px 16px 6px 16px; margin-left: 8px;
    color: {MUTED}; font-weight: 600; border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QToolBar {{ background: {WINDOW_BG}; border: none; spacing: 6px; padding: 6px 10px; }}
QToolButton {{ padding: 4px 10px; border-radius: 6px; border: 1px solid #d5d6de; background: white; }}
QToolButton:disabled {{ color: #a9abb8; border-color: #e3e4ea; }}
QToolButton:hover {{ background: #e9e4fb; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style with a calm light palette, an accent colour and the style sheet above."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW_BG))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9cab"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
