"""CalDAV sync against a real Radicale on 127.0.0.1 (htpasswd auth, temporary folder), events read back from
the server's own files with the `icalendar` parser."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from pathlib import Path

import icalendar
import pytest

from cliffhanger.calsync.client import CalDavServer, SyncFault
from cliffhanger.calsync.sync import CalendarSync
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import parse_window
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.secrets import SecretStore
from cliffhanger.storage.watchlist import Watchlist
from support.radicale import PASSWORD, USER, Radicale
from support.transfer import open_watchlist, snapshot

TODAY = date(2026, 12, 1)


@pytest.fixture
def watchlist(tmp_path: Path):
    opened = open_watchlist(tmp_path / "main")
    yield opened
    opened.close()


@pytest.fixture
def store() -> SecretStore:
    """Session-only secrets: these tests are about the server; the keyring has its own test below."""
    secrets = SecretStore()
    secrets.use_session_only()
    return secrets


@pytest.fixture
def sync(watchlist: Watchlist, store: SecretStore) -> CalendarSync:
    return CalendarSync(watchlist.db, store)


def users_case(watchlist: Watchlist) -> Title:
    title = watchlist.add(Title("All of Us Are Dead", network="Netflix", seasons=(Season(2),)))
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "Early reports")
    )
    return watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED, "Industry speculation")
    )


def server_events(radicale: Radicale) -> dict[str, icalendar.Event]:
    """Every event on the server by SUMMARY, parsed from the files Radicale keeps."""
    found = {}
    for path in radicale.events().values():
        for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            found[str(event["SUMMARY"])] = event
    return found


def connected(sync: CalendarSync, radicale: Radicale) -> CalendarSync:
    sync.connect(radicale.url, USER, PASSWORD)
    return sync


def test_connect_creates_the_cliffhanger_calendar_and_the_first_sync_fills_it(watchlist, sync, radicale):
    users_case(watchlist)
    account = sync.connect(radicale.url, USER, PASSWORD)
    assert account.calendar_name == "Cliffhanger" and len(radicale.calendars()) == 1
    report = sync.sync(TODAY)
    assert (report.created, report.pending, report.error) == (2, 0, "")
    found = server_events(radicale)
    best = found["All of Us Are Dead S2 (December 2026, reported)"]
    assert (best.decoded("DTSTART"), best.decoded("DTEND")) == (date(2026, 12, 1), date(2027, 1, 1))
    assert best["STATUS"] == "TENTATIVE"
    description = str(best["DESCRIPTION"])
    assert (
        "reported, Early reports" in description
        and "early 2027 (speculated, Industry speculation)" in description
    )
    window = found["All of Us Are Dead S2 (early 2027, speculated)"]
    assert (window.decoded("DTSTART"), window.decoded("DTEND")) == (date(2027, 1, 1), date(2027, 5, 1))
    assert int(best["SEQUENCE"]) == 0
    again = sync.sync(TODAY)
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)


def test_connect_reuses_a_calendar_named_cliffhanger(sync, radicale):
    first = sync.connect(radicale.url, USER, PASSWORD)
    second = sync.connect(radicale.url, USER, PASSWORD)
    assert first.calendar_url == second.calendar_url and len(radicale.calendars()) == 1


def test_an_announced_date_updates_the_same_event_with_a_higher_sequence(watchlist, sync, radicale):
    title = users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    before = server_events(radicale)["All of Us Are Dead S2 (December 2026, reported)"]
    watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix"))
    assert (
        sync.status().pending == 3
    )  # the release moved, its window a claim of its own, the other re-described
    report = sync.sync(TODAY)
    assert (report.error, report.created, report.updated, sync.status().pending) == ("", 1, 2, 0)
    after = server_events(radicale)["All of Us Are Dead S2"]
    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("DTSTART") == date(2027, 1, 15) and after["STATUS"] == "CONFIRMED"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")


def test_a_removed_title_removes_its_events(watchlist, sync, radicale):
    title = users_case(watchlist)
    kept = watchlist.add(
        Title("Dark", seasons=(Season(4, claims=(ReleaseClaim(parse_window("2027"), Confidence.RUMOURED),)),))
    )
    connected(sync, radicale).sync(TODAY)
    assert len(radicale.events()) == 3
    watchlist.remove(title.id)
    report = sync.sync(TODAY)
    assert report.deleted == 2 and report.error == ""
    assert list(server_events(radicale)) == [f"{kept.name} S4 (2027, rumoured)"]


def _release_href(server: CalDavServer, radicale: Radicale) -> tuple[str, Path]:
    path = next(p for name, p in radicale.events().items() if "-release-" in name)
    return server.calendars()[0].url + path.name, path


def _edit_on_server(radicale: Radicale, new_summary: str) -> None:
    """Another client changes the release event on the server (a plain PUT, as a phone's calendar would)."""
    server = CalDavServer(radicale.url, USER, PASSWORD)
    try:
        href, path = _release_href(server, radicale)
        text = re.sub(r"SUMMARY:[^\r\n]*", f"SUMMARY:{new_summary}", path.read_text(encoding="utf-8"))
        server.put(href, text, server.etag(href))
    finally:
        server.close()


def test_an_edit_made_on_the_server_meanwhile_is_detected_and_overwritten(watchlist, sync, radicale):
    title = users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    _edit_on_server(radicale, "Edited on the phone")
    assert "Edited on the phone" in server_events(radicale)
    watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix"))
    report = sync.sync(TODAY)
    assert report.error == "" and report.retried == 1 and report.pending == 0
    found = server_events(radicale)
    assert "Edited on the phone" not in found and found["All of Us Are Dead S2"].decoded("DTSTART") == date(
        2027, 1, 15
    )


def test_an_event_deleted_on_the_server_comes_back_when_it_changes(watchlist, sync, radicale):
    title = users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    server = CalDavServer(radicale.url, USER, PASSWORD)
    server.delete(_release_href(server, radicale)[0], None)
    server.close()
    assert len(radicale.events()) == 1
    watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix"))
    report = sync.sync(TODAY)
    assert report.error == "" and report.retried >= 1
    assert "All of Us Are Dead S2" in server_events(radicale)


def test_while_the_server_is_down_changes_wait_and_then_catch_up(watchlist, sync, radicale):
    title = users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    radicale.stop()
    watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("2027-01-15"), Confidence.OFFICIAL, "Netflix"))
    other = watchlist.add(
        Title(
            "Dark", seasons=(Season(4, claims=(ReleaseClaim(parse_window("Q2 2027"), Confidence.REPORTED),)),)
        )
    )
    down = sync.sync(TODAY)
    assert down.kind == "offline" and "can't be reached" in down.error and down.pending == 4
    status = sync.status()
    assert status.pending == 4 and status.account.last_error == down.error
    assert watchlist.title(other.id).name == "Dark"  # nothing local is touched
    radicale.start()
    back = sync.sync(TODAY)
    assert back.error == "" and back.pending == 0 and (back.created, back.updated) == (2, 2)
    assert sync.status().pending == 0 and sync.status().account.last_error == ""
    assert {"All of Us Are Dead S2", "Dark S4 (Q2 2027, reported)"} <= set(server_events(radicale))


