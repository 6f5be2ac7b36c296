"""Putting the reminder screens into the window: the detail section, the Reminders tab, and Settings… in the
window's and the tray's menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtGui import QAction, QKeySequence

from cliffhanger.i18n import translate

from .main_window import MainWindow
from .reminders_data import ReminderData
from .reminders_section import RemindersSection
from .reminders_view import RemindersView
from .settings_dialog import SettingsDialog
from .tray import Tray


def install_reminder_screens(
    window: MainWindow, data: ReminderData, default_time: Callable[[], time]
) -> tuple[RemindersSection, RemindersView]:
    """Add the Reminders section to the detail pane and the Reminders tab (which loads when first shown)."""
    section = RemindersSection(data, default_time)
    window.detail.add_section(section, translate("RemindersUi", "Reminders"))
    view = RemindersView(data)
    window.add_view(translate("RemindersUi", "Reminders"), view)
    data.error.connect(
        lambda text: window.statusBar().showMessage(
            translate("RemindersUi", "Reminders: %1").replace("%1", text), 15_000
        )
    )
    return section, view


def install_settings_actions(window: MainWindow, tray: Tray, dialog: SettingsDialog) -> QAction:
    """A "Settings…" entry in the window's Edit menu and in the tray menu."""
    action = QAction(translate("RemindersUi", "&Settings…"), window)
    action.setShortcut(QKeySequence.StandardKey.Preferences)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def show() -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    action.triggered.connect(show)
    window.menu("&Edit").addAction(action)
    tray_action = QAction(translate("RemindersUi", "Settings…"), tray.menu)
    tray_action.triggered.connect(show)
    tray.add_action(tray_action)
    return action
