"""The tray icon: a tooltip saying what is next, and a menu with the next dates, unread alerts, and entries
to open the window, add a show, pause reminders or quit. Other parts add menu entries with `add_action`."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cliffhanger.i18n import translate

from .theme import palette
from .whats_next import NextDate, tooltip, unread_text

APP_NAME = "Cliffhanger"  # the name, the same in every language


class Tray(QObject):
    """Owns the QSystemTrayIcon and its menu.

    Signals:
        open_requested: Open was chosen, or the icon clicked.
        add_requested: "Add show…" was chosen.
        quit_requested: Quit was chosen.
        pause_toggled(bool): reminders were paused (True) or resumed.
        title_requested(int): a "Coming up" entry was chosen: show this title.
        inbox_requested: the unread alerts entry was chosen.
    """

    open_requested = Signal()
    add_requested = Signal()
    quit_requested = Signal()
    pause_toggled = Signal(bool)
    title_requested = Signal(int)
    inbox_requested = Signal()

    def __init__(self, icon: QIcon, *, paused: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self._plain_icon, self._badge = icon, 0
        self.menu = QMenu()
        self.coming_header = self.menu.addSection(translate("Tray", "Coming up"))
        self.coming_actions: list[QAction] = []
        self.unread_action = QAction("", self.menu)
        self.unread_action.triggered.connect(lambda _checked=False: self.inbox_requested.emit())
        self.unread_action.setVisible(False)
        self.menu.addAction(self.unread_action)
        self.coming_end = self.menu.addSeparator()
        self.open_action = self._add(translate("Tray", "Open Cliffhanger"), self.open_requested)
        self.add_show_action = self._add(translate("Tray", "Add show…"), self.add_requested)
        self.menu.addSeparator()
        self.pause_action = QAction(translate("Tray", "Pause reminders"), self.menu)
        self.pause_action.setCheckable(True)
        self.pause_action.setChecked(paused)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.quit_action = self._add(translate("Tray", "Quit"), self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.setToolTip(APP_NAME)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: signal.emit())
        self.menu.addAction(action)
        return action

    def add_action(self, action: QAction) -> None:
        """Put another entry in the menu, above Quit."""
        self.menu.insertAction(self.quit_action, action)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def geometry(self) -> QRect:
        """Where the panel put the icon (empty until it has)."""
        return self.icon.geometry()

    def set_paused(self, paused: bool) -> None:
        """Tick or untick "Pause reminders"; a change emits `pause_toggled`, as the user's click does."""
        self.pause_action.setChecked(paused)

    def set_summary(self, text: str) -> None:
        self.icon.setToolTip(text)

    def show_next(self, count: int, coming: list[NextDate], unread: int = 0) -> None:
        """Show the next dates (and unread alerts) in the tooltip and at the top of the menu."""
        for action in self.coming_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.coming_actions = []
        for item in coming:
            action = QAction(item.text, self.menu)
            action.triggered.connect(lambda _checked=False, i=item.title_id: self.title_requested.emit(i))
            self.menu.insertAction(self.unread_action, action)
            self.coming_actions.append(action)
        self.coming_header.setVisible(bool(coming))
        self.unread_action.setText(unread_text(unread))
        self.unread_action.setVisible(unread > 0)
        self.coming_end.setVisible(bool(coming) or unread > 0)
        self.icon.setToolTip(tooltip(count, coming, unread))
        if unread != self._badge:
            self._badge = unread
            self.icon.setIcon(badged(self._plain_icon, unread) if unread else self._plain_icon)

    @property
    def tooltip(self) -> str:
        return self.icon.toolTip()

    def message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, self.icon.icon(), 8_000)


def badged(icon: QIcon, count: int) -> QIcon:
    """The icon with the unread count in a disc of the badge colour at its lower right ("9+" above nine)."""
    result, done = QIcon(), set()
    colours = palette().badge
    for wanted in (16, 22, 24, 32, 48, 64):
        pixmap = icon.pixmap(wanted, wanted)  # never larger than the icon's own largest size
        size = pixmap.width()
        if size in done or size == 0:
            continue
        done.add(size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = QRectF(size * 0.42, size * 0.42, size * 0.58, size * 0.58)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.fill))
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, int(size * 0.42)))
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
        painter.end()
        result.addPixmap(pixmap)
    return result