def test_a_wrong_password_is_a_clear_message_and_connects_nothing(watchlist, sync, radicale, store):
    with pytest.raises(SyncFault) as failed:
        sync.connect(radicale.url, USER, "not-the-password")
    assert failed.value.kind == "auth" and "refused the user name or password (401)" in str(failed.value)
    assert "not-the-password" not in str(failed.value)
    assert not sync.account().connected and store.get("caldav") is None


def test_an_address_the_account_may_not_use_is_a_403_message_at_connect(sync, radicale, store):
    with pytest.raises(SyncFault) as failed:
        sync.connect(radicale.url + "someone-else/", USER, PASSWORD)
    assert failed.value.kind == "forbidden" and "access at that address (403 Forbidden)" in str(failed.value)
    assert not sync.account().connected and store.get("caldav") is None


def test_a_password_changed_on_the_server_stops_the_sync_and_keeps_everything(watchlist, sync, radicale):
    users_case(watchlist)
    connected(sync, radicale)
    radicale.users[USER] = "changed-on-the-server"
    radicale.write_users()
    before = snapshot(watchlist.db)
    report = sync.sync(TODAY)
    assert report.kind == "auth" and report.pending == 2 and "401" in report.error
    after = snapshot(watchlist.db)
    mine = ("calendar_event", "calendar_account", "title_key")
    assert {k: v for k, v in after.items() if k not in mine} == {
        k: v for k, v in before.items() if k not in mine
    }


