"""A watchlist that can't be opened shows a banner saying why, never an empty list in its place."""

from __future__ import annotations

import sqlite3

from gui_helpers import close

from cliffhanger import paths
from cliffhanger.app import Cliffhanger
from cliffhanger.gui import theme
from cliffhanger.gui.single_instance import InstanceServer, server_name
from cliffhanger.storage.watchlist import Watchlist


def test_a_database_from_a_newer_version_shows_a_banner_and_no_list(qapp, qtbot, tmp_path):
    made = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    made.close()
    with sqlite3.connect(paths.database_path()) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    theme.apply_theme(qapp)
    shell = Cliffhanger(qapp, InstanceServer(server_name(paths.data_dir())))
    qapp.aboutToQuit.disconnect(shell.shutdown)
    try:
        with qtbot.waitSignal(shell.controller.unavailable, timeout=20_000):
            shell.start(minimized=False)
        qtbot.waitExposed(shell.window)
        banner = shell.window.banner
        assert banner.isVisible() and not shell.window.views.isVisible()
        assert "made by a newer Cliffhanger (revision 9999_future" in banner.text()
        assert not shell.window.title_actions.add.isEnabled()
        shell.window.grab().save(str(tmp_path.parent / "unavailable.png"))
    finally:
        close(shell)
    assert list(paths.backups_dir().iterdir()) == []  # no copy of a database that will not be migrated
