"""Shared steps for GUI tests: seeding titles, the user's case, waiting for background work."""

from __future__ import annotations

from datetime import date

from cliffhanger.app import Cliffhanger
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window

USERS_CAST = ("Park Ji-hu as Nam On-jo", "Yoon Chan-young as Lee Cheong-san", "Cho Yi-hyun as Choi Nam-ra")


def seeded_title(
    name: str, status: Status, *, network: str = "", original: str = "", window: str = ""
) -> Title:
    claims = (ReleaseClaim(parse_window(window), Confidence.REPORTED, "press"),) if window else ()
    season = Season(
        number=1, history=(StatusChange(status, date(2025, 1, 10), "", Confidence.OFFICIAL),), claims=claims
    )
    return Title(name=name, original_name=original, network=network, kind=Kind.SERIES, seasons=(season,))


def film(name: str, status: Status) -> Title:
    season = Season(number=None, history=(StatusChange(status, date(2025, 3, 1)),))
    return Title(name=name, kind=Kind.FILM, watch=WatchState.PLAN, seasons=(season,))


def wait_idle(qtbot, shell: Cliffhanger) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=20_000)


def close(shell: Cliffhanger) -> None:
    if shell.window is None:
        return
    shell.shutdown()
    shell.window.close_to_tray = False
    shell.window.close()
    shell.window.deleteLater()
    shell.root.deleteLater()
    shell.window = None  # type: ignore[assignment]
