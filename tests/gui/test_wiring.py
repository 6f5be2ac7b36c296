"""The app's wiring units on the real window and tray: each follows the settings it is given and stops its
own timers at quit."""

from __future__ import annotations

from gui_helpers import close, seeded_title

from cliffhanger.domain.vocabulary import Status


def test_a_new_notifier_order_is_used_by_the_same_chain(shell):
    notifier = shell.reminders_unit.notifier
    assert notifier is not None and notifier.name == "freedesktop+plyer+tray+log"
    shell.settings.notifiers = ["tray", "log"]
    shell.reminders_page.changed.emit()  # as the page does once it has saved the user's choice
    assert shell.reminders_unit.notifier is notifier  # the service keeps delivering through this one
    assert notifier.name == "tray+log"


def test_each_unit_stops_its_timers_at_quit(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, network="Netflix"))
    shell = make_shell()
    feeds = shell.feeds
    assert feeds is not None and feeds.timer.isActive()  # the first check is due in a minute
    close(shell)  # runs the app's shutdown, as quitting does
    assert not feeds.timer.isActive()
    assert not shell.tray.icon.isVisible()
