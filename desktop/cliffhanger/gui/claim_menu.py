"""The context menu of a release claim in the detail pane: mark it doubtful or debunked, with an optional
reason asked in a small dialog, or clear the judgement again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from cliffhanger.domain.models import ReleaseClaim
from cliffhanger.domain.standing import Standing
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate

from .locale_text import window_text

Judge = Callable[[ReleaseClaim, Standing, str], None]

_MARKS = (
    (Standing.DOUBTFUL, QT_TRANSLATE_NOOP("ClaimMenu", "Mark doubtful…")),
    (Standing.DEBUNKED, QT_TRANSLATE_NOOP("ClaimMenu", "Mark debunked…")),
)
_TITLES = {
    Standing.DOUBTFUL: QT_TRANSLATE_NOOP("ClaimMenu", "Mark doubtful"),
    Standing.DEBUNKED: QT_TRANSLATE_NOOP("ClaimMenu", "Mark debunked"),
}
_QUESTIONS = {
    Standing.DOUBTFUL: QT_TRANSLATE_NOOP("ClaimMenu", "Why is “%1” doubtful? (optional)"),
    Standing.DEBUNKED: QT_TRANSLATE_NOOP("ClaimMenu", "Why is “%1” debunked? (optional)"),
}


def claim_menu(parent: QWidget, claim: ReleaseClaim, ask: Callable[[Standing], None], judge: Judge) -> QMenu:
    """The menu for `claim`: `ask(standing)` asks for a reason first; "Clear doubt" judges it open at once."""
    menu = QMenu(parent)
    for standing, label in _MARKS:
        action = menu.addAction(translate("ClaimMenu", label))
        action.setEnabled(claim.standing is not standing)
        action.triggered.connect(lambda _checked=False, s=standing: ask(s))
    if claim.standing is not Standing.OPEN:
        clear = menu.addAction(translate("ClaimMenu", "Clear doubt"))
        clear.triggered.connect(lambda _checked=False: judge(claim, Standing.OPEN, ""))
    return menu


def reason_dialog(parent: QWidget, claim: ReleaseClaim, standing: Standing, judge: Judge) -> QInputDialog:
    """A small window-modal dialog asking why `claim` is doubtful or debunked; OK judges it, Cancel does
    nothing. It is opened (not run), so the pane stays responsive."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(translate("ClaimMenu", _TITLES[standing]))
    dialog.setLabelText(translate("ClaimMenu", _QUESTIONS[standing]).replace("%1", window_text(claim.window)))
    dialog.setTextValue(claim.reason)
    dialog.textValueSelected.connect(lambda text: judge(claim, standing, text.strip()))
    dialog.open()
    return dialog
