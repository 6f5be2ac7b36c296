"""A CSV export of the watchlist for spreadsheets: one line per title, where its latest season stands."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import StatusChange, Title
from cliffhanger.providers.registry import CATALOGUES

ID_COLUMNS = ("imdb", "tvdb", *(catalogue.key for catalogue in CATALOGUES))  # every catalogue's id
COLUMNS = (
    "title", "kind", "year", "original_title", "network", "watch", "season", "status", "status_since",
    "expected", "expected_from", "expected_to", "confidence", "overdue", *ID_COLUMNS, "notes",
)  # fmt: skip


def _overdue(estimate: Estimate | None, change: StatusChange | None, today: date) -> str:
    if estimate is None:
        return ""
    return "yes" if estimate.is_overdue(today, change.status if change else None) else "no"


def csv_row(title: Title, today: date) -> list[object]:
    focus = title.focus
    change = focus.status_change if focus else None
    estimate = focus.expected if focus else None
    ids = title.ids
    return [
        title.name, title.kind.value, title.year or "", title.original_name, title.network, title.watch.value,
        focus.number if focus and focus.number is not None else "",
        change.status.value if change else "", change.since.isoformat() if change else "",
        estimate.text if estimate else "",
        estimate.window.earliest.isoformat() if estimate else "",
        estimate.window.latest.isoformat() if estimate else "",
        estimate.confidence.value if estimate else "",
        _overdue(estimate, change, today),
        *(ids.get(key, "") for key in ID_COLUMNS), title.notes,
    ]  # fmt: skip


def export_csv(titles: Iterable[Title], today: date) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for title in titles:
        writer.writerow(csv_row(title, today))
    return buffer.getvalue()
