"""The Catalogues settings page (key test against replayed TMDB answers, save and forget with the real Secret
Service, the no-keyring path) and the import wizard on a real IMDb export."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cliffhanger import paths, secrets
from cliffhanger.logsetup import configure_logging
from support.catalogues import TMDB_KEY
from support.replay import FIXTURES, ReplayServer, Reply

IMDB_2024 = FIXTURES / "imports" / "imdb_watchlist_export_2024format.sample.csv"


def shot(widget, name: str) -> None:
    folder = os.environ.get("CLIFFHANGER_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


@pytest.fixture
def tmdb(monkeypatch):
    with ReplayServer() as server:
        monkeypatch.setenv("CLIFFHANGER_TMDB_URL", f"{server.url}/3")
        yield server


@pytest.fixture
def fresh_secrets(monkeypatch):
    """The process-wide store, with its session-only memory reset for this test only."""
    store = secrets.default_store()
    monkeypatch.setattr(store, "session_only", False)
    monkeypatch.setattr(store, "_session", {})
    return store


def page_of(qtbot, shell):  # type: ignore[no-untyped-def]
    page = shell.catalogues.settings_page()
    qtbot.addWidget(page)
    page.resize(520, 560)
    page.show()
    return page


def test_the_settings_dialog_has_a_catalogues_page(make_shell):
    shell = make_shell()
    pages = shell.settings_dialog.pages
    assert "Catalogues" in [pages.item(i).text() for i in range(pages.count())]


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply.file("tmdb/error_401_invalid_api_key.json", status=401), "Invalid API key"),
        (Reply.file("tmdb/tv_1399_details.json"), "Key works"),
    ],
)
def test_testing_a_key_shows_tmdbs_own_answer(qtbot, tmdb, make_shell, fresh_secrets, reply, said):
    tmdb.add("/3/configuration", reply)
    page = page_of(qtbot, make_shell())
    keys = page.sections["tmdb"]
    qtbot.keyClicks(keys.key, TMDB_KEY)
    qtbot.mouseClick(keys.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said in keys.message.text(), timeout=10_000)
    assert tmdb.calls("/3/configuration")[0].query["api_key"] == [TMDB_KEY]
    assert TMDB_KEY not in keys.message.text()
    shot(page, f"settings-catalogues-{'ok' if said == 'Key works' else 'refused'}")


def test_save_and_forget_go_through_the_real_keyring(qtbot, keyring_env, tmdb, make_shell, fresh_secrets):
    shell = make_shell()
    service = shell.catalogues.service
    page = page_of(qtbot, shell)
    keys = page.sections["tmdb"]
    qtbot.waitUntil(lambda: keys.stored.text() == "No TMDB key is kept.", timeout=10_000)
    assert keys.no_keyring.isHidden()
    qtbot.keyClicks(keys.key, TMDB_KEY)
    qtbot.mouseClick(keys.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tmdb" in service.providers, timeout=10_000)  # rebuilt (maybe more than once)
    assert fresh_secrets.get("tmdb") == TMDB_KEY and not fresh_secrets.session_only
    assert set(service.providers) == {"tvmaze", "tmdb", "anilist"} and keys.key.text() == ""
    qtbot.waitUntil(lambda: "in the system keyring" in keys.stored.text(), timeout=10_000)
    qtbot.mouseClick(keys.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tmdb" not in service.providers, timeout=10_000)
    assert fresh_secrets.get("tmdb") is None and set(service.providers) == {"tvmaze", "anilist"}


def test_without_a_keyring_the_page_says_so_and_offers_the_session(qtbot, make_shell, fresh_secrets):
    shell = make_shell()  # the null keyring backend: nothing can be stored
    page = page_of(qtbot, shell)
    keys = page.sections["tmdb"]
    qtbot.waitUntil(lambda: not keys.no_keyring.isHidden(), timeout=10_000)
    assert keys.no_keyring.text() == fresh_secrets.unusable_reason
    qtbot.keyClicks(keys.key, TMDB_KEY)
    assert not keys.save_button.isEnabled() and not keys.session_button.isHidden()
    shot(page, "settings-catalogues-no-keyring")
    qtbot.mouseClick(keys.session_button, Qt.MouseButton.LeftButton)
    assert keys.save_button.isEnabled()
    qtbot.mouseClick(keys.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tmdb" in shell.catalogues.service.providers, timeout=10_000)
    assert "for this session only" in keys.message.text()
    assert fresh_secrets.get("tmdb") == TMDB_KEY and "tmdb" in shell.catalogues.service.providers


def test_the_key_is_never_written_to_the_log_settings_or_database(
    qtbot, tmdb, make_shell, fresh_secrets, watchlist
):
    configure_logging()
    tmdb.add("/3/configuration", Reply.file("tmdb/error_401_invalid_api_key.json", status=401))
    tmdb.add("/3/search/tv", Reply.file("tmdb/error_401_invalid_api_key.json", status=401))
    tmdb.add("/3/search/movie", Reply.file("tmdb/error_401_invalid_api_key.json", status=401))
    try:
        shell = make_shell()
        page = page_of(qtbot, shell)
        keys = page.sections["tmdb"]
        qtbot.waitUntil(lambda: not keys.session_button.isHidden(), timeout=10_000)
        qtbot.mouseClick(keys.session_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(keys.key, TMDB_KEY)
        qtbot.mouseClick(keys.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Invalid API key" in keys.message.text(), timeout=10_000)
        qtbot.keyClicks(keys.key, "")
        with qtbot.waitSignal(shell.catalogues.service.providers_changed, timeout=10_000):
            qtbot.mouseClick(keys.save_button, Qt.MouseButton.LeftButton)
        search = shell.window.title_actions.open_add_dialog().catalogue.search
        with qtbot.waitSignal(search.searched, timeout=10_000):
            search.search_now("game of thrones")
        assert "TMDB refused the key" in search.message.text()
        page.interval.setValue(3)
    finally:
        for handler in [h for h in logging.getLogger().handlers if getattr(h, "_cliffhanger", False)]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    home = paths.data_dir()
    written = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "cliffhanger.log" for p in written) and (home / "settings.json").is_file()
    assert any(p.suffix == ".sqlite3" for p in written)
    leaking = [p.name for p in written if TMDB_KEY.encode() in p.read_bytes()]
    assert leaking == []


def test_the_import_wizard_previews_then_imports_an_imdb_export(qtbot, make_shell, watchlist):
    shell = make_shell()
    wizard = shell.catalogues.open_import_wizard()
    wizard.network.setChecked(False)
    wizard.path.setText(str(IMDB_2024))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=10_000)
    rows = wizard.model.rows()
    added = [r for r in rows if r[0] == "add"]
    assert added and all(r[1].startswith("line ") for r in rows)
    assert watchlist.titles() == []  # a preview writes nothing
    assert wizard.summary.text().startswith("IMDb list or watchlist CSV: ")
    shot(wizard, "import-wizard-preview")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=10_000)
    assert len(watchlist.titles()) == len(added)
    qtbot.waitUntil(lambda: shell.model.rowCount() == len(added), timeout=10_000)
    shot(wizard, "import-wizard-done")
    assert not load_settings_allow_network()


def load_settings_allow_network() -> bool:
    from cliffhanger.settings import load_settings

    return load_settings().allow_network


def test_an_unknown_file_is_a_clear_error_naming_the_formats(qtbot, make_shell, tmp_path: Path):
    odd = tmp_path / "odd.csv"
    odd.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    wizard = make_shell().catalogues.open_import_wizard()
    wizard.path.setText(str(odd))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Supported formats" in wizard.problem.text(), timeout=10_000)
    assert wizard.pages.currentIndex() == 0 and wizard.next_button.isEnabled()
