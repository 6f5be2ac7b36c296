"""Notifier fallback: the user's order, a failure falls through and is logged, never raised."""

from __future__ import annotations

import logging

from cliffhanger.notify.base import (
    CallableNotifier,
    FallbackNotifier,
    LogNotifier,
    Notification,
    NotifierUnavailable,
    ordered,
)
from cliffhanger.reminders.runner import notifier_chain
from cliffhanger.settings import Settings

from .conftest import RecordingNotifier

NOTE = Notification(
    "All of Us Are Dead, season 2", "release date announced, 15 January 2027 (official, Netflix)", 1, "k"
)


class Unavailable:
    name = "freedesktop"

    def notify(self, notification):
        raise NotifierUnavailable("no notification server on the session bus")


def test_a_failing_notifier_falls_through_to_the_next_and_is_logged(caplog):
    broken, working = RecordingNotifier(fail=True), RecordingNotifier()
    working.name = "second"
    with caplog.at_level(logging.INFO):
        channel = FallbackNotifier([broken, Unavailable(), working]).notify(NOTE)
    assert channel == "second" and working.shown == [NOTE]
    assert "notifier recorder failed" in caplog.text
    assert "notifier freedesktop not available" in caplog.text


def test_when_every_notifier_fails_nothing_is_raised(caplog):
    assert FallbackNotifier([RecordingNotifier(fail=True)]).notify(NOTE) == ""
    assert "no notifier could show" in caplog.text


def test_the_log_is_always_in_the_chain(caplog):
    chain = ordered({"freedesktop": Unavailable(), "log": LogNotifier()}, ["log", "freedesktop"])
    assert [n.name for n in chain.notifiers] == ["log", "freedesktop"]
    chain = ordered({"freedesktop": Unavailable()}, ["freedesktop"])
    assert [n.name for n in chain.notifiers] == ["freedesktop", "log"]
    with caplog.at_level(logging.WARNING):
        assert chain.notify(NOTE) == "log"
    assert "release date announced, 15 January 2027" in caplog.text


def test_the_settings_order_decides_and_unknown_names_are_skipped():
    shown = []
    settings = Settings(notifiers=["tray", "nonsense", "freedesktop", "plyer", "log"])
    chain = notifier_chain(settings, native=Unavailable(), tray=lambda s, b: shown.append((s, b)))
    assert [n.name for n in chain.notifiers] == ["tray", "freedesktop", "plyer", "log"]
    assert chain.notify(NOTE) == "tray" and shown == [(NOTE.summary, NOTE.body)]


def test_a_tray_without_a_function_is_unavailable():
    assert FallbackNotifier([CallableNotifier("tray", None), LogNotifier()]).notify(NOTE) == "log"
