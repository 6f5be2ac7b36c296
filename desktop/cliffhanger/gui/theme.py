"""The look of the app: the active palette (system, light or dark), the style sheet and the app icon.

`apply_theme(app, choice)` sets Qt's palette and the style sheet from one `palettes.Palette`; painted widgets
read `palette()` when they paint, so a change of theme shows at the next repaint. With the choice "system"
the desktop decides: the freedesktop settings portal's `color-scheme` where one answers, else Qt's style
hints. `theme_changed` (on `signals()`) tells widgets that keep colours of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cliffhanger import paths
from cliffhanger.domain.vocabulary import Confidence, Status

from .palettes import LIGHT, PALETTES, Pair, Palette
from .style_sheet import style_sheet

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TRAY_SIZES = (16, 22, 24, 32, 48, 64)
CHOICES = ("system", "light", "dark")
_active: list[Palette] = [LIGHT]
_LEGACY = {"ACCENT": "accent", "TEXT": "text", "MUTED": "muted", "OVERDUE": "overdue", "LINE": "line",
           "WINDOW_BG": "window"}  # fmt: skip


class ThemeSignals(QObject):
    """Signals:
    theme_changed(str): the palette now in use ("light" or "dark").
    """

    theme_changed = Signal(str)


@cache
def signals() -> ThemeSignals:
    return ThemeSignals()


def palette() -> Palette:
    """The palette in use."""
    return _active[0]


def __getattr__(name: str) -> str:  # theme.TEXT and friends, always of the active palette
    if name in _LEGACY:
        return str(getattr(palette(), _LEGACY[name]))
    raise AttributeError(name)


def chip_colours(status: Status | None) -> Pair:
    return palette().chip(status)


def confidence_colour(confidence: Confidence | None) -> QColor:
    return QColor(palette().confidence_colour(confidence))


def system_prefers_dark() -> bool:
    """What the desktop asks for: the settings portal first, then Qt's style hints."""
    from .color_scheme import portal_color_scheme

    scheme = portal_color_scheme()
    if scheme is not None:
        return scheme == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Palette:
    """The palette for a setting of "system", "light" or "dark" (anything else counts as "system")."""
    if choice in PALETTES:
        return PALETTES[choice]
    return PALETTES["dark" if system_prefers_dark() else "light"]


def qt_palette(p: Palette) -> QPalette:
    """A QPalette for the Fusion style, so menus, scroll bars and standard dialogs follow the theme."""
    qp = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, p.window), (role.WindowText, p.text), (role.Base, p.base),
        (role.AlternateBase, p.alt_base), (role.Text, p.text), (role.Button, p.base),
        (role.ButtonText, p.text), (role.Highlight, p.selection), (role.HighlightedText, p.selection_text),
        (role.ToolTipBase, p.base), (role.ToolTipText, p.text), (role.PlaceholderText, p.placeholder),
        (role.Link, p.link), (role.BrightText, p.overdue), (role.Mid, p.line), (role.Midlight, p.row_line),
        (role.Light, p.hover), (role.Dark, p.input_border), (role.Shadow, p.window),
        (role.Accent, p.accent),
    ):  # fmt: skip
        qp.setColor(name, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        qp.setColor(disabled, name, QColor(p.disabled_text))
    return qp


def apply_theme(app: QApplication, choice: str = "system") -> Palette:
    """Fusion style with the chosen palette and the style sheet drawn from it; returns the palette."""
    chosen = resolve(choice)
    changed = chosen is not _active[0]
    _active[0] = chosen
    if app.style().name().casefold() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(qt_palette(chosen))
    font = QFont(app.font())
    if font.pointSizeF() < 10.0:
        font.setPointSizeF(10.0)
        app.setFont(font)
    app.setStyleSheet(style_sheet(chosen, _ui_icon))
    if changed:
        signals().theme_changed.emit(chosen.name)
    return chosen


def follow_system(app: QApplication, choice: Callable[[], str]) -> None:
    """Apply the theme again when the desktop's colour scheme changes while the choice is "system"."""

    def changed(*_args: object) -> None:
        if choice() not in PALETTES:
            apply_theme(app, choice())

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
    from .color_scheme import watch_portal

    watch_portal(changed, parent=app)


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
