"""Filter-as-you-type latency over 50,000 titles, against Qt's own fixed-string filter on the same names.

Run on its own:  .venv/bin/python tests/benchmarks/bench_filter.py [--sizes 10000,50000] [--runs 5]

Each run types "golden river 12" one character at a time into a fresh filter and deletes it again, timing
each keystroke from the filter change until the table (with the app's own delegates) has repainted. Runs of
the floor (Qt's `QSortFilterProxyModel.setFilterFixedString` over a QStandardItemModel of the same names)
and of the watchlist filter alternate; medians and worst keystrokes over all runs, with the spread of the
per-run medians. Garbage is collected as in the app (on the main thread when the loop goes idle, with the
loaded rows frozen out of collections).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERY = "golden river 12"
FLOOR = "floor (QSortFilterProxyModel.setFilterFixedString)"
OURS = "watchlist filter"


def _keystrokes(apply, app) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds per keystroke: type QUERY one character at a time, then delete it again."""
    texts = [QUERY[:n] for n in range(1, len(QUERY) + 1)]
    texts += [*reversed(texts[:-1]), ""]
    times = []
    for text in texts:
        started = time.perf_counter()
        apply(text)
        app.processEvents()  # the table repaints what the filter changed
        times.append((time.perf_counter() - started) * 1000)
    return times


def _table(model):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView, QTableView

    from cliffhanger.gui.models.watchlist_model import Column
    from cliffhanger.gui.widgets.delegates import ExpectedDelegate, StatusChipDelegate

    view = QTableView()  # set up as the watchlist's table is
    view.setModel(model)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(38)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    if model.columnCount() > 1:
        view.setItemDelegateForColumn(Column.STATUS, StatusChipDelegate(view))
        view.setItemDelegateForColumn(Column.EXPECTED, ExpectedDelegate(view))
    view.resize(1100, 680)
    view.show()
    return view


def filter_latency(count: int, runs: int = 5) -> dict[str, tuple[float, float]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from benchmark_data import sample_titles
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    import cliffhanger.gui  # noqa: F401  (applies the PySide6 emit correction)
    from cliffhanger.gui.collector import MainThreadCollector
    from cliffhanger.gui.models.filter_model import WatchlistFilter
    from cliffhanger.gui.models.watchlist_model import WatchlistModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    titles = [t.__class__(**{**vars(t), "id": n}) for n, t in enumerate(sample_titles(count), start=1)]
    model = WatchlistModel(today=lambda: date(2026, 11, 23))
    model.set_titles(titles)
    floor_model = QStandardItemModel()
    for title in titles:
        floor_model.appendRow(QStandardItem(f"{title.name} {title.network}"))
    del titles
    collector = MainThreadCollector()  # garbage collected as the app does it, for the floor too
    collector.start()
    collector.freeze()

    def floor_run() -> list[float]:
        floor = QSortFilterProxyModel()
        floor.setSourceModel(floor_model)
        floor.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = _table(floor)
        app.processEvents()
        try:
            return _keystrokes(floor.setFilterFixedString, app)
        finally:
            view.close()

    def our_run() -> list[float]:
        ours = WatchlistFilter()  # a fresh one each run: nothing remembered from the run before
        ours.setSourceModel(model)
        view = _table(ours)
        app.processEvents()
        try:
            return _keystrokes(ours.set_text, app)
        finally:
            view.close()

    floor_run(), our_run()  # warm
    timings: dict[str, list[list[float]]] = {FLOOR: [], OURS: []}
    for _ in range(runs):  # interleaved: floor, ours, floor, ours...
        timings[FLOOR].append(floor_run())
        timings[OURS].append(our_run())
    collector.stop()
    results = {}
    floor_median = statistics.median(t for run in timings[FLOOR] for t in run)
    for label, measured in timings.items():
        flat = [t for run in measured for t in run]
        medians = [statistics.median(run) for run in measured]
        worsts = [max(run) for run in measured]
        median, worst = statistics.median(flat), max(flat)
        results[label] = (median, worst)
        print(
            f"filter over {count} titles, {label}: median {median:.2f} ms per keystroke "
            f"(run medians {min(medians):.2f}-{max(medians):.2f}), worst {worst:.2f} ms "
            f"(run worsts {min(worsts):.2f}-{max(worsts):.2f}); {median / floor_median:.2f}x floor median"
        )
    print("goal: worst keystroke under 16 ms at 50,000 titles")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="50000")
    options = parser.parse_args()
    for size in options.sizes.split(","):
        filter_latency(int(size), options.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
