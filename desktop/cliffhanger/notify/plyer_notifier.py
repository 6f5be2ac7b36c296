"""Notifications through plyer, the cross-platform default.

On Linux plyer speaks D-Bus through dbus-python when it is importable and otherwise runs `notify-send`, which
reports no failure: a missing notification server goes unnoticed there.
"""

from __future__ import annotations

from .base import APP_NAME, Notification, NotifierUnavailable


class PlyerNotifier:
    """Shows a notification with plyer's `notification.notify`."""

    name = "plyer"

    def __init__(self, timeout_s: int = 30) -> None:
        self.timeout_s = timeout_s

    def notify(self, notification: Notification) -> None:
        try:
            from plyer import notification as backend
        except ImportError as error:
            raise NotifierUnavailable("plyer is not installed") from error
        try:
            backend.notify(
                title=notification.summary,
                message=notification.body,
                app_name=APP_NAME,
                timeout=self.timeout_s,
            )
        except NotImplementedError as error:
            raise NotifierUnavailable("plyer has no notifications on this platform") from error
