"""Render the main window, showing the README's worked example, to resources/screenshots/main-window.png.

Runs offscreen with a throw-away data directory; the titles are entered through the watchlist like any user's.
Usage:  python packaging/screenshot.py [OUTPUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLIFFHANGER_HOME"] = tempfile.mkdtemp(prefix="cliffhanger-screenshot-")

from PySide6.QtWidgets import QApplication

from cliffhanger import paths
from cliffhanger.domain.credits import parse_credit
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window
from cliffhanger.storage.watchlist import Watchlist

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
        claim("December 2026", C.REPORTED, "Entertainment press report", date(2026, 3, 2)),
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


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    store = Watchlist.open(
        paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
    )
    chosen = store.add(users_case())
    for title in others():
        store.add(title)
    store.close()

    from cliffhanger.app import Cliffhanger
    from cliffhanger.gui import theme
    from cliffhanger.gui.single_instance import InstanceServer, server_name

    app = QApplication(argv[:1])
    theme.apply_theme(app)
    shell = Cliffhanger(app, InstanceServer(server_name(paths.data_dir())))
    shell.window.resize(*SIZE)
    shell.start(minimized=False)
    while not shell.model.loaded:
        app.processEvents()
    shell.window.watchlist.select_title(chosen.id or 0)
    for _ in range(10):
        app.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not shell.window.grab().save(str(output)):
        print(f"could not write {output}", file=sys.stderr)
        return 1
    shell.shutdown()
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
