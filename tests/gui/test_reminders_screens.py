"""The reminder screens offscreen: the detail section, the Reminders tab and the Settings page write what the
user chose into the real database and settings file, and show what the database holds."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, Qt

from cliffhanger import paths
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import DEFAULT_ALERT_KINDS, AlertKind, ReminderRule, RuleKind
from cliffhanger.domain.vocabulary import WatchState
from cliffhanger.gui.reminders_data import ReminderData
from cliffhanger.gui.reminders_section import KEY, RemindersSection
from cliffhanger.gui.reminders_settings import RemindersPage
from cliffhanger.gui.reminders_view import RemindersView
from cliffhanger.gui.settings_dialog import SettingsDialog
from cliffhanger.notify.base import FallbackNotifier, LogNotifier
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.settings import load_settings, save_settings
from cliffhanger.storage import reminders_repo
from cliffhanger.tasks import TaskRunner

ZONE = "Europe/Berlin"


@pytest.fixture
def book(watchlist) -> ReminderBook:
    return ReminderBook(watchlist.db, zone=ZONE)


@pytest.fixture
def data(book, qtbot):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield ReminderData(book, tasks, Preferences)
    tasks.shutdown()


def settle(qtbot, data: ReminderData) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not data.tasks.busy, timeout=10_000)


def deliver_past(watchlist, book: ReminderBook, title_id: int, notes: list[str]) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    for n, note in enumerate(notes):
        at = (now - timedelta(minutes=10 + n)).astimezone(ZoneInfo(ZONE))
        rule = ReminderRule(title_id, RuleKind.AT, ZONE, at=at.replace(tzinfo=None, microsecond=0), note=note)
        book.add_rule(rule, now - timedelta(days=1))
    run_pass(watchlist.db, FallbackNotifier([LogNotifier()]), now=now, prefs=Preferences())


@pytest.fixture
def section(data, watchlist, qtbot):  # type: ignore[no-untyped-def]
    title = watchlist.add(Title("Severance", watch=WatchState.WAITING, seasons=(Season(number=2),)))
    widget = RemindersSection(data, lambda: time(8, 30))
    qtbot.addWidget(widget)
    widget.show_title(title, 2)
    qtbot.waitUntil(lambda: widget.snapshot is not None, timeout=10_000)
    return widget


def test_the_section_adds_and_removes_a_reminder_at_a_local_time(section, book, data, qtbot):
    title_id = section.title.id
    section.at_form.when.setDateTime(QDateTime(datetime(2031, 3, 30, 2, 30)))  # the hour Berlin skips
    section.at_form.add.click()
    qtbot.waitUntil(lambda: len(book.rules(title_id)) == 1, timeout=10_000)
    [rule] = book.rules(title_id)
    assert (rule.kind, rule.at, rule.zone, rule.season) == (
        RuleKind.AT,
        datetime(2031, 3, 30, 2, 30),
        ZONE,
        2,
    )
    qtbot.waitUntil(lambda: section.rules.count() == 1 and section.rules.item(0).data(KEY) == rule.id)
    assert "30 Mar 2031, 02:30" in section.rules.item(0).text()
    qtbot.waitUntil(lambda: "03:30" in section.upcoming.item(0).text())  # planned after the DST gap
    section.rules.setCurrentRow(0)
    section.remove.click()
    qtbot.waitUntil(lambda: book.rules(title_id) == [], timeout=10_000)
    qtbot.waitUntil(lambda: section.rules.item(0).text() == "No reminders set")


def test_the_section_adds_a_release_reminder_with_its_options(section, book, qtbot):
    form = section.release_form
    assert form.at_time.time().toString("HH:mm") == "08:30"  # the default reminder time
    form.days.setValue(7)
    form.on_day.setChecked(True)
    form.window_start.setChecked(True)
    form.add.click()
    qtbot.waitUntil(lambda: len(book.rules(section.title.id)) == 1, timeout=10_000)
    [rule] = book.rules(section.title.id)
    assert (rule.kind, rule.days_before, rule.on_day, rule.at_time, rule.fire_on_window_start) == (
        RuleKind.RELEASE, 7, True, time(8, 30), True,
    )  # fmt: skip
    form.before.setChecked(False)
    form.on_day.setChecked(False)
    assert not form.add.isEnabled()  # a release reminder needs one of the two


def test_status_alerts_switch_and_choose_kinds(section, book, qtbot):
    title_id = section.title.id
    assert section.alerts.isChecked()  # on by default for a title being waited for
    section.kinds[AlertKind.CLAIM].click()
    qtbot.waitUntil(lambda: book.alerts(title_id).kinds == DEFAULT_ALERT_KINDS - {AlertKind.CLAIM})
    section.alerts.click()
    qtbot.waitUntil(lambda: not book.alerts(title_id).enabled, timeout=10_000)
    settle(qtbot, section.data)
    assert not section.alerts.isChecked() and not section.kinds[AlertKind.STATUS].isEnabled()


def test_snoozing_a_delivered_reminder_from_the_section(section, book, watchlist, data, qtbot):
    deliver_past(watchlist, book, section.title.id, ["rewatch season 1"])
    data.changed.emit()
    qtbot.waitUntil(lambda: section.delivered.item(0).data(KEY) is not None, timeout=10_000)
    assert "rewatch season 1" in section.delivered.item(0).text()
    section.delivered.setCurrentRow(0)
    section.snooze.menu().actions()[1].trigger()  # tomorrow morning
    qtbot.waitUntil(lambda: section.status.text().startswith("Snoozed until"), timeout=10_000)
    with watchlist.db.transaction() as session:
        [snooze] = reminders_repo.snoozes(session=session)
    assert snooze.key == section.delivered.item(0).data(KEY)
    local = snooze.until.astimezone(ZoneInfo(ZONE))
    assert local.time() == time(9) and local.date() > datetime.now(UTC).astimezone(local.tzinfo).date()


def test_the_view_lists_upcoming_and_opens_digests(watchlist, book, data, qtbot):
    title = watchlist.add(Title("Andor"))
    deliver_past(watchlist, book, title.id, [f"note {n}" for n in range(5)])
    later = (datetime.now() + timedelta(days=3)).replace(microsecond=0)
    book.add_rule(ReminderRule(title.id, RuleKind.AT, ZONE, at=later, note="trailer day"))
    view = RemindersView(data)
    qtbot.addWidget(view)
    view.show()  # shown: it loads, and follows changes
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    assert [view.upcoming.topLevelItem(0).text(n) for n in (1, 2)] == ["Andor", "trailer day"]
    [digest] = [view.delivered.topLevelItem(n) for n in range(view.delivered.topLevelItemCount())]
    assert digest.text(2) == "While you were away: 5 reminders" and digest.isExpanded()
    assert sorted(digest.child(n).text(2) for n in range(5)) == [f"note {n}" for n in range(5)]
    chosen = digest.child(2).data(0, KEY)
    view.delivered.setCurrentItem(digest.child(2))
    assert view.snooze.isEnabled()
    view.snooze.menu().actions()[0].trigger()  # an hour
    qtbot.waitUntil(lambda: view.status.text().startswith("Snoozed"), timeout=10_000)
    with watchlist.db.transaction() as session:
        assert [s.key for s in reminders_repo.snoozes(session=session)] == [chosen]
    qtbot.waitUntil(lambda: view.upcoming.topLevelItemCount() == 2, timeout=10_000)  # the snooze is planned


def test_a_hidden_view_loads_nothing_until_it_is_shown(watchlist, book, data, qtbot):
    title = watchlist.add(Title("Andor"))
    later = (datetime.now() + timedelta(days=3)).replace(microsecond=0)
    view = RemindersView(data)
    qtbot.addWidget(view)
    book.add_rule(ReminderRule(title.id, RuleKind.AT, ZONE, at=later, note="trailer day"))
    data.changed.emit()
    assert not data.tasks.busy and view.overview is None  # nothing was asked for
    view.show()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    assert view.upcoming.topLevelItem(0).text(2) == "trailer day"


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    widget = RemindersPage(load_settings(), save_settings)
    dialog.add_page("Reminders", widget)
    yield widget
    dialog.close()


def stored() -> dict:
    return json.loads(paths.settings_path().read_text(encoding="utf-8"))


def test_the_page_reorders_and_switches_notifiers(page):
    page.notifiers.setCurrentRow(2)  # tray
    page.move_current(-1)
    page.move_current(-1)
    assert stored()["notifiers"] == ["tray", "freedesktop", "plyer", "log"]
    page.notifiers.item(2).setCheckState(Qt.CheckState.Unchecked)  # plyer
    assert stored()["notifiers"] == ["tray", "freedesktop", "log"]


def test_the_page_keeps_quiet_hours_and_the_default_time(page):
    page.quiet.setChecked(True)
    page.quiet_start.setTime(page.quiet_start.time().fromString("23:15", "HH:mm"))
    page.default_time.setTime(page.default_time.time().fromString("07:45", "HH:mm"))
    saved = stored()
    assert (saved["quiet_hours_start"], saved["quiet_hours_end"], saved["default_reminder_time"]) == (
        "23:15", "08:00", "07:45",
    )  # fmt: skip
    page.quiet.setChecked(False)
    assert (stored()["quiet_hours_start"], stored()["quiet_hours_end"]) == ("", "")


def test_the_automatic_alerts_switch_off_for_every_title_and_render(page, tmp_path):
    assert page.release_day.isChecked() and page.window_passed.isChecked()  # on by default
    page.release_day.setChecked(False)
    page.window_passed.setChecked(False)
    saved = stored()
    assert (saved["release_day_alerts"], saved["window_passed_alerts"]) == (False, False)
    from cliffhanger.reminders.delivery import Preferences

    prefs = Preferences.from_settings(load_settings(), "Europe/Berlin")
    assert prefs.auto is not None and not prefs.auto.release_day and not prefs.auto.window_passed
    page.window().resize(760, 640)
    page.window().show()
    page.window().grab().save(str(tmp_path / "reminders-page.png"))


def test_start_at_login_writes_and_removes_the_autostart_entry(page, tmp_path):
    entry = tmp_path / "config" / "autostart" / "cliffhanger.desktop"
    page.autostart.setChecked(True)
    assert "--minimized" in entry.read_text() and stored()["autostart"] is True
    page.autostart.setChecked(False)
    assert not entry.exists() and stored()["autostart"] is False
    assert os.environ["XDG_CONFIG_HOME"] == str(tmp_path / "config")


def test_pause_is_saved_and_announced(page, qtbot):
    with qtbot.waitSignal(page.pause_toggled) as paused:
        page.paused.setChecked(True)
    assert paused.args == [True] and stored()["reminders_paused"] is True
    page.set_paused(False)  # from the tray: shown, not announced back
    assert not page.paused.isChecked()


def test_the_app_has_the_reminder_screens_and_the_tray_pause_holds_delivery(shell, qtbot):
    assert "Reminders" in [shell.window.views.tabText(n) for n in range(shell.window.views.count())]
    assert shell.reminders is not None and shell.reminder_data is not None
    shell.tray.pause_action.trigger()
    assert load_settings().reminders_paused and shell.reminders_page.paused.isChecked()
    qtbot.waitUntil(lambda: not shell.reminders.busy, timeout=10_000)
    assert shell.reminders.next_wake is None  # paused: nothing planned
    assert Path(paths.settings_path()).exists()
