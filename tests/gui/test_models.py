"""The watchlist table model and its filter: Qt's model rules (qtmodeltester), sorting, merging, roles."""

from __future__ import annotations

import threading
from datetime import date

from gui_helpers import film, seeded_title
from PySide6.QtCore import Qt

from cliffhanger.domain.summary import summarise
from cliffhanger.domain.vocabulary import Status
from cliffhanger.gui.models.filter_model import WatchlistFilter
from cliffhanger.gui.models.rows import build_rows, make_row, sort_key
from cliffhanger.gui.models.watchlist_model import Column, Role, WatchlistModel


def titles():  # type: ignore[no-untyped-def]
    made = [
        seeded_title("Severance", Status.FILMING, network="Apple TV+", window="2027"),
        seeded_title("All of Us Are Dead", Status.POST_PRODUCTION, network="Netflix", window="December 2026"),
        seeded_title("Stranger Sightings", Status.IN_DEVELOPMENT, window="Q1 2026"),
        film("Dune: Part Three", Status.SCHEDULED),
    ]
    return [t.__class__(**{**vars(t), "id": n}) for n, t in enumerate(made, start=1)]


def model() -> WatchlistModel:
    m = WatchlistModel(today=lambda: date(2026, 11, 23))
    m.set_titles(titles())
    return m


def test_the_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(model(), force_py=True)


def test_the_filter_passes_qtmodeltester(qtmodeltester):
    proxy = WatchlistFilter()
    proxy.setSourceModel(model())
    proxy.set_text("s")
    qtmodeltester.check(proxy, force_py=True)


def test_roles_are_named_and_answer_for_every_column():
    m = model()
    names = {bytes(v.data()).decode() for v in m.roleNames().values()}
    assert {"titleId", "title", "status", "confidence", "overdue", "search"} <= names
    row = m.row_of(3)
    for column in Column:
        assert m.index(row, column).data(Role.STATUS) == "in-development"
        assert m.index(row, column).data(Role.OVERDUE) is True  # Q1 2026 passed without a release


def test_the_expected_column_shows_window_and_confidence():
    m = model()
    row = m.row_of(2)
    assert m.index(row, Column.EXPECTED).data() == "December 2026 · reported"
    assert m.index(row, Column.SEASON).data() == "Season 1"
    assert m.index(m.row_of(4), Column.SEASON).data() == "Film"


def test_sorting_by_expected_puts_unknown_windows_last_and_keeps_persistent_indexes():
    m = model()
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(m.index(m.row_of(1), 0))
    m.sort(Column.EXPECTED, Qt.SortOrder.AscendingOrder)
    assert [m.index(r, 0).data() for r in range(4)] == [
        "Stranger Sightings",
        "All of Us Are Dead",
        "Severance",
        "Dune: Part Three",
    ]
    assert kept.data() == "Severance"


def test_merge_only_touches_rows_that_changed():
    m = model()
    fresh = titles()
    fresh[0] = fresh[0].__class__(**{**vars(fresh[0]), "network": "Apple"})
    del fresh[3]
    changed = []
    m.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    m.merge(fresh)
    assert m.rowCount() == 3
    assert changed == [m.row_of(1)] or len(changed) == 1
    assert m.title(1).network == "Apple"


def test_typing_and_deleting_letters_keeps_exactly_the_matching_titles():
    m = model()
    proxy = WatchlistFilter()
    proxy.setSourceModel(m)

    def shown() -> list[str]:
        return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))

    def expected(text: str, status: Status | None = None) -> list[str]:
        words = text.casefold().split()
        return sorted(
            r.title.name
            for r in m.rows()
            if all(w in r.haystack for w in words) and (status is None or r.status is status)
        )

    typed = "all net"
    for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, -1, -1)]:
        proxy.set_text(typed[:end])
        assert shown() == expected(typed[:end]), typed[:end]
    proxy.set_text("s")
    proxy.set_status(Status.FILMING)
    assert shown() == expected("s", Status.FILMING) == ["Severance"]
    proxy.set_status(None)
    assert shown() == expected("s")


