"""Native notifications over the session bus (freedesktop Desktop Notifications), with action buttons.

The server answers a click, Open or a Snooze button with an `ActionInvoked` signal sent only to the connection
that called `Notify`, so one connection does both; a QSocketNotifier reads it within the Qt event loop.

Inside the app nothing waits for the notification server: `Notify` is written to the socket and its reply
(the notification's id) is read later with the signals, so a hung server cannot freeze the window. The
server's capabilities are asked for the same way when the connection opens (`prepare`), and a notification
made before they are known waits for them (actions offered or not, the body escaped only for servers that
render markup). Without an event loop (`cliffhanger check`) the calls wait for their replies, bounded by
`CALL_TIMEOUT_S`.

WORKAROUND: QtDBus from PySide6 cannot send the uint32 `replaces_id` that `Notify` requires (a Python int
always becomes a signed or 16-bit D-Bus integer), so the messages are built with jeepney, a pure-Python
D-Bus library; reading is still driven by Qt.
"""

from __future__ import annotations

import html
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from ..i18n import QT_TRANSLATE_NOOP, translate
from .base import APP_NAME, Notification, NotifierUnavailable

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SNOOZES = {"snooze-1h": "1h", "snooze-tomorrow": "tomorrow", "snooze-week": "week"}
ACTIONS = (  # (key, label) pairs; the labels are translated when a notification is sent
    ("default", QT_TRANSLATE_NOOP("Notifications", "Open")),
    ("open", QT_TRANSLATE_NOOP("Notifications", "Open")),
    ("snooze-1h", QT_TRANSLATE_NOOP("Notifications", "Snooze 1 hour")),
    ("snooze-tomorrow", QT_TRANSLATE_NOOP("Notifications", "Tomorrow morning")),
    ("snooze-week", QT_TRANSLATE_NOOP("Notifications", "Next week")),
)
TIMEOUT_MS = 30_000
CALL_TIMEOUT_S = 5.0

OpenHandler = Callable[[int], None]
SnoozeHandler = Callable[[str, str], None]


def _action_list() -> list[str]:
    """The Notify call's flat list: key, label, key, label..."""
    return [part for key, label in ACTIONS for part in (key, translate("Notifications", label))]


class FreedesktopNotifier(QObject):
    """Sends `Notify` to the notification server and routes its actions to `on_open` and `on_snooze`."""

    name = "freedesktop"

    def __init__(
        self,
        on_open: OpenHandler | None = None,
        on_snooze: SnoozeHandler | None = None,
        parent: QObject | None = None,
        *,
        app_icon: str = "",
        desktop_entry: str = "",
    ) -> None:
        super().__init__(parent)
        self._on_open, self._on_snooze = on_open, on_snooze
        self._sent: dict[int, Notification] = {}
        self._signals: deque[Any] = deque()
        self._conn: Any = None
        self._reader: QSocketNotifier | None = None
        self._replies: deque[Any] = deque()
        self._pending: dict[
            int, Notification | None
        ] = {}  # call serial -> what it showed (None: capabilities)
        self._caps: frozenset[str] | None = None
        self._waiting: list[Notification] = []  # made before the server's capabilities were known
        self.app_icon, self.desktop_entry = app_icon, desktop_entry

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
        for kind in ("method_return", "error"):
            conn.filter(MatchRule(type=kind), queue=self._replies, bufsize=0).__enter__()
        self._conn = conn
        if QCoreApplication.instance() is not None:  # without an event loop nobody could click anyway
            self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._reader.activated.connect(self._readable)
            self._send("GetCapabilities", None, (), None)
        return conn

    def _message(self, method: str, signature: str | None, body: tuple[Any, ...]) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        return new_method_call(address, method, signature, body)

    def _send(
        self, method: str, signature: str | None, body: tuple[Any, ...], note: Notification | None
    ) -> None:
        """Write a call without waiting for its reply; `_reply` handles that when it arrives."""
        conn = self._conn
        serial = next(conn.outgoing_serial)
        self._pending[serial] = note
        conn.send(self._message(method, signature, body), serial=serial)

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        from jeepney import MessageType

        conn = self._connection()
        reply = conn.send_and_get_reply(self._message(method, signature, body), timeout=CALL_TIMEOUT_S)
        if reply.header.message_type is MessageType.error:
            raise NotifierUnavailable(f"{method}: {reply.body[0] if reply.body else 'error'}")
        self._readable()
        return tuple(reply.body)

    def available(self) -> bool:
        try:
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import Proxy

            bus = Proxy(message_bus, self._connection(), timeout=CALL_TIMEOUT_S)
            owned = bool(bus.NameHasOwner(SERVICE)[0])
        except Exception:
            return False
        self._readable()  # replies read (or buffered) while waiting for this one
        return owned

    def capabilities(self) -> list[str]:
        if self._caps is None:
            self._caps = frozenset(self._call("GetCapabilities")[0])
        return sorted(self._caps)

    def prepare(self) -> None:
        """Open the connection and ask for the server's capabilities now, so the first alert need not wait."""
        try:
            self._connection()
        except NotifierUnavailable as error:
            log.info("no native notifications yet: %s", error)

    def _hints(self, notification: Notification) -> dict[str, tuple[str, Any]]:
        hints: dict[str, tuple[str, Any]] = {"urgency": ("y", max(0, min(2, notification.urgency)))}
        if self.desktop_entry:
            hints["desktop-entry"] = ("s", self.desktop_entry)
        if notification.category:
            hints["category"] = ("s", notification.category)
        if notification.resident:
            hints["resident"] = ("b", True)
        return hints

    def notify(self, notification: Notification) -> None:
        """Show it (inside the app: hand it to the server without waiting for an answer)."""
        if not self.available():
            raise NotifierUnavailable("no notification server on the session bus")
        if self._reader is not None and self._caps is None:
            self._waiting.append(notification)  # sent once the capabilities arrive (see `_reply`)
            return
        if self._caps is None:
            self.capabilities()
        self._send_notify(notification)

    def _send_notify(self, notification: Notification) -> None:
        caps = self._caps or frozenset()
        wants_actions = notification.title_id is not None and (self._on_open or self._on_snooze)
        actions = _action_list() if wants_actions and "actions" in caps else []
        text = html.escape(notification.body, quote=False) if "body-markup" in caps else notification.body
        expire = 0 if notification.resident else TIMEOUT_MS
        body = (APP_NAME, notification.replaces_id, self.app_icon, notification.summary, text, actions,
                self._hints(notification), expire)  # fmt: skip
        if self._reader is not None:
            self._send("Notify", "susssasa{sv}i", body, notification)
            return
        (notification_id,) = self._call("Notify", "susssasa{sv}i", body)
        self._shown(int(notification_id), notification)

    def _shown(self, notification_id: int, notification: Notification) -> None:
        self._sent[notification_id] = notification
        if notification.shown is not None:
            notification.shown(notification_id)

    def _reply(self, message: Any) -> None:
        from jeepney import MessageType

        serial = message.header.fields.get(5)  # HeaderFields.reply_serial
        if serial not in self._pending:
            return
        note = self._pending.pop(serial)
        failed = message.header.message_type is MessageType.error
        if failed:
            log.warning("the notification server refused a call: %s", message.body[0] if message.body else "")
        if note is None:  # the capabilities: send what waited for them
            self._caps = frozenset() if failed else frozenset(message.body[0])
            waiting, self._waiting = self._waiting, []
            for early in waiting:
                self._send_notify(early)
        elif not failed:
            self._shown(int(message.body[0]), note)

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
        while self._replies:
            self._reply(self._replies.popleft())
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
