"""`MainWindow.open_title`: what a notification, the tray and the Upcoming tab use to show one title."""

from __future__ import annotations

from gui_helpers import seeded_title

from cliffhanger.domain.vocabulary import Status


def test_open_title_switches_to_the_watchlist_and_selects_it(qtbot, watchlist, make_shell):
    watchlist.add(seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, window="early 2027"))
    severance = watchlist.add(seeded_title("Severance", Status.FILMING))
    shell = make_shell()
    window = shell.window
    window.views.setCurrentIndex(window.views.count() - 1)  # another tab is showing
    assert severance.id is not None and window.open_title(severance.id)
    assert window.views.currentWidget() is window.watchlist
    chosen = window.watchlist.selected_title()
    assert chosen is not None and chosen.name == "Severance"
    assert not window.open_title(severance.id + 1000), "a title not on the list is refused, nothing chosen"
