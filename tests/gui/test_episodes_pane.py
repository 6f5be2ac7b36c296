"""The episode list in the detail pane: a followed show's episodes, ticked as watched, through the real app.

The show is added from the loopback TVmaze server; ticks and buttons write to the real database file.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from cliffhanger.domain.vocabulary import WatchState
from cliffhanger.gui.models.episode_model import EPISODE_ROLE, EpisodeListModel
from cliffhanger.providers import build_providers
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.sync.catalogue import Catalogues
from support.replay import ReplayServer, Reply

HARBOR = "tvmaze/shows_90002_harbor-lights_embed-seasons-cast-nextepisode-episodes.handmade.json"
AOUAD = (
    "tvmaze/shows_90001_all-of-us-are-dead_s2-episodes_embed-seasons-cast-nextepisode-episodes.handmade.json"
)


@pytest.fixture
def followed(monkeypatch, watchlist):
    with ReplayServer() as server:
        monkeypatch.setenv("CLIFFHANGER_TVMAZE_URL", server.url)
        server.add("/shows/90001", Reply.file(AOUAD))
        server.add("/shows/90002", Reply.file(HARBOR))
        catalogues = Catalogues(CatalogueStore(watchlist), build_providers())
        yield [catalogues.add(ref) for ref in ("tvmaze:90001", "tvmaze:90002")]


def shot(widget, name: str) -> None:
    folder = os.environ.get("CLIFFHANGER_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def season_cell(shell, name: str) -> str:
    proxy = shell.window.watchlist.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name]
    return proxy.index(rows[0], 1).data() if rows else ""


def test_the_episode_model_passes_qtmodeltester(qtmodeltester, followed, watchlist):
    model = EpisodeListModel()
    model.set_episodes(watchlist.title(followed[1].id).season(1).episodes)
    qtmodeltester.check(model, force_py=True)
    assert model.index(2, 0).data(EPISODE_ROLE).number == 3


def test_ticks_and_buttons_write_watched_marks_and_the_state_follows(qtbot, followed, shell, watchlist):
    aouad = followed[0]
    assert shell.window.watchlist.select_title(aouad.id)
    section = shell.window.episodes
    qtbot.waitUntil(lambda: section.model.rowCount() == 8)  # the latest season is shown first
    assert section.summary.text().startswith("8 episodes · all at once · 0 watched · next: 1 on 15 Jan 2027")
    shot(shell.window.detail, "detail-episodes")
    shell.window.detail.seasons.setCurrentIndex(0)
    qtbot.waitUntil(lambda: section.model.rowCount() == 12)
    section.season_on.click()
    qtbot.waitUntil(lambda: all(e.watched for e in watchlist.title(aouad.id).season(1).episodes))
    qtbot.waitUntil(lambda: section.summary.text().startswith("12 episodes · all at once · 12 watched"))
    assert watchlist.title(aouad.id).watch is WatchState.WAITING  # all that aired is seen
    qtbot.waitUntil(lambda: season_cell(shell, "All of Us Are Dead") == "Season 2 · 0/8")
    shell.window.detail.seasons.setCurrentIndex(1)
    qtbot.waitUntil(lambda: section.model.rowCount() == 8)
    section.model.setData(
        section.model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: watchlist.title(aouad.id).season(2).episode(2).watched)
    section.view.setCurrentIndex(section.model.index(3, 0))
    section.up_to.click()
    qtbot.waitUntil(
        lambda: [e.watched for e in watchlist.title(aouad.id).season(2).episodes] == [True] * 4 + [False] * 4
    )
    qtbot.waitUntil(
        lambda: section.model.index(3, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    shot(shell.window.detail, "detail-episodes-watched")
    shot(shell.window.detail.widget(), "detail-whole-body")
    section.season_off.click()
    qtbot.waitUntil(lambda: not any(e.watched for e in watchlist.title(aouad.id).season(2).episodes))
    assert season_cell(shell, "Harbor Lights") == "Season 1 · 0/6"
    assert all(e.watched for e in watchlist.title(aouad.id).season(1).episodes)


def test_a_title_without_episodes_says_so(qtbot, shell, watchlist):
    from gui_helpers import seeded_title

    from cliffhanger.domain.vocabulary import Status

    title = watchlist.add(seeded_title("Severance", Status.FILMING, network="Apple TV+"))
    shell.window.controller.reload()
    qtbot.waitUntil(lambda: shell.window.watchlist.select_title(title.id))
    section = shell.window.episodes
    qtbot.waitUntil(lambda: "No episodes listed yet" in section.summary.text())
    assert section.view.isHidden() and section.up_to.isHidden()


def test_the_upcoming_tab_shows_the_next_episode_of_an_airing_season(qtbot, followed, watchlist, make_shell):
    from datetime import date

    from cliffhanger.domain.models import StatusChange
    from cliffhanger.domain.vocabulary import Status

    harbor = followed[1]
    watchlist.record_status(harbor.id, 1, StatusChange(Status.AIRING, date.today(), "by hand"))
    shell = make_shell()
    shell.window.views.setCurrentWidget(shell.upcoming)
    timeline = shell.upcoming.timeline
    qtbot.waitUntil(lambda: any(e.label == "Harbor Lights S01E01" for e in timeline.items), timeout=10_000)
    labels = [e.label for e in timeline.items]
    assert "All of Us Are Dead S2" in labels and not any(
        label.startswith("All of Us Are Dead S02E") for label in labels
    )
    shot(shell.upcoming, "upcoming-episodes")
