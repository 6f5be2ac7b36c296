"""The desktop's colour scheme from the freedesktop settings portal (org.freedesktop.portal.Settings).

The portal's `org.freedesktop.appearance` / `color-scheme` is 0 (no preference), 1 (prefer dark) or 2
(prefer light). Only a portal already running is asked (never started through D-Bus activation), with a
short timeout, so a desktop without one costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage, QDBusVariant

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"
NAMESPACE, KEY = "org.freedesktop.appearance", "color-scheme"
SCHEMES = {1: "dark", 2: "light"}
TIMEOUT_MS = 400


def _unwrap(value: object) -> object:
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value


def _running(bus: QDBusConnection) -> bool:
    interface = bus.interface()
    return bool(interface is not None and interface.isServiceRegistered(SERVICE).value())


def portal_color_scheme() -> str | None:
    """ "dark" or "light" when a running portal states a preference, else None."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected() or not _running(bus):
        return None
    settings = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
    settings.setTimeout(TIMEOUT_MS)
    for method in ("ReadOne", "Read"):  # ReadOne is version 2 of the interface; Read nests the variant
        reply = settings.call(method, NAMESPACE, KEY)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            value = _unwrap(reply.arguments()[0])
            return SCHEMES.get(value) if isinstance(value, int) else None
    log.info("the settings portal did not answer for %s: %s", KEY, reply.errorMessage())
    return None


class _PortalWatcher(QObject):
    """Calls back when the portal announces a new colour scheme."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    @Slot(QDBusMessage)
    def setting_changed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) >= 2 and arguments[0] == NAMESPACE and arguments[1] == KEY:
            self._callback()


def watch_portal(callback: Callable[[], None], parent: QObject | None = None) -> QObject | None:
    """Listen for the portal's SettingChanged signal; returns the listener, or None without a bus."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    watcher = _PortalWatcher(callback, parent)
    slot = SLOT("setting_changed(QDBusMessage)")  # PySide6 takes the str its SLOT() returns
    if not bus.connect(SERVICE, PATH, INTERFACE, "SettingChanged", watcher, slot):  # type: ignore[call-overload]  # the stubs want a method object; PySide6 also takes SLOT()'s text
        log.info("could not listen to the settings portal")
    return watcher
