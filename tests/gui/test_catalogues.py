"""Catalogue screens in the running app against a real loopback server replaying TVmaze and TMDB answers:
search as you type and add, stale answers dropped, offline search, refresh with progress and cancel."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from cliffhanger.domain.vocabulary import Status
from cliffhanger.providers import ProviderRef, build_providers
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.sync.catalogue import Catalogues
from support.replay import ReplayServer, Reply

SEARCH = "tvmaze/search_shows_q-all-of-us-are-dead.handmade.json"
AOUAD = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
AOUAD_DATED = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"
SHOW_13 = "tvmaze/shows_13_embed-seasons.2020.json"
LATER = 4_102_444_800  # 2100: every linked show counts as changed in the feed


@pytest.fixture
def tvmaze(monkeypatch):
    with ReplayServer() as server:
        monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", server.url)
        yield server


def shot(widget, name: str) -> None:
    """Save a picture of `widget` when CLIFFHANGER_SHOTS names a folder (to look at the screens)."""
    folder = os.environ.get("CLIFFHANGER_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def seed_links(watchlist, *ids: int) -> None:
    catalogues = Catalogues(CatalogueStore(watchlist), build_providers())
    for show in ids:
        catalogues.add(ProviderRef("tvmaze", show))
    for provider in catalogues.providers.values():
        provider.close()


def test_search_as_you_type_then_add_brings_the_whole_show(qtbot, tvmaze, make_shell, watchlist):
    tvmaze.add("/search/shows", Reply.file(SEARCH))
    tvmaze.add("/shows/90001", Reply.file(AOUAD))
    shell = make_shell()
    dialog = shell.window.title_actions.open_add_dialog()
    panel = dialog.catalogue
    qtbot.keyClicks(panel.search.query, "all of us are dead")
    qtbot.waitUntil(lambda: panel.search.model.rowCount() > 0, timeout=10_000)
    # typed faster than the pause: one query went out, the last one
    assert [c.query["q"] for c in tvmaze.calls("/search/shows")] == [["all of us are dead"]]
    first = panel.search.model.hit(0)
    assert (first.name, first.network, first.year) == ("All of Us Are Dead", "Netflix", 2022)
    panel.search.results.setCurrentIndex(panel.search.model.index(0))
    assert not panel.add_button.isHidden() and dialog.save_button.isHidden()
    assert panel.add_button.text() == "Add from TVmaze"
    shot(dialog, "add-dialog-search")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.model.rowCount() == 1, timeout=10_000)
    title = watchlist.find("all of us are dead")
    assert title.ids.number("tvmaze") == 90001 and title.network == "Netflix"
    assert [s.number for s in title.seasons] == [1, 2]
    assert title.seasons[-1].history[-1].source == "TVmaze"
    assert ("Cho Yi-hyun", "Choi Nam-ra") in {(c.actor, c.character) for c in title.cast}
    assert shell.window.detail.title is not None and shell.window.detail.title.id == title.id
    section = shell.catalogues.section
    qtbot.waitUntil(lambda: "TVmaze says" in section.lines.text(), timeout=10_000)
    assert section.link_button.isHidden()
    shot(shell.window, "main-window-linked")


def test_a_newer_query_drops_the_answer_to_an_older_one(qtbot, tvmaze, make_shell):
    tvmaze.add("/search/shows", Reply.file(SEARCH))
    tvmaze.add("/search/shows", Reply.file("tvmaze/search_shows_q-a.2018.json", delay=1.0), query={"q": "a"})
    shell = make_shell()
    search = shell.window.title_actions.open_add_dialog().catalogue.search
    search.search_now("a")
    qtbot.waitUntil(lambda: len(tvmaze.calls("/search/shows")) == 1, timeout=5_000)
    with qtbot.waitSignal(search.searched, timeout=10_000):
        search.search_now("all of us are dead")
    qtbot.waitUntil(lambda: not shell.catalogues.service.tasks.busy, timeout=10_000)  # the old answer is in
    assert [h.name for h in search.model.hits()] == ["All of Us Are Dead"]


def test_searching_offline_says_so_calmly(qtbot, make_shell):
    shell = make_shell()  # the catalogue address reaches nothing
    dialog = shell.window.title_actions.open_add_dialog()
    search = dialog.catalogue.search
    with qtbot.waitSignal(search.searched, timeout=10_000):
        search.search_now("kingdom")
    assert search.message.text().splitlines() == [
        "TVmaze can't be reached — offline?",
        "AniList can't be reached — offline?",
    ], "each keyless catalogue is asked, and each says so"
    assert search.model.rowCount() == 0 and not dialog.save_button.isHidden()
    shot(dialog, "add-dialog-offline")


def test_refresh_shows_progress_and_stops_when_cancelled(qtbot, tvmaze, make_shell, watchlist):
    tvmaze.add("/shows/90001", [Reply.file(AOUAD), Reply.file(AOUAD_DATED, delay=1.0)])
    tvmaze.add("/shows/13", [Reply.file(SHOW_13), Reply.file(SHOW_13, delay=1.0)])
    tvmaze.add("/updates/shows", Reply.json({"90001": LATER, "13": LATER}))
    seed_links(watchlist, 90001, 13)
    shell = make_shell()
    refresh = shell.catalogues.refresh
    qtbot.waitUntil(lambda: shell.catalogues.tray_refresh_action.isEnabled(), timeout=10_000)
    shell.catalogues.tray_refresh_action.trigger()
    indicator = refresh.indicator
    qtbot.waitUntil(lambda: indicator.label.text() == "Refreshing 1 of 2…", timeout=10_000)
    assert not indicator.bar.isHidden() and indicator.bar.maximum() == 2
    shot(shell.window.statusBar(), "status-refreshing")
    with qtbot.waitSignal(refresh.finished, timeout=10_000) as finished:
        qtbot.mouseClick(indicator.cancel, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report.cancelled and report.fetched == 1
    qtbot.waitUntil(lambda: indicator.label.text() == "Refresh cancelled", timeout=10_000)
    assert indicator.bar.isHidden() and indicator.cancel.isHidden()


def test_a_finished_refresh_brings_the_new_date_into_the_window(qtbot, tvmaze, make_shell, watchlist):
    tvmaze.add("/shows/90001", [Reply.file(AOUAD), Reply.file(AOUAD_DATED)])
    tvmaze.add("/updates/shows", Reply.json({"90001": LATER}))
    seed_links(watchlist, 90001)
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.catalogues.refresh.action.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(shell.catalogues.refresh.finished, timeout=10_000) as finished:
        shell.catalogues.refresh.action.trigger()
    assert finished.args[0].changed == ["All of Us Are Dead"]
    title_id = watchlist.find("all of us are dead").id

    def scheduled() -> bool:  # the table's own row, which follows the reload
        position = shell.model.row_of(title_id)
        return position >= 0 and shell.model.row_at(position).status is Status.SCHEDULED

    qtbot.waitUntil(scheduled, timeout=10_000)
    assert shell.model.title(title_id).season(2).status is Status.SCHEDULED
    label = shell.catalogues.refresh.indicator.label
    qtbot.waitUntil(lambda: label.text().endswith("1 changed"), timeout=10_000)


def test_refresh_offline_is_a_calm_status(qtbot, tvmaze, make_shell, watchlist, monkeypatch):
    tvmaze.add("/shows/90001", Reply.file(AOUAD))
    seed_links(watchlist, 90001)
    monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", "http://127.0.0.1:9")
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.catalogues.refresh.action.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(shell.catalogues.refresh.finished, timeout=10_000) as finished:
        shell.catalogues.refresh.action.trigger()
    assert finished.args[0].offline
    label = shell.catalogues.refresh.indicator.label
    qtbot.waitUntil(lambda: label.text() == "Offline — last refreshed never", timeout=10_000)
    shot(shell.window, "main-window-offline")
