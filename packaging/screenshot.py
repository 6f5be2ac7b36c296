"""Render the main window, showing the README's worked example, to resources/screenshots/main-window.png,
or every screen of the app in both themes at 1024x600 and 1920x1080.

Runs offscreen on a screen of the size asked for, with a throw-away data directory; the titles are entered
through the watchlist like any user's, and every dialog is opened the way the user opens it.
Usage:  python packaging/screenshot.py [OUTPUT.png]
        python packaging/screenshot.py --all FOLDER           (both sizes and languages, one process each)
        python packaging/screenshot.py --all FOLDER --size 1024x600 --language de
        python packaging/screenshot.py --check --size 1024x600   (what does not fit, as JSON)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

HOME = tempfile.mkdtemp(prefix="cliffhanger-screenshot-")
os.environ["CLIFFHANGER_HOME"] = HOME


def _offscreen_screen(argv: list[str]) -> tuple[int, int]:
    """Make Qt's offscreen platform show one screen of the size after --size (1240x720 by default)."""
    size = argv[argv.index("--size") + 1] if "--size" in argv else "1240x720"
    width, height = (int(n) for n in size.split("x"))
    config = Path(HOME) / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
              "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return width, height


SCREEN = _offscreen_screen(sys.argv)
LANGUAGE = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"

from PySide6.QtWidgets import QApplication  # noqa: E402 (the platform is chosen first)

from cliffhanger import paths  # noqa: E402
from cliffhanger.domain.credits import parse_credit  # noqa: E402
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title  # noqa: E402
from cliffhanger.domain.standing import Standing  # noqa: E402
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState  # noqa: E402
from cliffhanger.domain.windows import parse_window  # noqa: E402
from cliffhanger.gui.i18n import LANGUAGES  # noqa: E402
from cliffhanger.i18n import translate  # noqa: E402
from cliffhanger.storage.watchlist import Watchlist  # noqa: E402

OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots" / "main-window.png"
SIZE = (1240, 720)
C = Confidence


def change(status: Status, day: date, source: str, confidence: Confidence = C.OFFICIAL) -> StatusChange:
    return StatusChange(status, day, source, confidence)


def claim(text: str, confidence: Confidence, source: str, noted: date) -> ReleaseClaim:
    return ReleaseClaim(
        parse_window(text), confidence, source, datetime(noted.year, noted.month, noted.day, 9, tzinfo=UTC)
    )


def users_case() -> Title:
    history = (
        change(Status.FILMING, date(2025, 7, 14), "Netflix Korea"),
        change(Status.POST_PRODUCTION, date(2026, 2, 19), "Filming wrapped after about seven months"),
    )
    claims = (
        replace(
            claim("December 2026", C.REPORTED, "Entertainment press report", date(2026, 3, 2)),
            standing=Standing.DOUBTFUL,
            reason="Not in Netflix's 2026 line-up",
        ),
        claim("early 2027", C.SPECULATED, "Industry speculation", date(2026, 4, 11)),
    )
    cast = ("Park Ji-hu as Nam On-jo", "Yoon Chan-young as Lee Cheong-san", "Cho Yi-hyun as Choi Nam-ra")
    return Title(
        name="All of Us Are Dead",
        year=2022,
        network="Netflix",
        watch=WatchState.WAITING,
        notes="Season 1 ended on a cliffhanger. Waiting for the high-school survivors' return.",
        seasons=(Season(number=2, history=history, claims=claims),),
        cast=tuple(parse_credit(line, order=n) for n, line in enumerate(cast)),
    )


def others() -> list[Title]:
    def series(name, network, year, number, history, claims=(), watch=WatchState.WAITING):  # type: ignore[no-untyped-def]
        season = Season(number=number, history=tuple(history), claims=tuple(claims))
        return Title(name=name, network=network, year=year, watch=watch, seasons=(season,))

    return [
        series("Severance", "Apple TV+", 2022, 3, [change(Status.FILMING, date(2026, 1, 12), "Apple TV+")],
               [claim("2027", C.RUMOURED, "Fan wiki", date(2026, 2, 1))]),
        series("The Last of Us", "HBO", 2023, 3, [change(Status.ANNOUNCED, date(2025, 5, 2), "HBO")],
               [claim("first half of 2027", C.REPORTED, "Variety", date(2026, 6, 3))], WatchState.WATCHING),
        series("Wednesday", "Netflix", 2022, 3, [change(Status.IN_DEVELOPMENT, date(2025, 9, 1), "Netflix")],
               [claim("Q3 2026", C.RUMOURED, "Forum thread", date(2026, 1, 20))]),
        series("Squid Game", "Netflix", 2021, 3, [change(Status.ENDED, date(2025, 6, 27), "Netflix")],
               watch=WatchState.COMPLETED),
        Title(name="Dune: Part Three", kind=Kind.FILM, year=2026, network="Warner Bros.", seasons=(
            Season(number=None, history=(change(Status.SCHEDULED, date(2025, 3, 1), "Warner Bros."),),
                   claims=(claim("18 December 2026", C.OFFICIAL, "Warner Bros.", date(2025, 3, 1)),)),
        )),
    ]  # fmt: skip


SIZES = ((1024, 600), (1920, 1080))
WINDOW_SCREENS = ("watchlist", "upcoming", "reminders")


