"""Building the notifier chain from settings, and one headless pass for `cliffhanger check`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

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


def check_once(db: Database, now: datetime | None = None) -> PassResult:
    """One pass outside the app: plan, deliver what is due, record it."""
    from cliffhanger.notify.freedesktop import FreedesktopNotifier

    settings = load_settings()
    native = FreedesktopNotifier()
    try:
        chain = notifier_chain(settings, native=native)
        prefs = Preferences.from_settings(settings, local_zone_name())
        return run_pass(db, chain, now=now or utc_now(), prefs=prefs)
    finally:
        native.close()
