"""The news desk in the app: paste or open an article, review its proposals, record the ticked ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status
from cliffhanger.gui import i18n
from cliffhanger.gui.dialogs.news_paste import NewsPasteDialog
from cliffhanger.gui.dialogs.news_review import NewsReviewDialog
from cliffhanger.news import extract

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "news" / "users_case.txt"
SHOTS = Path(__file__).resolve().parents[2] / "packaging" / "screenshots"


def _found():
    return extract(ARTICLE.read_text(), published=date(2026, 3, 5), source="Seoul Screen")


def _item(dialog: NewsReviewDialog, group: int, row: int):
    return dialog.tree.topLevelItem(group).child(row)


def test_review_lists_every_proposal_ticked_with_its_evidence(qtbot, tmp_path):
    dialog = NewsReviewDialog(_found())
    qtbot.addWidget(dialog)
    dialog.show()
    counts = [dialog.tree.topLevelItem(g).childCount() for g in range(3)]
    assert counts == [1, 2, 3]
    december = _item(dialog, 1, 0)
    assert december.text(1) == "December 2026" and december.text(4).startswith("doubtful: the season")
    dialog.tree.setCurrentItem(december)
    assert "not part of Netflix's 2026 line-up" in dialog.evidence.text()
    assert "Seoul Screen, 5 March 2026" in dialog.evidence.text()
    assert dialog.grab().save(str(tmp_path / "news-review.png"))


def test_unticked_and_edited_proposals_come_back_as_chosen(qtbot):
    dialog = NewsReviewDialog(_found())
    qtbot.addWidget(dialog)
    _item(dialog, 1, 0).setCheckState(0, Qt.CheckState.Unchecked)
    _item(dialog, 1, 1).setText(1, "Q1 2027")
    _item(dialog, 2, 2).setText(2, "Choi Nam-ra (season 2)")
    chosen = dialog.extraction()
    assert [c.window.text for c in chosen.claims] == ["Q1 2027"]
    assert chosen.cast[2].character == "Choi Nam-ra (season 2)"
    assert [s.status for s in chosen.statuses] == [Status.POST_PRODUCTION]


def test_in_german_the_proposals_read_german_and_come_back_as_found(qtbot, qapp):
    assert i18n.install_language(qapp, "de") == "de"
    try:
        dialog = NewsReviewDialog(_found())
        qtbot.addWidget(dialog)
        december = _item(dialog, 1, 0)
        assert december.text(1) == "Dezember 2026" and december.text(0) == "erwartet"
        assert dialog.tree.topLevelItem(1).text(0) == "Angaben zum Start"
        untouched = dialog.extraction()
        assert [c.window for c in untouched.claims] == [c.window for c in _found().claims]
        _item(dialog, 1, 1).setText(3, "Gerücht")  # a confidence typed in German
        assert dialog.extraction().claims[1].confidence is Confidence.RUMOURED
    finally:
        i18n.remove_language(qapp)


def test_an_unreadable_edit_keeps_the_dialog_open_with_a_message(qtbot):
    dialog = NewsReviewDialog(_found())
    qtbot.addWidget(dialog)
    _item(dialog, 0, 0).setText(2, "the other day")
    dialog.show()
    dialog.accept_button.click()
    assert dialog.isVisible()
    assert "can't read" in dialog.message.text()


def test_a_dropped_html_file_fills_the_text_date_and_source(qtbot, tmp_path):
    page = tmp_path / "story.html"
    body = ARTICLE.read_text().replace("\n", "</p><p>")
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-05T09:00:00Z">'
        f'<meta property="og:site_name" content="Seoul Screen"></head><body><p>{body}</p></body></html>'
    )
    dialog = NewsPasteDialog(today=date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.article.dropEvent(drop)
    text, published, source = dialog.value()
    assert "wrapped on February 19" in text
    assert (published, source) == (date(2026, 3, 5), "Seoul Screen")
    assert dialog.read.isEnabled()


def test_accepting_the_review_records_the_users_case_in_the_app(qtbot, watchlist, make_shell, tmp_path):
    existing = watchlist.add(Title("All of Us Are Dead", seasons=(Season(2),)))
    shell = make_shell()
    paste = shell.news.open_paste_dialog()
    paste.article.setPlainText(ARTICLE.read_text())
    paste.published.setDate(date(2026, 3, 5))
    paste.source.setText("Seoul Screen")
    with qtbot.waitSignal(paste.finished):
        paste.read.click()
    review = shell.window.findChild(NewsReviewDialog)
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    assert review.found.title.title_id == existing.id
    review.accept_button.click()
    qtbot.waitUntil(lambda: len(watchlist.title(existing.id).cast) == 3, timeout=10_000)
    title = watchlist.title(existing.id)
    assert title.network == "Netflix"
    claims = [(c.window.text, c.standing.value, c.source) for c in title.season(2).claims]
    assert claims == [
        ("December 2026", "doubtful", "Seoul Screen, 5 March 2026"),
        ("early 2027", "open", "Seoul Screen, 5 March 2026"),
    ]
    qtbot.waitUntil(lambda: "Recorded" in shell.window.statusBar().currentMessage())
    _the_detail_pane_shows_december_doubtful(qtbot, shell, existing.id, tmp_path)


def _the_detail_pane_shows_december_doubtful(qtbot, shell, title_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(shell.model.title(title_id).cast) == 3, timeout=10_000)
    assert shell.window.watchlist.select_title(title_id)
    section = shell.window.detail.claims
    qtbot.waitUntil(lambda: section.best is not None and section.best.window.text == "early 2027")
    grid = section.grid
    texts = [grid.itemAt(i).widget().text() for i in range(grid.count())]
    assert texts[:2] == ["Early 2027", "speculated  ★ best estimate"]
    assert texts[3:5] == ["December 2026", "reported · doubtful"]
    assert texts[5].endswith("\nDoubtful: the season is not part of Netflix's 2026 line-up")
    qtbot.wait(300)  # the picture only: the scroll area lays the new sections out on later passes
    assert shell.window.grab().save(str(tmp_path / "detail-doubtful.png"))


def test_followed_feeds_are_checked_in_the_background_and_their_news_waits(qtbot, watchlist, make_shell):
    from support.replay import ReplayServer, Reply

    watchlist.add(Title("Another Round", kind=Kind.FILM, seasons=(Season(None),)))
    shell = make_shell()
    with ReplayServer() as server:
        server.add("/rss", Reply.file("feeds/traileraddict.rss"))
        shell.news.store.add_feed(f"{server.url}/rss")
        with qtbot.waitSignal(shell.feeds.waiting, timeout=20_000) as waited:
            shell.feeds.check_now()
    assert waited.args == [1]
    assert shell.news.inbox.text() == "News from &feeds (1)…"
    inbox = shell.news.open_inbox()
    assert inbox.list.count() == 1 and "Another Round: Trailer" in inbox.list.item(0).text()
    inbox.list.setCurrentRow(0)
    inbox.review.click()
    review = next(d for d in shell.window.findChildren(NewsReviewDialog) if d.isVisible())
    assert review.title.currentText() == "Another Round"
    review.accept_button.click()
    assert shell.news.store.items("waiting") == []
    assert watchlist.titles()[0].name == "Another Round"  # nothing but the review's choices is recorded
