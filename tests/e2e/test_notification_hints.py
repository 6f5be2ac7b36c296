"""What reaches the notification server: resident news with the app icon, desktop entry, category and
urgency, text exactly as written, and a server that never answers does not hold up the caller.

Real dunst on a private session bus (its history shows urgency, timeout, icon and category); the hung
server is a second private bus where this test owns the notification name and never replies.
"""

from __future__ import annotations

import json
import os
import re
import threading

import pytest

from cliffhanger import DESKTOP_ID
from cliffhanger.notify.base import Notification
from cliffhanger.reminders.runner import native_notifier, notification_icon
from support.dbus import start_dbus
from support.notifications import notify_calls, watch_notify_calls
from support.processes import apply_env

pytestmark = [pytest.mark.dbus, pytest.mark.xvfb]


@pytest.fixture
def bus_env(notifications, monkeypatch):
    apply_env(monkeypatch, notifications.env)
    return notifications


def raw_history(daemon) -> list[dict]:
    daemon._dunstctl("close-all")
    reply = json.loads(daemon._dunstctl("history"))
    entries = reply["data"][0] if reply["data"] else []
    return sorted(entries, key=lambda entry: entry["id"]["data"])


def test_news_is_resident_with_icon_entry_category_and_urgency(qtbot, bus_env):
    monitor = watch_notify_calls(bus_env.env)
    native = native_notifier()
    native.prepare()
    ids: list[int] = []
    body = "official date 29 January 2027 (TVmaze) & <more>"
    news = Notification("All of Us Are Dead, season 2", body, title_id=1, resident=True, urgency=1,
                        category="x-cliffhanger.news", shown=ids.append)  # fmt: skip
    native.notify(news)
    qtbot.waitUntil(lambda: bool(ids), timeout=10_000)  # the id comes back with the reply, read by the loop
    native.notify(Notification("Severance", "your reminder", urgency=0, category="x-cliffhanger.reminder"))
    qtbot.waitUntil(lambda: len(raw_history(bus_env)) == 2, timeout=10_000)
    first, second = raw_history(bus_env)
    assert first["summary"]["data"] == "All of Us Are Dead, season 2"
    assert first["body"]["data"] == "official date 29 January 2027 (TVmaze) & <more>"  # no markup here: as is
    assert first["appname"]["data"] == "Cliffhanger"
    assert first["category"]["data"] == "x-cliffhanger.news"
    assert first["timeout"]["data"] == 0  # stays until dismissed
    assert second["timeout"]["data"] > 0
    assert first["icon_path"]["data"] == notification_icon() and notification_icon().endswith(".png")
    assert ids == [first["id"]["data"]]
    native.close()
    calls = notify_calls(monitor)
    assert len(calls) == 2
    hints = [re.findall(r'string "([a-z-]+)"\s+variant\s+(\w+) "?([^"\n]*)"?', call) for call in calls]
    assert ("urgency", "byte", "1") in hints[0] and ("urgency", "byte", "0") in hints[1]
    assert ("desktop-entry", "string", DESKTOP_ID) in hints[0]
    assert ("resident", "boolean", "true") in hints[0]


def test_the_desktop_entry_hint_names_the_installed_id(bus_env):
    native = native_notifier()  # no event loop: the blocking path, which reports what the server has
    assert native.desktop_entry == DESKTOP_ID
    assert "actions" in native.capabilities()
    native.close()


def test_a_server_that_never_answers_does_not_block_the_app(qtbot, tmp_path, monkeypatch):
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy, open_dbus_connection

    hung_bus = start_dbus(tmp_path / "hung")
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", hung_bus.env["DBUS_SESSION_BUS_ADDRESS"])
        squatter = open_dbus_connection(bus="SESSION")
        Proxy(message_bus, squatter, timeout=5).RequestName("org.freedesktop.Notifications")
        native = native_notifier()
        native.prepare()
        done = threading.Event()
        qtbot.waitUntil(native.available, timeout=10_000)
        native.notify(Notification("Kingdom, season 3", "now filming", title_id=2, resident=True))
        done.set()
        assert done.is_set()  # returned at once: the alert waits for the server's capabilities
        assert list(native._pending.values()) == [None] and len(native._waiting) == 1
        native.close()
        squatter.close()
    finally:
        hung_bus.process.stop()
        os.environ.pop("CLIFFHANGER_UNUSED", None)
