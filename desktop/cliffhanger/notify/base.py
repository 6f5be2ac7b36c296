"""What a notifier is, and the chain that tries notifiers in the user's order until one delivers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)
APP_NAME = "Cliffhanger"


@dataclass(frozen=True)
class Notification:
    """What to show; `title_id` and `event_key` let a clicked or snoozed notification find its way back."""

    summary: str
    body: str
    title_id: int | None = None
    event_key: str | None = None
    replaces_id: int = 0  # the server's id of an earlier showing of this notification, to replace it
    resident: bool = False  # news stays on screen until dismissed; other kinds may expire
    urgency: int = 1  # freedesktop urgency: 0 low, 1 normal, 2 critical
    category: str = ""  # "x-cliffhanger.news", "x-cliffhanger.reminder", ...
    shown: Callable[[int], None] | None = field(default=None, compare=False, repr=False)  # told the new id


class NotifierUnavailable(RuntimeError):
    """The notifier cannot work here (no notification server, no tray, missing library)."""


class Notifier(Protocol):
    """Shows a notification, or raises; `name` is what settings call it."""

    name: str

    def notify(self, notification: Notification) -> None: ...


class FallbackNotifier:
    """Tries each notifier in order; a failure is logged and the next one is tried, never raised."""

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self.notifiers = list(notifiers)

    def reorder(self, notifiers: Sequence[Notifier]) -> None:
        """Try these from now on (the user changed the order); a delivery under way finishes with the old."""
        self.notifiers = list(notifiers)  # a new list, so one being iterated elsewhere is left alone

    @property
    def name(self) -> str:
        return "+".join(n.name for n in self.notifiers)

    def notify(self, notification: Notification) -> str:
        """Deliver through the first notifier that works; return its name ("" when none did)."""
        for notifier in self.notifiers:
            try:
                notifier.notify(notification)
            except NotifierUnavailable as error:
                log.info("notifier %s not available: %s", notifier.name, error)
            except Exception:
                log.exception("notifier %s failed; trying the next one", notifier.name)
            else:
                return notifier.name
        log.error("no notifier could show %r", notification.summary)
        return ""


class LogNotifier:
    """Writes the notification to the log: the last resort, which always works."""

    name = "log"

    def notify(self, notification: Notification) -> None:
        log.warning("reminder: %s: %s", notification.summary, notification.body)


class CallableNotifier:
    """Hands the notification to a function, such as the tray icon's balloon (wired by the app)."""

    def __init__(self, name: str, show: object) -> None:
        self.name = name
        self._show = show

    def notify(self, notification: Notification) -> None:
        if not callable(self._show):
            raise NotifierUnavailable(f"{self.name} has nothing to show notifications with")
        self._show(notification.summary, notification.body)


def ordered(available: dict[str, Notifier], order: Sequence[str]) -> FallbackNotifier:
    """The chain in the user's order; unknown names are skipped, and the log always comes last."""
    chosen = [available[name] for name in order if name in available]
    if not any(n.name == "log" for n in chosen):
        chosen.append(available.get("log") or LogNotifier())
    return FallbackNotifier(chosen)
