"""Every word the running app shows passes through the translator, found by running it, not by reading it.

A pseudo-translation wraps every text Qt asks a translator for in ⟪ ⟫. The whole app is built under it with
the user's case on the watchlist, every tab and dialog is opened as a user opens it, and every label, button,
group, tab, menu entry, column header and window title is read: a word outside the marks that is not the
user's own data (titles, cast, sources), a date QLocale wrote, or a proper name escaped translation. This
catches what the source check cannot see: texts built in models, in wiring, or passed through variables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from gui_helpers import USERS_CAST, seeded_title
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from cliffhanger import i18n
from cliffhanger.app import Cliffhanger
from cliffhanger.domain.credits import parse_credit
from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.domain.windows import parse_window

OPEN, CLOSE = "⟪", "⟫"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # the innermost: a translation may hold another
WORDS = re.compile(r"[^\W\d_]{3,}")
PROPER = {
    "Cliffhanger", "Python", "PySide", "Linux", "TVmaze", "TMDB", "AniList", "Trakt", "IMDb", "Letterboxd",
    "JustWatch", "Netflix", "CalDAV", "RSS", "Atom", "ICS", "iCalendar", "JSON", "CSV", "HTTPS", "HTTP",
    "URL", "API", "Ctrl", "Shift", "Alt", "Del", "Delete", "Esc", "Return", "Enter", "Tab", "Space", "Home",
    "End", "PgUp", "PgDown", "Backspace", "Ins", "Meta",
}  # fmt: skip


class PseudoTranslator(QTranslator):
    """Answers every lookup with the source text between marks, as a translation would replace it."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return f"{OPEN}{source}{CLOSE}" if source and source.strip() else source

    def isEmpty(self) -> bool:
        return False


def users_case() -> Title:
    history = (
        StatusChange(Status.FILMING, date(2025, 7, 14), "Netflix Korea", Confidence.OFFICIAL),
        StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "Variety"),
    )
    claims = (ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry speculation"),)
    season = Season(number=2, history=history, claims=claims)
    cast = tuple(parse_credit(line, order=n) for n, line in enumerate(USERS_CAST))
    return Title(
        name="All of Us Are Dead", network="Netflix", kind=Kind.SERIES, seasons=(season,), cast=cast,
        notes="Waiting for the high-school survivors",
    )  # fmt: skip


def data_words() -> set[str]:
    """Words the user's own data and QLocale's dates bring in: shown untranslated by design."""
    texts = [*USERS_CAST, "All of Us Are Dead", "Netflix Korea", "Variety", "Industry speculation",
             "Waiting for the high-school survivors", "Dune Part Three", "Korea"]  # fmt: skip
    locale = QLocale()
    for month in range(1, 13):
        texts += [locale.monthName(month), locale.monthName(month, QLocale.FormatType.ShortFormat)]
    for day in range(1, 8):
        texts += [locale.dayName(day), locale.dayName(day, QLocale.FormatType.ShortFormat)]
    return {word for text in texts for word in WORDS.findall(text)} | PROPER


def escaped(text: str, allowed: set[str]) -> list[str]:
    """The words of a shown text that came through no translator (accelerators and markup left out)."""
    plain = text.replace("&&", "").replace("&", "")
    while MARKED.search(plain):
        plain = MARKED.sub(" ", plain)
    plain = re.sub(r"<[^>]+>", " ", plain)
    plain = re.sub(r"\S*[/\\]\S*", " ", plain)  # paths and addresses are the user's machine, not words
    known = {word.casefold() for word in allowed}  # section headings set names in capitals: "TVMAZE"
    return [word for word in WORDS.findall(plain) if word.casefold() not in known]


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: Qt keeps its columnCount private, and it has one column, no header
        return []
    return [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `widget` and its children put on screen."""
    yield type(widget).__name__ + " title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.window() is not widget.window():
            continue  # another window's (a dialog parented to the main window): looked at on its own
        where = f"{type(child).__name__} {child.objectName()}".strip()
        if isinstance(child, (QLabel, QAbstractButton)):
            yield where, child.text()
        elif isinstance(child, QGroupBox):
            yield where, child.title()
        elif isinstance(child, QLineEdit):
            yield where, child.placeholderText()
        elif isinstance(child, QTabWidget):
            yield from ((where, child.tabText(i)) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            yield from ((where, header) for header in _headers(child))
        if child.toolTip():
            yield where + " tooltip", child.toolTip()
    menus = [
        m for m in widget.findChildren(QMenu) if m.parentWidget() and m.parentWidget().window() is widget
    ]
    for menu in menus:
        yield "menu", menu.title()
        yield from (("menu entry", action.text()) for action in menu.actions())


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    i18n.install_backend(qapp.translate)
    yield
    qapp.removeTranslator(translator)


def screens(shell: Cliffhanger) -> Iterator[tuple[str, Callable[[], QWidget | None]]]:
    actions, help_menu = shell.window.title_actions, shell.help
    yield from [
        ("add", actions.open_add_dialog), ("edit", actions.open_edit_dialog),
        ("status", actions.open_status_dialog), ("claim", actions.open_claim_dialog),
        ("cast", actions.open_cast_dialog), ("correct", actions.open_correct_dialog),
        ("about", help_menu.show_about), ("shortcuts", help_menu.show_shortcuts),
        ("calendar", help_menu.show_calendar), ("news paste", shell.news.open_paste_dialog),
        ("news inbox", shell.news.open_inbox),
    ]  # fmt: skip


def test_every_text_on_every_screen_comes_through_the_translator(pseudo, make_shell, watchlist, qtbot):
    chosen = watchlist.add(users_case())
    watchlist.add(seeded_title("Dune Part Three", Status.FILMING, window="December 2026"))
    shell = make_shell()
    shell.window.watchlist.select_title(chosen.id or 0)
    allowed = data_words()
    found: list[str] = []

    def look(name: str, widget: QWidget) -> None:
        qtbot.wait(50)
        for where, text in shown_texts(widget):
            if escaped(text, allowed):
                found.append(f"{name}: {where}: {text[:70]!r}")

    for index in range(shell.window.views.count()):  # each tab fills itself in when first shown
        shell.window.views.setCurrentIndex(index)
        qtbot.wait(50)
    look("window", shell.window)
    look("tray", shell.tray.menu)
    if escaped(shell.tray.icon.toolTip(), allowed):
        found.append(f"tray tooltip: {shell.tray.icon.toolTip()!r}")
    shell.settings_dialog.show()
    look("settings", shell.settings_dialog)
    shell.settings_dialog.close()
    for name, opener in screens(shell):
        shell.window.watchlist.select_title(chosen.id or 0)
        dialog = opener()
        if dialog is not None:
            look(name, dialog)
            dialog.close()
    assert not found, f"{len(found)} texts escaped translation:\n" + "\n".join(sorted(set(found)))


def test_the_check_finds_a_word_outside_the_marks():
    allowed = {"Netflix"}
    assert escaped("⟪Add title⟫", allowed) == []
    assert escaped("⟪Seasons:⟫ Netflix", allowed) == []
    assert escaped("<b>⟪&Remove⟫</b> Remove", allowed) == ["Remove"]
    assert escaped("Filming since 3 May", allowed) == ["Filming", "since", "May"]
    assert escaped("⟪Search ⟪TVmaze and TMDB⟫ by name⟫", allowed) == []
    assert escaped("⟪Search ⟪x⟫⟫ by name", allowed) == ["name"]
