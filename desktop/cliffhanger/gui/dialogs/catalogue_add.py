"""Adding from a catalogue inside the add dialog, and linking a hand-made title to a catalogue entry.

`install_search(dialog, ...)` puts a `CatalogueSearch` above the add dialog's form. While a hit is chosen,
the dialog's own Add (which saves the form) gives way to "Add from TVmaze", which imports the title with
its seasons, status, dates, cast and poster; clearing the choice brings the form's Add back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cliffhanger.domain.models import Title
from cliffhanger.i18n import translate
from cliffhanger.providers import SearchHit
from cliffhanger.providers.registry import display_name

from ..catalogue_service import CatalogueService
from .catalogue_search import CatalogueSearch
from .title_dialog import TitleDialog

ADDED_FROM_CATALOGUE = 2  # the dialog's result code: not Accepted, so the form is not saved as well
Added = Callable[[Title], None]


def _source(hit: SearchHit) -> str:
    return display_name(hit.ref.provider)


def _section(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setProperty("role", "section")
    return label


class CatalogueAdd(QWidget):
    """The search panel with its heading, wired to an add dialog's buttons."""

    def __init__(self, dialog: TitleDialog, service: CatalogueService, on_added: Added) -> None:
        super().__init__(dialog)
        self.dialog, self.service, self.on_added = dialog, service, on_added
        self.search = CatalogueSearch(service)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(_section(translate("CatalogueAdd", "Find it in a catalogue")))
        layout.addWidget(self.search)
        self.add_button = QPushButton(translate("CatalogueAdd", "Add from catalogue"))
        self.add_button.setProperty("primary", True)
        dialog.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.hide()
        self.add_button.clicked.connect(self.import_chosen)
        self.search.chosen.connect(self._chosen)
        self.search.activated.connect(lambda _hit: self.import_chosen())

    def _chosen(self, hit: SearchHit | None) -> None:
        self.add_button.setVisible(hit is not None)
        self.add_button.setEnabled(True)
        self.dialog.save_button.setVisible(hit is None)
        if hit is not None:
            self.add_button.setText(translate("CatalogueAdd", "Add from %1").replace("%1", _source(hit)))
            self.add_button.setDefault(True)

    def import_chosen(self) -> None:
        hit = self.search.selected_hit()
        if hit is None:
            return
        self.add_button.setEnabled(False)
        note = translate("CatalogueAdd", "Adding “%1” from %2…").replace("%1", hit.name)
        self.search.show_note(note.replace("%2", _source(hit)))
        self.service.add(hit.ref, self._added, self._failed)

    def _added(self, title: Title) -> None:
        self.dialog.done(ADDED_FROM_CATALOGUE)
        self.on_added(title)

    def _failed(self, text: str) -> None:
        self.add_button.setEnabled(True)
        self.search.show_problem(text)


def install_search(dialog: TitleDialog, service: CatalogueService, on_added: Added) -> CatalogueAdd | None:
    """A dialog hook: give an add dialog (not an edit dialog) the catalogue search."""
    if dialog.original_title is not None:
        return None
    panel = CatalogueAdd(dialog, service, on_added)
    dialog.insert_top(panel)
    dialog.catalogue = panel
    return panel


class LinkDialog(QDialog):
    """Search for the catalogue entry a hand-made title is, and link the two."""

    def __init__(
        self, title: Title, service: CatalogueService, on_linked: Added, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CatalogueAdd", "Link to catalogue"))
        self.title, self.service, self.on_linked = title, service, on_linked
        heading = QLabel(translate("CatalogueAdd", "Link “%1” to a catalogue").replace("%1", title.name))
        heading.setProperty("role", "heading")
        note = QLabel(
            translate(
                "CatalogueAdd",
                "Its status, dates and cast will then follow the catalogue; what you entered is kept.",
            )
        )
        note.setProperty("role", "subtle")
        note.setWordWrap(True)
        self.search = CatalogueSearch(service)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = self.buttons.addButton(
            translate("CatalogueAdd", "Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setProperty("primary", True)
        self.link_button.setEnabled(False)
        self.buttons.accepted.connect(self.link_chosen)
        self.buttons.rejected.connect(self.reject)
        self.search.chosen.connect(lambda hit: self.link_button.setEnabled(hit is not None))
        self.search.activated.connect(lambda _hit: self.link_chosen())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(10)
        for widget in (heading, note, self.search, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(560)
        self.search.query.setText(title.name)
        self.search.search_now(title.name)

    def link_chosen(self) -> None:
        hit = self.search.selected_hit()
        if hit is None or self.title.id is None:
            return
        self.link_button.setEnabled(False)
        self.search.show_note(translate("CatalogueAdd", "Linking to %1…").replace("%1", _source(hit)))
        self.service.link(self.title.id, hit.ref, self._linked, self._failed)

    def _linked(self, title: Title) -> None:
        self.accept()
        self.on_linked(title)

    def _failed(self, text: str) -> None:
        self.link_button.setEnabled(True)
        self.search.show_problem(text)
