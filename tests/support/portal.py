"""A stand-in for the freedesktop settings portal (org.freedesktop.portal.Settings), run as its own process.

xdg-desktop-portal needs a full desktop session to start, so this small QtDBus service answers ReadOne and
Read for `org.freedesktop.appearance` / `color-scheme` with the number given on the command line, and emits
SettingChanged with a new number read from stdin. The app under test talks to it over a real D-Bus bus.
Usage: python -m support.portal SCHEME   (0 no preference, 1 dark, 2 light)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"


@ClassInfo({"D-Bus Interface": INTERFACE})
class Settings(QObject):
    """The portal's Settings interface, holding one colour scheme."""

    def __init__(self, scheme: int) -> None:
        super().__init__()
        self.scheme = scheme

    @Slot(str, str, result=QDBusVariant)
    def ReadOne(self, namespace: str, key: str) -> QDBusVariant:
        return QDBusVariant(self.scheme)

    @Slot(str, str, result=QDBusVariant)
    def Read(self, namespace: str, key: str) -> QDBusVariant:
        return QDBusVariant(QDBusVariant(self.scheme))


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    settings = Settings(int(sys.argv[1]))
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not bus.registerObject(PATH, settings, options) or not bus.registerService(
        "org.freedesktop.portal.Desktop"
    ):
        print("could not register the portal", file=sys.stderr)
        return 1

    def changed() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        settings.scheme = int(line)
        signal = QDBusMessage.createSignal(PATH, INTERFACE, "SettingChanged")
        signal.setArguments(["org.freedesktop.appearance", "color-scheme", QDBusVariant(settings.scheme)])
        bus.send(signal)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(changed)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
