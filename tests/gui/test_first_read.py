"""The list is shown from a plain sqlite3 read before the watchlist (and its ORM) is opened, when the file
needs nothing done first; otherwise the full open reads it, as before."""

from __future__ import annotations

from gui_helpers import close

from cliffhanger import paths, services
from cliffhanger.app import Cliffhanger
from cliffhanger.domain.models import Title
from cliffhanger.gui import theme
from cliffhanger.gui.controller import WatchlistController
from cliffhanger.gui.models.watchlist_model import WatchlistModel
from cliffhanger.gui.single_instance import InstanceServer, server_name
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.tasks import TaskRunner


def _start(qapp, qtbot) -> tuple[Cliffhanger, list[tuple[int, bool]]]:
    theme.apply_theme(qapp)
    shell = Cliffhanger(qapp, InstanceServer(server_name(paths.data_dir())))
    qapp.aboutToQuit.disconnect(shell.shutdown)
    seen: list[tuple[int, bool]] = []  # (rows in the table, watchlist open) when the titles were shown
    shell.controller.shown.connect(
        lambda: seen.append((shell.model.rowCount(), shell.controller.store is not None))
    )
    with qtbot.waitSignal(shell.controller.ready, timeout=20_000):
        shell.start(minimized=False)
    qtbot.waitUntil(lambda: shell.reminders is not None, timeout=20_000)  # built just after the titles
    return shell, seen


def test_a_current_file_shows_its_titles_before_the_watchlist_is_open(qapp, qtbot):
    made = Watchlist.open(paths.database_path(), backups=paths.backups_dir())
    for name in ("Harbor Lights", "Golden River", "Night Shift"):
        made.add(Title(name))
    made.close()
    shell, seen = _start(qapp, qtbot)
    try:
        assert seen == [(3, False)]
        assert shell.controller.store is not None and shell.model.rowCount() == 3
        assert [shell.model.row_at(n).title.name for n in range(3)] == [
            "Golden River",
            "Harbor Lights",
            "Night Shift",
        ]
    finally:
        close(shell)


def test_a_new_file_is_opened_first_and_then_shown(qapp, qtbot):
    assert not paths.database_path().exists()
    shell, seen = _start(qapp, qtbot)
    try:
        assert seen == [(0, True)]
    finally:
        close(shell)


def test_a_write_elsewhere_while_opening_is_read_again_once_open(qapp, qtbot, watchlist):
    watchlist.add(Title("Harbor Lights"))
    stamp = paths.change_stamp_path()
    tasks = TaskRunner()
    controller = WatchlistController(tasks, WatchlistModel(), stamp=stamp)

    def opener() -> Watchlist:  # another process adds a title and moves the stamp after the first read
        watchlist.add(Title("Golden River"))
        stamp.touch()
        return watchlist

    with qtbot.waitSignal(controller.reloaded, timeout=20_000) as reloaded:
        controller.open(opener, services.plain_lines)
    assert reloaded.args == [2] and controller.model.rowCount() == 2
    tasks.shutdown()
