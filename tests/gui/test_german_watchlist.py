"""The watchlist, its detail pane, the Upcoming timeline and the date field in German: the words, the dates
and the windows come from the translation, and the menus are still found by their English names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from gui_helpers import film, seeded_title
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.gui import i18n
from cliffhanger.gui.claim_menu import claim_menu
from cliffhanger.gui.detail_pane import DetailPane
from cliffhanger.gui.models.watchlist_model import Column, WatchlistModel
from cliffhanger.gui.upcoming_view import entries
from cliffhanger.gui.widgets.date_field import DateField

TODAY = date(2026, 11, 23)


@pytest.fixture
def german(qapp: QApplication):
    assert i18n.install_language(qapp, "de") == "de"
    yield qapp
    i18n.remove_language(qapp)


def numbered(*titles: Title) -> list[Title]:
    return [t.__class__(**{**vars(t), "id": n}) for n, t in enumerate(titles, start=1)]


def test_the_table_speaks_german(german):
    model = WatchlistModel(today=lambda: TODAY)
    model.set_titles(
        numbered(
            seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, window="December 2026"),
            film("Dune: Part Three", Status.SCHEDULED),
        )
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Titel", "Staffel", "Status", "Erwartet", "Mein Stand"]
    series, dune = model.row_of(1), model.row_of(2)
    assert model.index(series, Column.SEASON).data() == "Staffel 1"
    assert model.index(series, Column.STATUS).data() == "Postproduktion"
    assert model.index(series, Column.EXPECTED).data() == "Dezember 2026 · berichtet"
    tip = model.index(series, Column.EXPECTED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Beste Schätzung: Dezember 2026 (berichtet)"
    assert model.index(dune, Column.SEASON).data() == "Film"
    assert model.index(dune, Column.WATCH).data() == "Geplant"


def test_the_detail_pane_speaks_german(german, qtbot):
    doubted = ReleaseClaim(
        parse_window("December 2026"), Confidence.REPORTED, "press", datetime(2026, 3, 2, tzinfo=UTC),
        standing=Standing.DOUBTFUL, reason="not in the line-up",
    )  # fmt: skip
    history = (StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "wrap party", Confidence.OFFICIAL),)
    season = Season(2, history=history, claims=(doubted,))
    title = Title("All of Us Are Dead", network="Netflix", year=2022, seasons=(season,), id=1)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_title(None)
    assert pane.heading.text() == "Nichts ausgewählt"
    pane.show_title(title)
    assert pane.facts.text() == "Serie · 2022 · Netflix · Staffel 2 · Geplant"
    assert pane.timeline.timeline.lines() == [
        ("Postproduktion", "seit 19. Feb. 2026 · wrap party · offiziell")
    ]
    texts = [w.text() for w in pane.claims.findChildren(type(pane.heading))]
    assert "Dezember 2026" in texts
    assert "berichtet · zweifelhaft  ★ beste Schätzung" in texts  # the only claim is the best one
    assert "press · notiert am 2. März 2026\nZweifelhaft: not in the line-up" in texts
    menu = claim_menu(pane, doubted, lambda _standing: None, lambda *_: None)
    assert [a.text() for a in menu.actions()] == [
        "Als zweifelhaft markieren…",
        "Als widerlegt markieren…",
        "Zweifel aufheben",
    ]


def test_upcoming_windows_are_german(german):
    [entry] = entries(numbered(seeded_title("Severance", Status.FILMING, window="early 2027")), TODAY)
    assert entry.window_text == "Anfang 2027"


def test_the_date_field_shows_and_reads_german_days(german, qtbot):
    field = DateField(date(2026, 3, 4), today=lambda: TODAY)
    qtbot.addWidget(field)
    assert field.edit.text() == "4. März 2026"
    assert field.edit.placeholderText() == "2026-02-19, 19. Feb. 2026, gestern"
    typed_days = [
        ("19. Februar 2026", date(2026, 2, 19)),
        ("19. Feb. 2026", date(2026, 2, 19)),
        ("19.02.2026", date(2026, 2, 19)),
        ("gestern", date(2026, 11, 22)),
        ("19 February 2026", date(2026, 2, 19)),
    ]
    for typed, meant in typed_days:
        field.edit.clear()
        qtbot.keyClicks(field.edit, typed)
        assert (field.error, field.date().toPython()) == ("", meant)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "bald")
    assert "nicht lesbar" in field.error


def test_the_menus_are_german_and_still_found_by_their_english_names(german, make_shell):
    shell = make_shell()
    window = shell.window
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar[:4] == ["&Datei", "&Bearbeiten", "&Titel", "&Ansicht"] and bar[-1] == "&Hilfe"
    assert window.menu("&File").title() == "&Datei"
    assert window.views.tabText(0) == "Merkliste"
    assert window.watchlist.empty.heading.text() == "Ihre Merkliste ist leer"
