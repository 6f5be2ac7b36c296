"""Filter-as-you-type latency over 10,000 titles, against Qt's own fixed-string filter on the same names.

Run on its own:  .venv/bin/python tests/benchmarks/bench_filter.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERY = "golden river 12"


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


def filter_latency(count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from benchmark_data import sample_titles
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    import cliffhanger.gui  # noqa: F401  (applies the PySide6 emit correction)
    from cliffhanger.gui.models.filter_model import WatchlistFilter
    from cliffhanger.gui.models.watchlist_model import WatchlistModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    titles = [t.__class__(**{**vars(t), "id": n}) for n, t in enumerate(sample_titles(count), start=1)]

    model = WatchlistModel(today=lambda: date(2026, 11, 23))
    model.set_titles(titles)
    ours = WatchlistFilter()
    ours.setSourceModel(model)
    floor_model = QStandardItemModel()
    for title in titles:
        floor_model.appendRow(QStandardItem(f"{title.name} {title.network}"))
    floor = QSortFilterProxyModel()
    floor.setSourceModel(floor_model)
    floor.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    results = {}
    for label, proxy, apply in (
        ("floor (QSortFilterProxyModel.setFilterFixedString)", floor, floor.setFilterFixedString),
        ("watchlist filter", ours, ours.set_text),
    ):
        view = QTableView()
        view.setModel(proxy)
        view.resize(900, 600)
        view.show()
        app.processEvents()
        _keystrokes(apply, app)  # warm
        runs = [_keystrokes(apply, app) for _ in range(3)]
        flat = [t for run in runs for t in run]
        results[label] = (statistics.median(flat), max(flat))
        view.close()
    floor_median = results["floor (QSortFilterProxyModel.setFilterFixedString)"][0]
    for label, (median, worst) in results.items():
        print(
            f"filter over {count} titles, {label}: median {median:.2f} ms per keystroke, "
            f"worst {worst:.2f} ms ({median / floor_median:.2f}x floor)"
        )
    print("aim: a keystroke's filter under 16 ms")


if __name__ == "__main__":
    filter_latency(10_000)
