"""Search the online catalogues as you type: a query field, the hits with posters, and calm inline messages.

Each query waits for a pause in typing (`DEBOUNCE_MS`), then asks every enabled catalogue in the
background. A newer query supersedes an older one: calls not yet started are skipped, and answers to an
older query are dropped when they arrive.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from cliffhanger.i18n import translate
from cliffhanger.providers import SearchHit

from ..catalogue_service import CatalogueService
from ..widgets.search_results import ROW_HEIGHT, SearchHitDelegate, SearchResultsModel

DEBOUNCE_MS = 350


def _message_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "subtle")
    label.hide()
    return label


class CatalogueSearch(QWidget):
    """The search panel; `selected_hit()` is the chosen result.

    Signals:
        chosen(object): the selected hit changed (a `SearchHit`, or None).
        activated(object): a hit was double-clicked or Enter pressed on it.
        searched(str): the answers to a query are all in (the query).
    """

    chosen = Signal(object)
    activated = Signal(object)
    searched = Signal(str)

    def __init__(self, service: CatalogueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.generation = 0
        self._answers: dict[str, list[SearchHit]] = {}
        self._errors: dict[str, str] = {}
        self._query = ""
        self._posters_asked: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search_now(self.query.text()))
        self._build()
        service.providers_changed.connect(self._update_placeholder)
        self._update_placeholder()

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.textEdited.connect(lambda _text: self._timer.start())
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setMouseTracking(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.hide()
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(self._activated)
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.query)
        layout.addWidget(self.message)
        layout.addWidget(self.results)

    def _update_placeholder(self) -> None:
        names = [p.name for p in self.service.providers.values()]
        joined = names[0] if names else ""
        for name in names[1:]:
            joined = translate("CatalogueSearch", "%1 and %2").replace("%1", joined).replace("%2", name)
        self.query.setPlaceholderText(
            translate("CatalogueSearch", "Search %1 by name…").replace("%1", joined)
        )

    # -- searching ----------------------------------------------------------------------------------
    def search_now(self, text: str) -> None:
        """Start the search for `text` at once, superseding any earlier one."""
        self._timer.stop()
        self.generation += 1
        generation, self._query = self.generation, text.strip()
        self._answers, self._errors, self._posters_asked = {}, {}, set()
        if not self._query:
            self._show()
            return
        self.show_note(translate("CatalogueSearch", "Searching…"))
        for key in list(self.service.providers):
            self.service.search_one(
                key,
                self._query,
                partial(self._is_current, generation),
                partial(self._answered, generation, key),
            )

    def _is_current(self, generation: int) -> bool:
        return generation == self.generation

    def _answered(self, generation: int, key: str, answer: tuple[list[SearchHit], str] | None) -> None:
        if generation != self.generation or answer is None:
            return  # an older query: its answer is no longer wanted
        hits, error = answer
        self._answers[key] = hits
        if error:
            self._errors[key] = error
        self._show()
        if set(self._answers) >= set(self.service.providers):
            self.searched.emit(self._query)

    def _show(self) -> None:
        order = list(self.service.providers)
        hits = [hit for key in order for hit in self._answers.get(key, [])]
        self.model.set_hits(hits)
        self.results.setFixedHeight(min(len(hits) * ROW_HEIGHT, ROW_HEIGHT * 7 // 2) + 4)
        self.results.setVisible(bool(hits))
        pending = [k for k in order if k not in self._answers] if self._query else []
        lines = [self._errors[k] for k in order if k in self._errors]
        if self._query and not hits and not pending and not lines:
            nothing = translate(
                "CatalogueSearch", "Nothing found for “%1”. Check the spelling, or fill in the form."
            )
            lines.append(nothing.replace("%1", self._query))
        if pending and not hits:
            lines.append(translate("CatalogueSearch", "Searching…"))
        self.show_note("\n".join(lines))
        self.chosen.emit(None)
        for hit in hits:
            if hit.poster_url and hit.poster_url not in self._posters_asked:
                self._posters_asked.add(hit.poster_url)
                self.service.poster(hit.poster_url, partial(self._poster, hit.poster_url))

    def _poster(self, url: str, path: Path | None) -> None:
        image = QImage(str(path)) if path is not None else QImage()
        if not image.isNull():
            self.model.set_poster(url, QPixmap.fromImage(image))

    # -- choosing -----------------------------------------------------------------------------------
    def selected_hit(self) -> SearchHit | None:
        return self.model.hit(self.results.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chosen.emit(self.model.hit(current.row()))

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.activated.emit(hit)

    def show_problem(self, text: str) -> None:
        self._say(text, "error")

    def show_note(self, text: str) -> None:
        self._say(text, "subtle")

    def _say(self, text: str, role: str) -> None:
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
