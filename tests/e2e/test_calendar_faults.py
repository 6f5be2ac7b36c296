"""Each server fault is its own plain message and loses nothing: 403 and 507 from a loopback server that
answers as told, an untrusted TLS certificate from a real Radicale serving HTTPS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cliffhanger.calsync import plan
from cliffhanger.calsync.client import SyncFault, event_href
from cliffhanger.calsync.sync import CalendarSync
from cliffhanger.domain.calendar import CalendarAccount
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import parse_window
from cliffhanger.secrets import SecretStore
from cliffhanger.storage import calendar_repo
from support.radicale import PASSWORD, USER, start_radicale
from support.replay import ReplayServer, Reply
from support.transfer import open_watchlist

TODAY = date(2026, 12, 1)


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = open_watchlist(tmp_path / "main")
    claim = ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry speculation")
    opened.add(Title("All of Us Are Dead", seasons=(Season(2, claims=(claim,)),)))
    yield opened
    opened.close()


def _sync_for(watchlist, server_url: str) -> CalendarSync:
    secrets = SecretStore()
    secrets.use_session_only()
    secrets.set("caldav", PASSWORD)
    account = CalendarAccount(server_url, USER, server_url + "/fan/cliffhanger/", "Cliffhanger")
    with watchlist.db.immediate() as session:
        calendar_repo.save_account(session=session, value=account)
    return CalendarSync(watchlist.db, secrets)


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (403, "forbidden", "does not allow this account to write there (403 Forbidden)"),
        (507, "full", "out of space (507 Insufficient Storage)"),
        (404, "gone", "The calendar is gone from the server (404)"),
        (503, "server", "answered 503"),
    ],
)
def test_a_server_fault_is_a_clear_message_and_the_event_keeps_waiting(watchlist, status, kind, words):
    with ReplayServer() as server:
        sync = _sync_for(watchlist, server.url)
        (pending,) = plan.take(watchlist.db, today=TODAY, now=sync._clock()).pending
        href = event_href(server.url + "/fan/cliffhanger/", pending.uid).removeprefix(server.url)
        server.add(href, Reply(status), method="PUT")
        report = sync.sync(TODAY)
        assert (report.kind, report.pending) == (kind, 1)
        assert words in report.error and PASSWORD not in report.error
        assert sync.status().pending == 1 and sync.account().last_error == report.error
        put = server.calls(href)[0]
        assert put.method == "PUT" and put.headers["if-none-match"] == "*"


def test_an_untrusted_certificate_is_a_tls_message(watchlist, tmp_path):
    radicale = start_radicale(tmp_path / "tls", tls=True)
    try:
        sync = CalendarSync(watchlist.db, SecretStore())
        with pytest.raises(SyncFault) as failed:
            sync.connect(radicale.url, USER, PASSWORD)
        assert failed.value.kind == "tls" and "certificate could not be verified" in str(failed.value)
        assert not sync.account().connected
    finally:
        radicale.stop()


def test_an_event_that_keeps_changing_on_the_server_waits_with_a_412_message(watchlist):
    with ReplayServer() as server:
        sync = _sync_for(watchlist, server.url)
        (pending,) = plan.take(watchlist.db, today=TODAY, now=sync._clock()).pending
        href = event_href(server.url + "/fan/cliffhanger/", pending.uid).removeprefix(server.url)
        server.add(href, Reply(412), method="PUT")
        server.add(href, Reply(200, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", headers={"ETag": '"v7"'}))
        report = sync.sync(TODAY)
        assert (report.kind, report.pending, report.retried) == ("conflict", 1, 1)
        assert "412 Precondition Failed" in report.error
        puts = [c for c in server.calls(href) if c.method == "PUT"]
        assert [p.headers.get("if-none-match") for p in puts] == ["*", None]
        assert puts[1].headers["if-match"] == '"v7"'
