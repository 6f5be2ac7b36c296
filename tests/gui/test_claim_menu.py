"""Judging a release claim from its context menu in the detail pane: the judgement is stored the same way
`cliffhanger doubt` stores it, the pane shows it, and the best estimate moves to the other claim."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from gui_helpers import wait_idle

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window


def seed(watchlist) -> Title:  # type: ignore[no-untyped-def]
    march, october = datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 10, 5, tzinfo=UTC)
    claims = (
        ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "early reports", march),
        ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "industry talk", october),
    )
    history = (StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "filming wrapped"),)
    season = Season(2, history=history, claims=claims)
    return watchlist.add(Title("All of Us Are Dead", network="Netflix", seasons=(season,)))


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("CLIFFHANGER_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def _action(menu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


def test_marking_december_doubtful_moves_the_best_estimate(qtbot, watchlist, make_shell):
    title = seed(watchlist)
    shell = make_shell()
    assert shell.window.watchlist.select_title(title.id)
    claims = shell.window.detail.claims
    assert claims.best is not None and claims.best.window.text == "December 2026"
    menu = claims.menu_for(claims.best)
    assert [a.text() for a in menu.actions()] == ["Mark doubtful…", "Mark debunked…"]
    _action(menu, "Mark doubtful…").trigger()
    dialog = claims.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("  not in the streamer's 2026 line-up ")
    dialog.accept()
    wait_idle(qtbot, shell)
    stored = watchlist.title(title.id).season(2)
    december = next(c for c in stored.claims if c.window.text == "December 2026")
    assert december.standing is Standing.DOUBTFUL
    assert december.reason == "not in the streamer's 2026 line-up"
    assert stored.expected is not None and stored.expected.text == "early 2027"
    qtbot.waitUntil(lambda: claims.best is not None and claims.best.window.text == "early 2027")
    shot(shell.window.detail, "claim_doubtful")
    doubted = next(c for c in shell.window.detail.title.season(2).claims if c.window.text == "December 2026")
    assert "Clear doubt" in [a.text() for a in claims.menu_for(doubted).actions()]


def test_clear_doubt_makes_the_claim_count_again(qtbot, watchlist, make_shell):
    title = seed(watchlist)
    december = next(c for c in title.season(2).claims if c.window.text == "December 2026")
    assert title.id is not None and december.id is not None
    watchlist.judge_claims(title.id, [december.id], Standing.DEBUNKED, "wrong")
    shell = make_shell()
    assert shell.window.watchlist.select_title(title.id)
    claims = shell.window.detail.claims
    assert claims.best is not None and claims.best.window.text == "early 2027"
    shown = next(c for c in shell.window.detail.title.season(2).claims if c.id == december.id)
    menu = claims.menu_for(shown)
    assert not _action(menu, "Mark debunked…").isEnabled()
    _action(menu, "Clear doubt").trigger()
    wait_idle(qtbot, shell)
    stored = next(c for c in watchlist.title(title.id).season(2).claims if c.id == december.id)
    assert stored.standing is Standing.OPEN and stored.reason == ""
    qtbot.waitUntil(lambda: claims.best is not None and claims.best.window.text == "December 2026")