def test_a_kept_index_follows_its_title_through_filters_and_sorts():
    from PySide6.QtCore import QPersistentModelIndex

    m = model()
    proxy = WatchlistFilter()
    proxy.setSourceModel(m)
    kept = QPersistentModelIndex(proxy.mapFromSource(m.index(m.row_of(2), 0)))
    proxy.set_text("dead")
    assert kept.isValid() and kept.data() == "All of Us Are Dead" and proxy.rowCount() == 1
    proxy.set_text("")
    m.sort(Column.EXPECTED, Qt.SortOrder.DescendingOrder)
    assert kept.data() == "All of Us Are Dead"
    assert proxy.mapToSource(proxy.index(kept.row(), 0)).row() == m.row_of(2)
    proxy.set_text("severance")
    assert not kept.isValid()


def _built_on_a_thread(summaries, today, column, descending):  # type: ignore[no-untyped-def]
    out = []
    worker = threading.Thread(target=lambda: out.append(build_rows(summaries, today, column, descending)))
    worker.start()
    worker.join()
    return out[0]


def test_rows_built_on_a_reading_thread_equal_rows_built_one_by_one_and_sorted():
    today = date(2026, 11, 23)
    summaries = [summarise(t) for t in titles()]
    for column in Column:
        for descending in (False, True):
            one_by_one = [make_row(s, today) for s in summaries]
            one_by_one.sort(key=lambda r, c=column: sort_key(r, c), reverse=descending)
            assert _built_on_a_thread(summaries, today, column, descending) == one_by_one


def test_rows_handed_over_in_another_order_are_sorted_as_the_table_is_now(qtmodeltester):
    today = date(2026, 11, 23)
    summaries = [summarise(t) for t in titles()]
    m = WatchlistModel(today=lambda: today)
    m.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    m.set_rows(_built_on_a_thread(summaries, today, Column.TITLE, False), sorted_by=(Column.TITLE, False))
    wanted = build_rows(summaries, today, Column.STATUS, True)
    assert [m.row_at(n) for n in range(m.rowCount())] == wanted
    assert [m.row_of(r.title_id) for r in wanted] == list(range(len(wanted)))
    qtmodeltester.check(m, force_py=True)


def _many() -> list:  # type: ignore[type-arg]
    """Forty titles whose windows fall before, on and after the day, with ties, and some out or cancelled."""
    windows = [
        "2026",
        "December 2026",
        "1 December 2026",
        "Q1 2027",
        "early 2027",
        "2 January 2027",
        "Q1 2026",
    ]
    statuses = [Status.POST_PRODUCTION, Status.SCHEDULED, Status.RELEASED, Status.CANCELLED, Status.FILMING]
    made = [
        seeded_title(f"Show {n:02}", statuses[n % len(statuses)], window=windows[n % len(windows)])
        for n in range(40)
    ]
    return [t.__class__(**{**vars(t), "id": n}) for n, t in enumerate(made, start=1)]


def test_each_row_shows_what_its_summary_says():
    today = date(2026, 12, 3)
    for summary in map(summarise, _many() + titles()):
        row = make_row(summary, today)
        estimate = summary.estimate
        assert row.summary == summary and row.title == summary.facts and row.watch is summary.facts.watch
        assert (row.status, row.season_number) == (summary.status, summary.season or 0)
        assert row.confidence == (estimate.confidence if estimate else None)
        assert row.earliest == (estimate.window.earliest if estimate else None)
        assert row.overdue == summary.is_overdue(today)


def test_sorting_by_expected_follows_each_estimates_first_day_then_the_name():
    today = date(2026, 12, 3)
    summaries = [summarise(t) for t in _many()]
    rows = build_rows(summaries, today, Column.EXPECTED)
    far = date.max
    wanted = sorted(
        summaries, key=lambda s: (s.estimate.window.earliest if s.estimate else far, s.name.casefold())
    )
    assert [r.title_id for r in rows] == [s.id for s in wanted]


def test_the_trays_next_dates_from_the_soonest_candidates_equal_those_from_every_title():
    from cliffhanger.gui.whats_next import SHOWN, next_dates

    for today in (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 3), date(2027, 1, 2)):
        m = WatchlistModel(today=lambda day=today: day)
        m.set_titles(_many())
        chosen = m.awaited(today, SHOWN)
        assert len(chosen) < m.rowCount()
        assert next_dates(chosen, today) == next_dates(m.summaries(), today)
