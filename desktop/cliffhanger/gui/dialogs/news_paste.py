"""Bringing an article to the news desk: paste its text, or open or drop an .html or .txt file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.i18n import translate
from cliffhanger.news.text import page_details

from ..widgets.labels import plain_label
from ..widgets.qt_dates import qdate

MAX_BYTES = 5_000_000
SUFFIXES = (".html", ".htm", ".txt")


class ArticleEdit(QPlainTextEdit):
    """A text box that takes pasted text or a dropped .html/.txt file (whose page details it reports)."""

    def __init__(self, dialog: NewsPasteDialog) -> None:
        super().__init__()
        self._dialog = dialog
        self.setAcceptDrops(True)
        self.setPlaceholderText(
            translate("NewsPaste", "Paste an article here, or drop an .html or .txt file")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.toLocalFile().lower().endswith(SUFFIXES) for url in urls[:1]):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(SUFFIXES):
            self._dialog.load_file(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
        else:
            super().dropEvent(event)


class NewsPasteDialog(QDialog):
    """The article, its publication day and its source; `value()` gives them once accepted."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewsPaste", "Read a news article"))
        self.article = ArticleEdit(self)
        self.published = QDateEdit(qdate(today or date.today()))
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("NewsPaste", "who published it, e.g. TVLine"))
        self.message = plain_label("", "subtle", wrap=True)
        form = QFormLayout()
        form.addRow(translate("NewsPaste", "Published"), self.published)
        form.addRow(translate("NewsPaste", "Source"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_file = buttons.addButton(
            translate("NewsPaste", "Open file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read = buttons.addButton(
            translate("NewsPaste", "Read article"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.read.setEnabled(False)
        self.open_file.clicked.connect(self._choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.article.textChanged.connect(
            lambda: self.read.setEnabled(bool(self.article.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "NewsPaste", "The facts it states are proposed for you to check before anything is saved."
                )
            )
        )
        layout.addWidget(self.article, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _choose_file(self) -> None:
        filters = translate("NewsPaste", "Articles (*.html *.htm *.txt)")
        name, _ = QFileDialog.getOpenFileName(self, translate("NewsPaste", "Open an article"), "", filters)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Put a file's text in the box, with the page's own date and site name when it gives them."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            text = translate("NewsPaste", "Could not read %1: %2").replace("%1", path.name)
            self.message.setText(text.replace("%2", str(error.strerror or error)))
            return False
        if len(data) > MAX_BYTES or b"\x00" in data[:4096]:
            self.message.setText(
                translate("NewsPaste", "%1 is not an article (too large, or not text).").replace(
                    "%1", path.name
                )
            )
            return False
        text = data.decode("utf-8", errors="replace")
        self.article.setPlainText(text)
        published, site = page_details(text)
        day = QDate.fromString(published[:10], Qt.DateFormat.ISODate)
        if day.isValid():
            self.published.setDate(day)
        if site and not self.source.text().strip():
            self.source.setText(site)
        self.message.setText(translate("NewsPaste", "Read %1.").replace("%1", path.name))
        return True

    def value(self) -> tuple[str, date, str]:
        day = self.published.date()
        return (
            self.article.toPlainText(),
            date(day.year(), day.month(), day.day()),
            self.source.text().strip(),
        )
