"""The tray says what is next: the three soonest dates in its tooltip and menu, each opening its title."""

from __future__ import annotations

from datetime import date

from gui_helpers import film, seeded_title

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.gui.whats_next import next_dates, tooltip

TODAY = date(2026, 12, 1)


def awaited(name: str, when: str, number: int = 2, confidence: Confidence = Confidence.OFFICIAL) -> Title:
    claim = ReleaseClaim(parse_window(when), confidence, "press")
    season = Season(number=number, history=(StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19)),),
                    claims=(claim,))  # fmt: skip
    return Title(name=name, kind=Kind.SERIES, seasons=(season,))


def with_ids(*titles: Title) -> list[Title]:
    return [Title(**{**t.__dict__, "id": n}) for n, t in enumerate(titles, 1)]


def test_the_users_date_reads_as_one_line(qapp):
    titles = with_ids(awaited("All of Us Are Dead", "29 January 2027"))
    assert [d.text for d in next_dates(titles, TODAY)] == ["All of Us Are Dead S2 · 29 Jan 2027 · in 59 days"]


def test_three_soonest_in_order_with_windows_and_days(qapp):
    titles = with_ids(
        awaited("Late", "2028", 1),
        awaited("Tomorrow", "2 December 2026", 1),
        awaited("Open window", "December 2026", 3, Confidence.REPORTED),
        awaited("Opens later", "early 2027", 4, Confidence.SPECULATED),
        awaited("Passed", "Q3 2026", 1, Confidence.RUMOURED),  # overdue: the watchlist flags it instead
    )
    assert [d.text for d in next_dates(titles, TODAY)] == [
        "Open window S3 · December 2026 · due by 31 Dec 2026",
        "Tomorrow S1 · 2 Dec 2026 · tomorrow",
        "Opens later S4 · Early 2027 · opens in 31 days",
    ]
    assert [d.title_id for d in next_dates(titles, TODAY)] == [3, 2, 4]


def test_tooltip_counts_titles_and_unread_alerts(qapp):
    titles = with_ids(awaited("All of Us Are Dead", "29 January 2027"))
    text = tooltip(1, next_dates(titles, TODAY), unread=2)
    assert text.splitlines() == [
        "Cliffhanger — 1 title",
        "2 unread alerts",
        "All of Us Are Dead S2 · 29 Jan 2027 · in 59 days",
    ]
    assert tooltip(0, []) == "Cliffhanger — 0 titles"


def test_the_running_tray_shows_the_next_dates_and_opens_them(qtbot, watchlist, make_shell):
    watchlist.add(awaited("All of Us Are Dead", "29 January 2027"))
    watchlist.add(seeded_title("Severance", Status.FILMING, window="2028"))
    watchlist.add(film("Dune: Part Three", Status.SCHEDULED))
    shell = make_shell()
    today = shell.model.today()
    days = (date(2027, 1, 29) - today).days
    first = f"All of Us Are Dead S2 · 29 Jan 2027 · in {days} days"
    lines = shell.tray.tooltip.splitlines()
    assert lines[0] == "Cliffhanger — 3 titles" and lines[1] == first
    entries = [a.text() for a in shell.tray.coming_actions]
    assert entries[0] == first and len(entries) == 2
    assert not shell.tray.unread_action.isVisible()
    shell.tray.coming_actions[0].trigger()
    assert shell.window.watchlist.selected_title().name == "All of Us Are Dead"
    shell.tray.show_next(3, [], unread=4)
    assert shell.tray.unread_action.isVisible() and shell.tray.unread_action.text() == "4 unread alerts"
    assert not shell.tray.coming_header.isVisible()
