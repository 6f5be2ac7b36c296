"""Building the notifier chain from settings, and one headless pass for `cliffhanger check`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from cliffhanger import paths
from cliffhanger.notify.base import CallableNotifier, FallbackNotifier, LogNotifier, Notifier, ordered
from cliffhanger.notify.plyer_notifier import PlyerNotifier
from cliffhanger.settings import Settings, load_settings
from cliffhanger.storage.engine import Database

from .clock import local_zone_name, utc_now
from .delivery import PassResult, Preferences, run_pass


def notifier_chain(
    settings: Settings,
    *,
    native: Notifier | None = None,
    tray: Callable[[str, str], None] | None = None,
    extra: Mapping[str, Notifier] | None = None,
) -> FallbackNotifier:
    """The notifiers in the order settings give; `native` and `tray` exist only where the caller made them."""
    available: dict[str, Notifier] = {"plyer": PlyerNotifier(), "log": LogNotifier()}
    if native is not None:
        available["freedesktop"] = native
    if tray is not None:
        available["tray"] = CallableNotifier("tray", tray)
    available.update(extra or {})
    return ordered(available, settings.notifiers)


def notification_icon() -> str:
    """The app icon's file for notifications (a path, which servers take as well as an icon name)."""
    icons = paths.resources_dir() / "icons"
    for candidate in (icons / "hicolor" / "128x128" / "apps" / "cliffhanger.png", icons / "cliffhanger.svg"):
        if candidate.is_file():
            return str(candidate)
    return ""


def native_notifier(on_open: Any = None, on_snooze: Any = None, *, parent: Any = None) -> Any:
    """The freedesktop notifier with the app's icon and desktop entry."""
    from cliffhanger import DESKTOP_ID, qtfix
    from cliffhanger.notify.freedesktop import FreedesktopNotifier

    qtfix.install()  # the headless pass emits Qt signals too
    return FreedesktopNotifier(
        on_open, on_snooze, parent, app_icon=notification_icon(), desktop_entry=DESKTOP_ID
    )


def check_once(db: Database, now: datetime | None = None) -> PassResult:
    """One pass outside the app: plan, deliver what is due, record it."""
    settings = load_settings()
    native = native_notifier()
    try:
        chain = notifier_chain(settings, native=native)
        prefs = Preferences.from_settings(settings, local_zone_name())
        return run_pass(db, chain, now=now or utc_now(), prefs=prefs)
    finally:
        native.close()