def test_a_calendar_deleted_on_the_server_says_so(watchlist, sync, radicale):
    users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    server = CalDavServer(radicale.url, USER, PASSWORD)
    server._client.request(server.calendars()[0].url, "DELETE")
    server.close()
    watchlist.add(
        Title("Dark", seasons=(Season(4, claims=(ReleaseClaim(parse_window("2027"), Confidence.RUMOURED),)),))
    )
    report = sync.sync(TODAY)
    assert report.kind == "gone" and "calendar is gone" in report.error and report.pending >= 1


def test_release_alarms_fire_at_the_desktops_instants_across_a_dst_change(
    watchlist, sync, radicale, tmp_path
):
    title = watchlist.add(Title("Neuromancer", seasons=(Season(1),)))
    watchlist.add_claim(title.id, 1, ReleaseClaim(parse_window("2027-03-29"), Confidence.OFFICIAL, "Apple"))
    book = ReminderBook(watchlist.db, zone="Europe/Berlin")
    created = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    book.add_rule(
        ReminderRule(
            title.id,
            RuleKind.RELEASE,
            "Europe/Berlin",
            season=1,
            days_before=3,
            on_day=True,
            at_time=time(9, 0),
        ),
        now=created,
    )
    book.add_rule(
        ReminderRule(
            title.id,
            RuleKind.AT,
            "Europe/Berlin",
            season=1,
            at=datetime(2027, 3, 28, 9, 30),
            note="Rewatch S1",
        ),
        now=created,
    )
    connected(sync, radicale).sync(TODAY)
    found = server_events(radicale)
    triggers = sorted(a.decoded("TRIGGER") for a in found["Neuromancer S1"].walk("VALARM"))
    # 26 March is still CET (UTC+1); 29 March is CEST (UTC+2): clocks go forward on 28 March 2027
    assert triggers == [datetime(2027, 3, 26, 8, 0, tzinfo=UTC), datetime(2027, 3, 29, 7, 0, tzinfo=UTC)]
    reminder = found["Reminder: Neuromancer S1"]
    assert reminder.decoded("DTSTART") == datetime(2027, 3, 28, 7, 30, tzinfo=UTC)
    assert [a.decoded("TRIGGER") for a in reminder.walk("VALARM")] == [
        datetime(2027, 3, 28, 7, 30, tzinfo=UTC)
    ]


def test_disconnect_forgets_the_account_and_the_password(watchlist, sync, radicale, store):
    users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    sync.disconnect()
    assert not sync.account().connected and store.get("caldav") is None
    with pytest.raises(SyncFault) as failed:
        sync.sync(TODAY)
    assert failed.value.kind == "not-connected"
    assert len(radicale.events()) == 2  # the events stay where they are


def test_the_password_is_nowhere_in_the_database(watchlist, sync, radicale, tmp_path):
    users_case(watchlist)
    connected(sync, radicale).sync(TODAY)
    watchlist.db.close()
    for path in (tmp_path / "main").rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
