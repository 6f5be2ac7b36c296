"""Reviewing what an article states before it is recorded: every proposal ticked or not, editable, with the
sentence it came from and its source."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.domain.dates import parse_day
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.news import CastFact, ClaimFact, Extraction, StatusFact, TitleMatch

from ..locale_text import lower_word, window_text, word
from ..widgets.labels import plain_label

Member = TypeVar("Member", Status, Confidence)
FACT = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("NewsReview", "Fact"),
    QT_TRANSLATE_NOOP("NewsReview", "Value"),
    QT_TRANSLATE_NOOP("NewsReview", "When / character"),
    QT_TRANSLATE_NOOP("NewsReview", "Confidence"),
    QT_TRANSLATE_NOOP("NewsReview", "Note"),
)
GROUPS = (
    QT_TRANSLATE_NOOP("NewsReview", "Status"),
    QT_TRANSLATE_NOOP("NewsReview", "Release claims"),
    QT_TRANSLATE_NOOP("NewsReview", "Cast"),
)
EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable


def _row(parent: QTreeWidgetItem, fact: object, cells: tuple[str, ...], tip: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, list(cells))
    item.setData(0, FACT, fact)
    item.setFlags(item.flags() | EDITABLE)
    item.setCheckState(0, Qt.CheckState.Checked)
    for column in range(len(COLUMNS)):
        item.setToolTip(column, tip)
    return item


def _member(text: str, kind: type[Member]) -> Member:
    """The status or confidence a cell names: in the words shown (the user's language), or as the core
    spells it."""
    wanted = text.strip().casefold()
    for member in kind:
        if wanted in (lower_word(member).casefold(), word(member).casefold()):
            return member
    return kind.parse(text)


def _standing(text: str) -> str:
    """A claim's standing ("doubtful") in the user's words; one not known is shown as it is."""
    return lower_word(Standing(text)) if text in set(Standing) else text


def _evidence(fact: StatusFact | ClaimFact | CastFact) -> str:
    doubt = ""
    if isinstance(fact, ClaimFact) and fact.standing:
        doubt = "\n" + translate("NewsReview", "Doubtful: %1").replace("%1", fact.reason)
    return f"“{fact.evidence.sentence}”\n— {fact.evidence.source}{doubt}"


class NewsReviewDialog(QDialog):
    """The proposals of one article; `result()` gives the ticked, edited ones as an `Extraction`."""

    def __init__(self, found: Extraction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(translate("NewsReview", "Review the news"))
        self.title = QComboBox()
        self.title.setEditable(True)
        match = found.title or TitleMatch("")
        names = [match.name, *(c for c in match.candidates if c != match.name)]
        self.title.addItems([n for n in names if n])
        self.season = QSpinBox()
        self.season.setRange(0, 99)
        self.season.setSpecialValueText(translate("NewsReview", "none (a film)"))
        self.season.setValue(found.season or 0)
        self.network = QLineEdit(found.network)
        self.record_network = QCheckBox(translate("NewsReview", "record"))
        self.record_network.setChecked(bool(found.network))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("NewsReview", column) for column in COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self._fill()
        self.evidence = plain_label(
            translate("NewsReview", "Select a proposal to see the sentence it came from."),
            "subtle",
            wrap=True,
        )
        self.evidence.setMinimumHeight(64)
        self.message = plain_label("", "error", wrap=True)
        self.tree.currentItemChanged.connect(self._show_evidence)
        self._build(match)

    def _build(self, match: TitleMatch) -> None:
        form = QFormLayout()
        known = (
            translate("NewsReview", "on your watchlist")
            if match.title_id is not None
            else translate("NewsReview", "new: it will be added")
        )
        form.addRow(translate("NewsReview", "Title"), self.title)
        form.addRow("", plain_label(known, "subtle"))
        form.addRow(translate("NewsReview", "Season"), self.season)
        network = QHBoxLayout()
        network.addWidget(self.network, 1)
        network.addWidget(self.record_network)
        form.addRow(translate("NewsReview", "Network"), network)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(
            translate("NewsReview", "Record ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.evidence)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def _fill(self) -> None:
        groups = {}
        for name in GROUPS:
            group = QTreeWidgetItem(self.tree, [translate("NewsReview", name)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            groups[name] = group
        for s in self.found.statuses:
            # the day stays ISO: the core's parser reads it back after an edit
            cells = (
                translate("NewsReview", "status"),
                lower_word(s.status),
                s.since.isoformat(),
                lower_word(s.confidence),
            )
            _row(groups["Status"], s, cells, _evidence(s))
        for c in self.found.claims:
            doubt = f"{_standing(c.standing)}: {c.reason}" if c.standing else ""
            _row(
                groups["Release claims"],
                c,
                (
                    translate("NewsReview", "expected"),
                    window_text(c.window),
                    "",
                    lower_word(c.confidence),
                    doubt,
                ),
                _evidence(c),
            )
        for a in self.found.cast:
            _row(groups["Cast"], a, (translate("NewsReview", "cast"), a.actor, a.character, ""), _evidence(a))
        for group in groups.values():
            group.setExpanded(True)
            group.setHidden(group.childCount() == 0)
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)
        self.tree.header().setStretchLastSection(True)

    def _show_evidence(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        fact = item.data(0, FACT) if item is not None else None
        if fact is not None:
            self.evidence.setText(_evidence(fact))

    def _ticked(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem | None] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                found += [group.child(i) for i in range(group.childCount())]
        return [item for item in found if item is not None and item.checkState(0) is Qt.CheckState.Checked]

    def _edited(self, item: QTreeWidgetItem) -> StatusFact | ClaimFact | CastFact:
        fact: StatusFact | ClaimFact | CastFact = item.data(0, FACT)
        value, when, how = item.text(1).strip(), item.text(2).strip(), item.text(3).strip()
        if isinstance(fact, StatusFact):
            day = parse_day(when, today=fact.since)
            status, confidence = _member(value, Status), _member(how, Confidence)
            return dataclasses.replace(fact, status=status, since=day, confidence=confidence)
        if isinstance(fact, ClaimFact):
            window = fact.window if value == window_text(fact.window) else parse_window(value)
            return dataclasses.replace(fact, window=window, confidence=_member(how, Confidence))
        if not value:
            raise ValueError(translate("NewsReview", "a cast entry needs an actor"))
        return dataclasses.replace(fact, actor=value, character=when)

    def extraction(self) -> Extraction:
        """The ticked proposals with the user's edits; ValueError names the first edit that can't be read."""
        name = self.title.currentText().strip()
        if not name:
            raise ValueError(translate("NewsReview", "say which title the article is about"))
        chosen = [self._edited(item) for item in self._ticked()]
        match = self.found.title
        title_id = match.title_id if match is not None and name == match.name else None
        return dataclasses.replace(
            self.found,
            title=TitleMatch(name, title_id, 1.0),
            season=self.season.value() or None,
            network=self.network.text().strip() if self.record_network.isChecked() else "",
            statuses=tuple(f for f in chosen if isinstance(f, StatusFact)),
            claims=tuple(f for f in chosen if isinstance(f, ClaimFact)),
            cast=tuple(f for f in chosen if isinstance(f, CastFact)),
        )

    def _try_accept(self) -> None:
        try:
            self.extraction()
        except ValueError as error:
            self.message.setText(str(error))
            return
        self.accept()
