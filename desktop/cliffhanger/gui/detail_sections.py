"""The built-in sections of the detail pane: status timeline, release claims, cast and notes.

A section is any widget with `show_title(title, season)`; see `DetailPane.add_section`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QInputDialog, QLabel, QLayout, QMenu, QVBoxLayout, QWidget

from cliffhanger.domain.estimate import Estimate
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.standing import Standing
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.i18n import translate

from .claim_menu import claim_menu, reason_dialog
from .locale_text import lower_word, window_text, word
from .widgets.labels import plain_label
from .widgets.timeline import StatusTimeline, format_day


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _season(title: Title, number: int | None) -> Season | None:
    return title.season(number) if title.seasons else None


class TimelineSection(QWidget):
    """The season's status history as a timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = StatusTimeline()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)

    def show_title(self, title: Title, season: int | None) -> None:
        chosen = _season(title, season)
        self.timeline.set_history(chosen.history if chosen else (), chosen.status_change if chosen else None)


class ClaimsSection(QWidget):
    """Every claim about when the season comes out, newest first, with the best estimate marked and a
    doubted or debunked claim saying so, with its reason. A claim's context menu judges it.

    Signals:
        judged(object, object, str): the user judged a claim (the claim, its new `Standing`, the reason).
    """

    judged = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_dialog: QInputDialog | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.best: ReleaseClaim | None = None

    def show_title(self, title: Title, season: int | None) -> None:
        clear_layout(self.grid)
        chosen = _season(title, season)
        claims = sorted(chosen.claims if chosen else (), key=lambda c: _noted(c.noted_at), reverse=True)
        estimate = chosen.expected if chosen else None
        self.best = next(
            (c for c in claims if estimate and (c.window, c.confidence, c.source) == _key(estimate)), None
        )
        if self.best is not None:
            claims.remove(self.best)
            claims.insert(0, self.best)
        if not claims:
            self.grid.addWidget(
                plain_label(translate("DetailSections", "No release date or window known yet"), "subtle"),
                0,
                0,
            )
            return
        for n, claim in enumerate(claims):
            self._add_claim(n, claim, claim is self.best)
        self.grid.setColumnStretch(1, 1)

    def _add_claim(self, n: int, claim: ReleaseClaim, best: bool) -> None:
        text = window_text(claim.window)
        window = plain_label(text[:1].upper() + text[1:])
        if best:
            window.setProperty("role", "strong")
        judged = claim.standing is not Standing.OPEN
        standing = f" · {lower_word(claim.standing)}" if judged else ""
        marked = "  " + translate("DetailSections", "★ best estimate") if best else ""
        confidence = plain_label(lower_word(claim.confidence) + standing + marked)
        confidence.setProperty("confidence", claim.confidence.value)
        source = claim.source or translate("DetailSections", "no source")
        noted = translate("DetailSections", "%1 · noted %2").replace("%1", source)
        said = noted.replace("%2", format_day(claim.noted_at)) if claim.noted_at else source
        why = f"\n{word(claim.standing)}: {claim.reason}" if judged and claim.reason else ""
        detail = plain_label(said + why, "subtle", wrap=True)
        self.grid.addWidget(window, 2 * n, 0)
        self.grid.addWidget(confidence, 2 * n, 1)
        self.grid.addWidget(detail, 2 * n + 1, 0, 1, 2)
        detail.setContentsMargins(0, 0, 0, 6)
        for label in (window, confidence, detail):
            label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            label.customContextMenuRequested.connect(
                lambda at, w=label, c=claim: self.menu_for(c).popup(w.mapToGlobal(QPoint(at)))
            )

    def menu_for(self, claim: ReleaseClaim) -> QMenu:
        """The context menu of one claim shown."""
        menu = claim_menu(self, claim, lambda standing: self._ask(claim, standing), self.judged.emit)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _ask(self, claim: ReleaseClaim, standing: Standing) -> None:
        self.reason_dialog = reason_dialog(self, claim, standing, self.judged.emit)


def _key(estimate: Estimate) -> tuple[ReleaseWindow, Confidence, str]:
    return (estimate.window, estimate.confidence, estimate.source)


def _noted(moment: datetime | None) -> datetime:
    return (moment or datetime(1970, 1, 1)).replace(tzinfo=None)


class CastSection(QWidget):
    """Actor and character, in billing order, for the whole series and the chosen season."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)

    def show_title(self, title: Title, season: int | None) -> None:
        clear_layout(self.grid)
        credits = title.credits_for(season)
        if not credits:
            self.grid.addWidget(plain_label(translate("DetailSections", "No cast recorded"), "subtle"), 0, 0)
            return
        for n, credit in enumerate(credits):
            actor = plain_label(credit.actor, "strong")
            character = plain_label(credit.character or "—", "subtle")
            self.grid.addWidget(actor, n, 0)
            self.grid.addWidget(character, n, 1)
        self.grid.setColumnStretch(1, 1)

    def rows(self) -> list[tuple[str, str]]:
        """The (actor, character) pairs shown."""
        items = (self.grid.itemAt(i) for i in range(self.grid.count()))
        cells = [item.widget() for item in items if item is not None]
        texts = [c.text() for c in cells if isinstance(c, QLabel)]
        return list(zip(texts[::2], texts[1::2], strict=False))


class NotesSection(QWidget):
    """The user's own notes and the catalogue's overview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = plain_label("", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def show_title(self, title: Title, season: int | None) -> None:
        parts = [p for p in (title.notes.strip(), title.overview.strip()) if p]
        self.text.setText("\n\n".join(parts) or translate("DetailSections", "No notes"))
        self.text.setProperty("role", None if parts else "subtle")
        self.text.style().polish(self.text)
