"""The Calendar settings page and status-bar line in the whole app, against a real Radicale: find the
calendars, connect, the first sync in the background, a change synced after it settles, the no-keyring path,
a wrong password; rendered to a PNG when CLIFFHANGER_SHOTS names a folder."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel

from cliffhanger import secrets
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import parse_window
from support.radicale import PASSWORD, USER


def shot(widget, name: str) -> None:
    folder = os.environ.get("CLIFFHANGER_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


@pytest.fixture
def fresh_secrets(monkeypatch):
    store = secrets.default_store()
    monkeypatch.setattr(store, "session_only", False)
    monkeypatch.setattr(store, "_session", {})
    return store


def calendar_page(qtbot, shell):  # type: ignore[no-untyped-def]
    dialog = shell.settings_dialog
    dialog.show_page("Calendar")
    page = dialog.stack.currentWidget().widget()
    qtbot.waitExposed(dialog)
    return page


def fill(page, url: str, password: str = PASSWORD) -> None:
    page.server.setText(url)
    page.user.setText(USER)
    page.password.setText(password)


def test_connect_from_settings_syncs_in_the_background_and_the_status_bar_follows(
    qtbot, watchlist, make_shell, radicale, fresh_secrets
):
    title = watchlist.add(Title("All of Us Are Dead", seasons=(Season(2),)))
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry")
    )
    shell = make_shell()
    page = calendar_page(qtbot, shell)
    qtbot.waitUntil(lambda: page.session_button.isVisible(), timeout=10_000)  # the suite has no keyring
    fill(page, radicale.url)
    assert not page.connect_button.isEnabled()
    page.session_button.click()
    page.find_button.click()
    qtbot.waitUntil(lambda: "Found 0 calendars" in page.message.text(), timeout=20_000)
    assert page.choice.currentText() == "New calendar “Cliffhanger”"
    page.connect_button.click()
    qtbot.waitUntil(lambda: len(radicale.events()) == 1, timeout=30_000)
    indicator = shell.window.statusBar().findChild(QLabel, "calendarIndicator")
    qtbot.waitUntil(lambda: indicator.text().startswith("Calendar: synced"), timeout=20_000)
    assert indicator.isVisible() and page.password.text() == ""
    qtbot.waitUntil(lambda: "Waiting to be sent: 0" in page.state.text(), timeout=20_000)
    assert "Connected to “Cliffhanger”" in page.state.text()
    shot(shell.settings_dialog, "settings-calendar")
    shell.controller.add_claim(
        title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix")
    )
    qtbot.waitUntil(
        lambda: any(b"20270115" in p.read_bytes() for p in radicale.events().values()), timeout=30_000
    )


def test_a_wrong_password_is_shown_on_the_page_and_nothing_is_kept(
    qtbot, make_shell, radicale, fresh_secrets
):
    shell = make_shell()
    page = calendar_page(qtbot, shell)
    qtbot.waitUntil(lambda: page.session_button.isVisible(), timeout=10_000)
    page.session_button.click()
    fill(page, radicale.url, "wrong")
    page.connect_button.click()
    qtbot.waitUntil(lambda: "401" in page.message.text(), timeout=20_000)
    assert "refused the user name or password" in page.message.text()
    assert fresh_secrets.get("caldav") is None and page.state.text() == "No calendar is connected."
    assert page.connect_button.isEnabled()


def test_with_the_server_down_the_status_bar_says_so_and_sync_now_catches_up(
    qtbot, watchlist, make_shell, radicale, fresh_secrets
):
    from cliffhanger.calsync.sync import CalendarSync

    title = watchlist.add(Title("All of Us Are Dead", seasons=(Season(2),)))
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry")
    )
    fresh_secrets.use_session_only()
    CalendarSync(watchlist.db, fresh_secrets).connect(radicale.url, USER, PASSWORD)
    radicale.stop()
    shell = make_shell()
    indicator = shell.window.statusBar().findChild(QLabel, "calendarIndicator")
    qtbot.waitUntil(lambda: "can't be reached" in indicator.text(), timeout=30_000)
    assert indicator.text().startswith("Calendar: 1 waiting")
    qtbot.waitUntil(lambda: indicator.width() >= indicator.sizeHint().width())  # laid out in full
    shot(shell.window, "main-window-calendar-offline")
    page = calendar_page(qtbot, shell)
    assert "Waiting to be sent: 1" in page.state.text() and "can't be reached" in page.state.text()
    radicale.start()
    page.sync_button.click()
    qtbot.waitUntil(lambda: indicator.text().startswith("Calendar: synced"), timeout=30_000)
    assert len(radicale.events()) == 1
