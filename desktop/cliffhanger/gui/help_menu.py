"""The Help menu: keyboard shortcuts, the calendar file to subscribe to, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from cliffhanger.i18n import translate

from .dialogs.about import AboutDialog, CalendarDialog, ShortcutsDialog
from .main_window import HELP, MainWindow


def _menu_actions(window: QMainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif not action.isSeparator():
                found.append(action)

    walk(window.menuBar().actions())
    return found


class HelpMenu:
    """Builds the Help menu in `window` and opens its dialogs (one of each at a time)."""

    def __init__(self, window: MainWindow, data_dir: Path, feed: Path) -> None:
        self.window, self.data_dir, self.feed = window, data_dir, feed
        self.dialog: QDialog | None = None
        menu = window.menu(HELP)
        self.shortcuts = menu.addAction(translate("HelpMenu", "&Keyboard shortcuts"))
        self.shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.calendar = menu.addAction(translate("HelpMenu", "Subscribe in your &calendar…"))
        self.calendar.triggered.connect(self.show_calendar)
        menu.addSeparator()
        self.about = menu.addAction(translate("HelpMenu", "&About Cliffhanger"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> QDialog:
        return self._show(ShortcutsDialog(_menu_actions(self.window), self.window))

    def show_calendar(self) -> QDialog:
        return self._show(CalendarDialog(self.feed, self.window))

    def show_about(self) -> QDialog:
        return self._show(AboutDialog(self.data_dir, self.window))
