"""The news the followed feeds brought, waiting for review: review one, or set it aside."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.i18n import translate

from ..locale_text import short_day_text
from ..widgets.labels import plain_label

if TYPE_CHECKING:  # the news tables load the ORM, which the window must not wait for
    from cliffhanger.storage.news_store import FeedItem

ITEM = Qt.ItemDataRole.UserRole


class NewsInboxDialog(QDialog):
    """Lists waiting items (`storage.news_store.FeedItem`).

    Signals:
        review_requested(object): the user wants to review this item.
        dismiss_requested(object): the user set this item aside.
    """

    review_requested = Signal(object)
    dismiss_requested = Signal(object)
    follow_requested = Signal(str)

    def __init__(self, items: Sequence[FeedItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewsInbox", "News from your feeds"))
        self.list = QListWidget()
        for item in items:
            day = short_day_text(item.published) if item.published else translate("NewsInbox", "undated")
            row = QListWidgetItem(f"{day}   {item.headline}")
            row.setData(ITEM, item)
            self.list.addItem(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.review = buttons.addButton(translate("NewsInbox", "Review…"), action)
        self.dismiss = buttons.addButton(translate("NewsInbox", "Set aside"), action)
        self.follow = buttons.addButton(translate("NewsInbox", "Follow a feed…"), action)
        self.follow.clicked.connect(self._follow)
        for button in (self.review, self.dismiss):
            button.setEnabled(False)
        self.list.currentItemChanged.connect(lambda current, _old: self._chosen(current is not None))
        self.list.itemDoubleClicked.connect(lambda _row: self._review())
        self.review.clicked.connect(self._review)
        self.dismiss.clicked.connect(self._dismiss)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = translate(
            "NewsInbox",
            "Items from your feeds that name a title on your watchlist. Nothing is saved until you review it.",  # noqa: E501
        )
        layout.addWidget(
            plain_label(hint if items else translate("NewsInbox", "No news waiting."), "subtle", wrap=True)
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _follow(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            translate("NewsInbox", "Follow a feed"),
            translate("NewsInbox", "Address of an RSS or Atom feed:"),
        )
        if ok and url.strip():
            self.follow_requested.emit(url.strip())

    def _chosen(self, any_chosen: bool) -> None:
        self.review.setEnabled(any_chosen)
        self.dismiss.setEnabled(any_chosen)

    def _current(self) -> FeedItem | None:
        row = self.list.currentItem()
        item: FeedItem | None = row.data(ITEM) if row is not None else None
        return item

    def _review(self) -> None:
        item = self._current()
        if item is not None:
            self.review_requested.emit(item)

    def _dismiss(self) -> None:
        item = self._current()
        if item is not None:
            self.dismiss_requested.emit(item)
            self.list.takeItem(self.list.currentRow())
