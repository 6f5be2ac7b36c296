"""Correcting mistakes: entries ticked in the dialog are removed from the database and the detail pane."""

from __future__ import annotations

from datetime import date

from gui_helpers import wait_idle
from PySide6.QtCore import Qt

from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window


def seed(watchlist) -> Title:  # type: ignore[no-untyped-def]
    history = (
        StatusChange(Status.FILMING, date(2025, 7, 14), "Netflix Korea"),
        StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "wrap"),
        StatusChange(Status.SCHEDULED, date(2026, 3, 1), "typo", Confidence.RUMOURED),
    )
    claims = (ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "reports"),)
    season = Season(2, history=history, claims=claims)
    cast = (Credit("Park Ji-hu", "Nam On-jo"), Credit("Nobody Real", "Wrong person", 1))
    return watchlist.add(Title("All of Us Are Dead", seasons=(season,), cast=cast))


def test_ticked_entries_are_removed_and_the_rest_stays(qtbot, watchlist, make_shell):
    title = seed(watchlist)
    shell = make_shell()
    assert shell.window.watchlist.select_title(title.id)
    dialog = shell.window.title_actions.open_correct_dialog()
    rows = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert len(rows) == 6 and rows[2] == "Status: Scheduled since 1 Mar 2026 · typo (rumoured)"
    assert not dialog.remove.isEnabled()
    for n, text in enumerate(rows):
        if "typo" in text or "Nobody Real" in text:
            dialog.list.item(n).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen()["status"] and dialog.chosen()["credit"] and not dialog.chosen()["claim"]
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, shell)
    stored = watchlist.title(title.id)
    assert stored.season(2).status is Status.POST_PRODUCTION
    assert [c.actor for c in stored.cast] == ["Park Ji-hu"]
    assert stored.season(2).expected.text == "December 2026"
    qtbot.waitUntil(lambda: shell.window.detail.timeline.timeline.lines()[0][0] == "Post-production")
