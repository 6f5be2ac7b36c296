"""The iCalendar export read back with the `icalendar` parser, and checked against RFC 5545's text rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import icalendar

from cliffhanger.domain.calendar import title_key
from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.domain.vocabulary import Confidence
from cliffhanger.domain.windows import ReleaseWindow, parse_window
from cliffhanger.transfer.calendar_feed import calendar_text, refresh_feed
from cliffhanger.transfer.ics import calendar
from support.transfer import TODAY


def users_case(watchlist) -> Title:
    title = watchlist.add(Title("All of Us Are Dead", network="Netflix", seasons=(Season(2),)))
    watchlist.add_claim(
        title.id, 2, ReleaseClaim(parse_window("December 2026"), Confidence.REPORTED, "Netflix")
    )
    return watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED))


def _title(name: str, title_id: int, day: date, confidence: Confidence) -> Title:
    claim = ReleaseClaim(ReleaseWindow.on(day), confidence)
    return Title(name, seasons=(Season(1, claims=(claim,)),), id=title_id)


def events(text: str) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(text)
    return {str(e["SUMMARY"]): e for e in parsed.walk("VEVENT")}


def test_the_users_season_two_is_a_tentative_range(watchlist, db):
    users_case(watchlist)
    text = calendar_text(db, TODAY)
    found = events(text)
    best = found["All of Us Are Dead S2 (December 2026, reported)"]  # the best estimate by the domain rules
    assert best["STATUS"] == "TENTATIVE"
    assert (best.decoded("DTSTART"), best.decoded("DTEND")) == (date(2026, 12, 1), date(2027, 1, 1))
    assert "early 2027 (speculated)" in str(best["DESCRIPTION"])
    early = found["All of Us Are Dead S2 (early 2027, speculated)"]
    assert early["STATUS"] == "TENTATIVE"
    assert (early.decoded("DTSTART"), early.decoded("DTEND")) == (date(2027, 1, 1), date(2027, 5, 1))
    assert all("DTSTAMP" in e for e in found.values())
    calendar_object = icalendar.Calendar.from_ical(text)
    assert (calendar_object["VERSION"], str(calendar_object["PRODID"]).startswith("-//Cliffhanger")) == (
        "2.0",
        True,
    )


def test_uids_are_stable_across_exports(watchlist, db):
    users_case(watchlist)
    first = {str(e["UID"]) for e in events(calendar_text(db, TODAY)).values()}
    watchlist.add(Title("Dark", year=2017))
    second = {str(e["UID"]) for e in events(calendar_text(db, TODAY)).values()}
    assert first == second and len(first) == 2


def test_exact_days_are_all_day_events_and_official_ones_confirmed():
    title = _title("Neuromancer", 7, date(2027, 1, 22), Confidence.OFFICIAL)
    event = events(calendar([title], today=TODAY))["Neuromancer S1"]
    assert event.decoded("DTSTART") == date(2027, 1, 22) and event.decoded("DTEND") == date(2027, 1, 23)
    key = title_key("Neuromancer", "series", None)
    assert event["STATUS"] == "CONFIRMED" and str(event["UID"]) == f"{key}-s1-release@cliffhanger.local"


def test_crlf_folding_and_escaping():
    name = "Ein sehr langer Titel; mit Kommas, Umlauten äöü und 日本語 " * 3
    title = _title(name.strip(), 1, date(2027, 3, 1), Confidence.REPORTED)
    text = calendar([title], today=TODAY)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\r\n " in raw  # folded
    assert "\\;" in text and "\\," in text
    assert str(next(iter(events(text).values()))["SUMMARY"]).startswith(name.strip())


def test_reminders_become_alarms_and_events():
    title = _title("Neuromancer", 7, date(2027, 1, 22), Confidence.OFFICIAL)
    rules = [
        ReminderRule(
            7, RuleKind.RELEASE, "UTC", season=1, days_before=2, on_day=True, at_time=time(9, 0), id=1
        ),
        ReminderRule(
            7, RuleKind.AT, "Europe/Paris", at=datetime(2026, 12, 24, 18, 0), note="Rewatch S0", id=2
        ),
    ]
    found = events(calendar([title], rules, today=TODAY))
    alarms = found["Neuromancer S1"].walk("VALARM")
    assert sorted(a.decoded("TRIGGER") for a in alarms) == [
        datetime(2027, 1, 20, 9, 0, tzinfo=UTC),
        datetime(2027, 1, 22, 9, 0, tzinfo=UTC),
    ]
    reminder = found["Reminder: Neuromancer"]
    assert reminder.decoded("DTSTART") == datetime(2026, 12, 24, 17, 0, tzinfo=UTC)


def test_released_seasons_stay_out_and_the_feed_file_is_written(watchlist, db, tmp_path):
    users_case(watchlist)
    path = refresh_feed(db, tmp_path, TODAY)
    assert path.name == "calendar.ics" and path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert len(events(path.read_text(encoding="utf-8"))) == 2
