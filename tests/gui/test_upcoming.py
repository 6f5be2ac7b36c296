"""The Upcoming timeline: which seasons it shows, how, and that a click names the title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.gui.upcoming_view import TOP, UpcomingView, entries

TODAY = date(2026, 11, 23)


def _title(title_id, name, window, confidence, number=2, history=()):
    claim = ReleaseClaim(parse_window(window), confidence)
    return Title(name, seasons=(Season(number, history=history, claims=(claim,)),), id=title_id)


TITLES = [
    _title(1, "All of Us Are Dead", "December 2026", Confidence.REPORTED),
    _title(2, "Neuromancer", "2027-01-22", Confidence.OFFICIAL, number=1),
    _title(3, "Stranger Things", "October 2026", Confidence.REPORTED, number=5),
    _title(
        4,
        "Out Already",
        "2026-01-01",
        Confidence.OFFICIAL,
        history=(StatusChange(Status.RELEASED, date(2026, 1, 1)),),
    ),
]


def test_entries_are_awaited_seasons_soonest_first_with_overdue_flagged():
    found = entries(TITLES, TODAY)
    assert [(e.label, e.exact, e.overdue) for e in found] == [
        ("Stranger Things S5", False, True),
        ("All of Us Are Dead S2", False, False),
        ("Neuromancer S1", True, False),
    ]


def test_a_click_on_a_row_names_its_title(qtbot):
    view = UpcomingView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_titles(TITLES, TODAY)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.title_activated) as blocker:
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=QPoint(40, TOP + 30 + 10))
    assert blocker.args == [1]
    assert view.timeline.x_of(date(2026, 12, 1)) < view.timeline.x_of(date(2027, 1, 22))


def test_it_renders_with_and_without_entries(qtbot, tmp_path):
    view = UpcomingView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    view.set_titles([], TODAY)
    assert not view.grab().isNull()
    view.set_titles(TITLES, TODAY)
    assert view.grab().save(str(tmp_path / "upcoming.png"))


def test_an_airing_seasons_next_episode_is_a_day_on_the_timeline():
    from cliffhanger.domain.episodes import Episode

    airing = Title(
        "Harbor Lights",
        seasons=(Season(1, history=(StatusChange(Status.AIRING, date(2027, 2, 28)),)),),
        id=9,
    )
    scheduled = _title(10, "Premiering", "2027-02-28", Confidence.OFFICIAL, number=1)
    upcoming = [
        (9, Episode(1, 3, "Episode 3", date(2027, 3, 14))),
        (10, Episode(1, 1, "", date(2027, 2, 28))),
    ]
    found = entries([airing, scheduled], TODAY, upcoming)
    assert [(e.label, e.start, e.exact, e.window_text) for e in found] == [
        ("Premiering S1", date(2027, 2, 28), True, "28 February 2027"),  # the premiere is its season's day
        ("Harbor Lights S01E03", date(2027, 3, 14), True, "14 Mar 2027"),
    ]