def _settle(app, seconds: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    """Let Qt paint; with `seconds`, also let work a tab starts when shown (the Reminders list) come back."""
    import time

    end = time.monotonic() + seconds
    for _ in range(15):
        app.processEvents()
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget, folder: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    target = folder / f"{name}.png"
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def _dialogs(shell):  # type: ignore[no-untyped-def]
    """Each dialog of the app, opened as a user would open it: (name, opener)."""
    actions, help_menu = shell.window.title_actions, shell.help

    def settings(page: str):  # type: ignore[no-untyped-def]
        def open_page():  # type: ignore[no-untyped-def]
            shell.settings_dialog.show_page(translate("SettingsPages", page))
            return shell.settings_dialog

        return open_page

    return [
        ("add", actions.open_add_dialog), ("edit", actions.open_edit_dialog),
        ("status", actions.open_status_dialog), ("claim", actions.open_claim_dialog),
        ("cast", actions.open_cast_dialog), ("correct", actions.open_correct_dialog),
        ("settings-reminders", settings("Reminders")), ("settings-catalogues", settings("Catalogues")),
        ("settings-appearance", settings("Appearance")), ("settings-calendar", settings("Calendar")),
        ("about", help_menu.show_about),
        ("shortcuts", help_menu.show_shortcuts), ("calendar", help_menu.show_calendar),
    ]  # fmt: skip


def render_all(shell, app, folder: Path, *, tag: str, chosen: int) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every window tab filling the screen, and every dialog as it opens on that screen, into `folder`."""
    written = []
    width, height = SCREEN
    shell.window.resize(width, height)
    for index, name in enumerate(WINDOW_SCREENS):
        shell.window.views.setCurrentIndex(index)
        shell.window.watchlist.select_title(chosen)
        _settle(app, seconds=2.0)
        written.append(_save(shell.window, folder, f"{name}-{tag}-{width}x{height}"))
        if name == "watchlist":
            sys.path.insert(0, str(Path(__file__).parent))
            import screen_checks

            for problem in screen_checks.watchlist_fits(shell.window):
                print(f"{name}-{tag}: {problem}", file=sys.stderr)
    shell.window.views.setCurrentIndex(0)
    shell.window.watchlist.select_title(chosen)
    _settle(app)
    for name, opener in _dialogs(shell):
        dialog = opener()
        _settle(app)
        written.append(_save(dialog, folder, f"{name}-{tag}-{width}x{height}"))
        dialog.close()
        _settle(app)
    return written


def check_all(shell, app, chosen: int) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every screen at the screen's size, with what does not fit (see screen_checks)."""
    from PySide6.QtTest import QTest

    sys.path.insert(0, str(Path(__file__).parent))
    import screen_checks as checks

    def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
        QTest.keyClicks(widget, text)
        _settle(app)

    shell.window.resize(*SCREEN)
    shell.window.views.setCurrentIndex(0)
    shell.window.watchlist.select_title(chosen)
    _settle(app)
    found = {"watchlist": checks.watchlist_fits(shell.window)}
    for index, name in enumerate(WINDOW_SCREENS[1:], 1):
        shell.window.views.setCurrentIndex(index)
        _settle(app)
        found[name] = checks.cut_text(shell.window)
    shell.window.views.setCurrentIndex(0)
    shell.window.watchlist.select_title(chosen)
    _settle(app)
    for name, opener in _dialogs(shell):
        dialog = opener()
        _settle(app)
        found[name] = checks.dialog_fits(dialog)
        if name == "add":
            found["add typing"] = checks.add_dialog_steady(dialog, type_text)
        dialog.close()
        _settle(app)
    return found


def main(argv: list[str]) -> int:
    """`screenshot.py [OUTPUT.png]` renders the README's picture; `screenshot.py --all FOLDER` every screen
    in both themes."""
    every = len(argv) > 2 and argv[1] == "--all"
    output = Path(argv[2] if every else argv[1]) if len(argv) > 1 and argv[1] != "--check" else OUTPUT
    if every and "--size" not in argv:
        for (width, height), language in [(size, code) for size in SIZES for code in LANGUAGES]:
            again = [sys.executable, __file__, "--all", str(output), "--size", f"{width}x{height}"]
            again += ["--language", language]
            if subprocess.run(again, check=False).returncode != 0:
                return 1
        return 0
    store = Watchlist.open(
        paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
    )
    chosen = store.add(users_case())
    for title in others():
        store.add(title)
    store.close()

    from cliffhanger.app import Cliffhanger
    from cliffhanger.gui import theme
    from cliffhanger.gui.i18n import install_language
    from cliffhanger.gui.single_instance import InstanceServer, server_name

    app = QApplication(argv[:1])
    install_language(app, LANGUAGE)
    theme.apply_theme(app, "light")
    shell = Cliffhanger(app, InstanceServer(server_name(paths.data_dir())))
    shell.window.resize(*SIZE)
    shell.start(minimized=False)
    while not shell.model.loaded or shell.reminders is None:
        app.processEvents()
    shell.window.watchlist.select_title(chosen.id or 0)
    _settle(app)
    if "--check" in argv:
        print(json.dumps(check_all(shell, app, chosen.id or 0)))
    elif every:
        output.mkdir(parents=True, exist_ok=True)
        for name in ("light", "dark"):
            theme.apply_theme(app, name)
            for path in render_all(shell, app, output, tag=f"{name}-{LANGUAGE}", chosen=chosen.id or 0):
                print(path)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        print(_save(shell.window, output.parent, output.stem))
    shell.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
