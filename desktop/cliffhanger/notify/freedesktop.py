"""Native notifications over the session bus (freedesktop Desktop Notifications), with action buttons.

The server answers a click, Open or a Snooze button with an `ActionInvoked` signal sent only to the connection
that called `Notify`, so one connection does both; a QSocketNotifier reads it within the Qt event loop.

WORKAROUND: QtDBus from PySide6 cannot send the uint32 `replaces_id` that `Notify` requires (a Python int
always becomes a signed or 16-bit D-Bus integer), so the messages are built with jeepney, a pure-Python
D-Bus library; reading is still driven by Qt.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from .base import APP_NAME, Notification, NotifierUnavailable

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SNOOZES = {"snooze-1h": "1h", "snooze-tomorrow": "tomorrow", "snooze-week": "week"}
ACTIONS = [
    *("default", "Open", "open", "Open"),
    *("snooze-1h", "Snooze 1 hour", "snooze-tomorrow", "Tomorrow morning", "snooze-week", "Next week"),
]
TIMEOUT_MS = 30_000
CALL_TIMEOUT_S = 5.0

OpenHandler = Callable[[int], None]
SnoozeHandler = Callable[[str, str], None]


class FreedesktopNotifier(QObject):
    """Sends `Notify` to the notification server and routes its actions to `on_open` and `on_snooze`."""

    name = "freedesktop"

    def __init__(
        self,
        on_open: OpenHandler | None = None,
        on_snooze: SnoozeHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_open, self._on_snooze = on_open, on_snooze
        self._sent: dict[int, Notification] = {}
        self._signals: deque[Any] = deque()
        self._conn: Any = None
        self._reader: QSocketNotifier | None = None

    def _connection(self) -> Any:
        if self._conn is not None:
            return self._conn
        try:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import Proxy, open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            Proxy(message_bus, conn, timeout=CALL_TIMEOUT_S).AddMatch(rule)
        except Exception as error:  # no bus address, no socket, no jeepney: all mean "not here"
            raise NotifierUnavailable(f"no session bus: {error}") from error
        conn.filter(rule, queue=self._signals).__enter__()  # kept for the connection's lifetime
        self._conn = conn
        if QCoreApplication.instance() is not None:  # without an event loop nobody could click anyway
            self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._reader.activated.connect(self._readable)
        return conn

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        from jeepney import DBusAddress, MessageType, new_method_call

        conn = self._connection()
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(address, method, signature, body)
        reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        if reply.header.message_type is MessageType.error:
            raise NotifierUnavailable(f"{method}: {reply.body[0] if reply.body else 'error'}")
        self._dispatch()
        return tuple(reply.body)

    def available(self) -> bool:
        try:
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import Proxy

            bus = Proxy(message_bus, self._connection(), timeout=CALL_TIMEOUT_S)
            return bool(bus.NameHasOwner(SERVICE)[0])
        except Exception:
            return False

    def capabilities(self) -> list[str]:
        return list(self._call("GetCapabilities")[0])

    def notify(self, notification: Notification) -> None:
        if not self.available():
            raise NotifierUnavailable("no notification server on the session bus")
        wants_actions = notification.title_id is not None and (self._on_open or self._on_snooze)
        actions = ACTIONS if wants_actions and "actions" in self.capabilities() else []
        replaces = notification.replaces_id
        body = (APP_NAME, replaces, "", notification.summary, notification.body, actions, {}, TIMEOUT_MS)
        (notification_id,) = self._call("Notify", "susssasa{sv}i", body)
        self._sent[int(notification_id)] = notification
        if notification.shown is not None:
            notification.shown(int(notification_id))

    def _readable(self) -> None:
        conn = self._conn
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except Exception:
            log.exception("lost the session bus connection")
            self.close()
        self._dispatch()

    def _dispatch(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(3)  # HeaderFields.member
            if member == "ActionInvoked":
                self._action(int(message.body[0]), str(message.body[1]))
            elif member == "NotificationClosed":
                self._sent.pop(int(message.body[0]), None)

    def _action(self, notification_id: int, action: str) -> None:
        sent = self._sent.get(notification_id)
        if sent is None or sent.title_id is None:
            return
        log.info("notification action %s for %s", action, sent.summary)
        if action in ("default", "open") and self._on_open:
            self._on_open(sent.title_id)
        elif action in SNOOZES and self._on_snooze and sent.event_key:
            self._on_snooze(sent.event_key, SNOOZES[action])

    def close(self) -> None:
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
