"""The detail pane's "Catalogue" section: the cached poster and what the linked catalogue says, or a link
button for a title added by hand.

The links are read in the background when a title is shown; the poster comes from the disk cache only, so
the section looks the same offline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cliffhanger.domain.models import Title
from cliffhanger.i18n import translate
from cliffhanger.providers.registry import display_name
from cliffhanger.storage.catalogue_repo import Link

from .catalogue_service import CatalogueService
from .locale_text import moment_text
from .poster_thumbnails import PosterThumbnails
from .widgets.labels import plain_label
from .widgets.poster import PosterWidget

POSTER = QSize(92, 132)


def _when(moment: datetime | None) -> str:
    return moment_text(moment) if moment is not None else ""


def describe(link: Link) -> str:
    """ "TVmaze says “Running”" (the catalogue's own word), and on the next line when it was fetched."""
    name = display_name(link.provider)
    said = translate("CatalogueSection", "Follows %1").replace("%1", name)
    if link.status_text:
        said = (
            translate("CatalogueSection", "%1 says “%2”").replace("%1", name).replace("%2", link.status_text)
        )
    fetched = _when(link.fetched_at)
    return said + (
        "\n" + translate("CatalogueSection", "Fetched %1").replace("%1", fetched) if fetched else ""
    )


class CatalogueSection(QWidget):
    """Shows the poster and the catalogue's word for a linked title; "Link to catalogue…" for the others."""

    def __init__(self, service: CatalogueService, link: Callable[[], object]) -> None:
        super().__init__()
        self.service = service
        self.title_id: int | None = None
        self.name = ""
        self.poster = PosterWidget(POSTER)
        self.thumbnails: PosterThumbnails | None = None
        self.lines = plain_label("", "subtle", wrap=True)
        self.problem = plain_label("", "error", wrap=True)
        self.problem.hide()
        self.link_button = QPushButton(translate("CatalogueSection", "Link to catalogue…"))
        self.link_button.clicked.connect(lambda: link())
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (self.lines, self.problem):
            text.addWidget(widget)
        text.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addWidget(self.poster, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def show_title(self, title: Title, _season: int | None) -> None:
        if title.id == self.title_id and title.id is not None:
            self.service.links(title.id, partial(self._links, title.id))
            return
        self.title_id = title.id
        self.name = title.name
        self._refresh_poster()
        self.problem.hide()
        self.lines.setText("")
        self.link_button.hide()
        if title.id is None or self.service.catalogues is None:
            return
        self.service.links(title.id, partial(self._links, title.id))

    def _links(self, title_id: int, links: list[Link]) -> None:
        if title_id != self.title_id:
            return  # another title was picked meanwhile
        self.link_button.setVisible(not links)
        if not links:
            self.lines.setText(
                translate(
                    "CatalogueSection",
                    "Added by hand. Link it to a catalogue to follow its status and dates.",
                )
            )
            self.problem.hide()
            return
        self.lines.setText("\n".join(describe(link) for link in links))
        errors = [x.last_error for x in links if x.last_error]
        self.problem.setText(errors[0] if errors else "")
        self.problem.setVisible(bool(errors))
        self._refresh_poster()

    def use_thumbnails(self, thumbnails: PosterThumbnails) -> None:
        """Take posters from `thumbnails` (a PosterThumbnails, read off the GUI thread)."""
        self.thumbnails = thumbnails
        thumbnails.ready.connect(self._poster_ready)

    def _poster_ready(self, title_id: int) -> None:
        if title_id == self.title_id:
            self._refresh_poster()

    def _refresh_poster(self) -> None:
        found = None
        if self.thumbnails is not None and self.title_id is not None:
            found = self.thumbnails.pixmap(self.title_id, POSTER)
        self.poster.show_poster(self.name, found)
