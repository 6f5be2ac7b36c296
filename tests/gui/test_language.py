"""The German translation loaded into a real QApplication: words, plurals, dates and fuzzy windows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from cliffhanger import i18n as i18n_core
from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import ReleaseWindow, parse_window
from cliffhanger.gui import i18n, locale_text
from cliffhanger.gui.appearance_page import AppearancePage
from cliffhanger.i18n import translate
from cliffhanger.reminders import wording
from cliffhanger.settings import Settings, load_settings, save_settings


@pytest.fixture
def german(qapp: QApplication):
    assert i18n.install_language(qapp, "de") == "de"
    yield qapp
    i18n.remove_language(qapp)


def test_the_setting_or_the_desktop_picks_the_language():
    assert i18n.language_for("de", ["en-GB"]) == "de"
    assert i18n.language_for("en", ["de-DE"]) == "en"
    assert i18n.language_for("system", ["fr-FR", "de-AT", "en-US"]) == "de"
    assert i18n.language_for("system", ["fr-FR"]) == "en"
    assert i18n.language_for("klingon", ["de_DE"]) == "de"


def test_german_dates_windows_and_words(german):
    assert locale_text.day_text(date(2026, 2, 19)) == "19. Februar 2026"
    assert locale_text.window_text(parse_window("early 2027")) == "Anfang 2027"
    assert locale_text.window_text(parse_window("fall 2027")) == "Herbst 2027"
    assert locale_text.window_text(ReleaseWindow.month(2026, 12)) == "Dezember 2026"
    assert locale_text.word(Status.POST_PRODUCTION) == "Postproduktion"
    assert locale_text.word(Confidence.SPECULATED) == "Spekuliert"


def test_german_plurals(german):
    assert locale_text.days_text(1) == "morgen"
    assert locale_text.days_text(59) == "in 59 Tagen"
    assert translate("Dates", "in %n day(s)", None, 1) == "in 1 Tag"
    assert locale_text.days_text(-3) == "vor 3 Tagen"


def test_english_is_the_source_with_its_own_plurals(qapp: QApplication):
    i18n.remove_language(qapp)
    assert i18n.install_language(qapp, "en") == "en"
    assert locale_text.days_text(59) == "in 59 days"
    assert translate("Dates", "in %n day(s)", None, 1) == "in 1 day"
    assert locale_text.window_text(parse_window("early 2027")) == "early 2027"
    assert locale_text.word(Status.POST_PRODUCTION) == "Post-production"
    i18n.remove_language(qapp)


def test_the_appearance_page_speaks_german_and_saves_the_language(german, qtbot):
    page = AppearancePage(Settings(), save_settings)
    qtbot.addWidget(page)
    assert page.theme.itemText(page.theme.findData("dark")) == "Dunkel"
    assert page.language.itemText(page.language.findData("de")) == "Deutsch"
    assert page.language.itemText(page.language.findData("en")) == "English"
    assert not page.restart_note.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert load_settings().language == "en"
    assert page.restart_note.isVisibleTo(page)
    assert "nächsten Start" in page.restart_note.text()


def test_notifications_speak_german_with_german_dates(german):
    filming_wrapped = StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "TVmaze", Confidence.OFFICIAL)
    learnt = datetime(2026, 12, 2, 9, tzinfo=UTC)
    assert wording.status_news(filming_wrapped, Status.FILMING, learnt, back=False) == (
        "in der Postproduktion seit 19. Februar 2026 (TVmaze), zuvor in Dreharbeiten"
    )
    official = Estimate(ReleaseWindow.on(date(2027, 1, 29)), Confidence.OFFICIAL, "Netflix")
    guess = Estimate(parse_window("early 2027"), Confidence.SPECULATED)
    assert wording.date_news(official, guess) == (
        "offizieller Termin 29. Januar 2027 (Netflix), zuvor Anfang 2027 (spekuliert)"
    )
    assert wording.before_release(official, 3) == "erscheint in 3 Tagen, 29. Januar 2027 (offiziell, Netflix)"
    title = Title(name="All of Us Are Dead", kind=Kind.SERIES)
    assert wording.heading(title, 2) == "All of Us Are Dead, Staffel 2"


def test_notifications_stay_english_on_the_command_line():
    i18n_core.install_backend(None)
    i18n_core.install_formats(None)
    official = Estimate(ReleaseWindow.on(date(2027, 1, 29)), Confidence.OFFICIAL, "Netflix")
    guess = Estimate(parse_window("early 2027"), Confidence.SPECULATED)
    assert wording.date_news(official, guess) == (
        "official date 29 January 2027 (Netflix), was early 2027 (speculated)"
    )
    assert wording.days_words(5) == "in 5 days"


def test_what_the_german_app_writes_it_reads_back(german):
    texts = ("early 2027", "mid 2027", "late 2026", "spring 2027", "fall 2027", "winter 2026",
             "first half of 2027", "second half of 2027", "Q3 2027", "2027", "March 2027", "May 2027",
             "December 2026", "2026-02-19", "2027-03-01")  # fmt: skip
    for window in map(parse_window, texts):
        assert parse_window(locale_text.window_text(window)) == window, locale_text.window_text(window)
