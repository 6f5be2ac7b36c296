"""Episode dates in the calendar export, read back with the `icalendar` parser.

The shows come from the loopback TVmaze server into a real database file; the export is the same text the
subscribed calendar file holds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from cliffhanger.providers import TvmazeProvider
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.transfer.calendar_feed import calendar_text
from support.catalogues import FakeClock, options
from support.replay import ReplayServer, Reply
from support.transfer import TODAY

HARBOR = "tvmaze/shows_90002_harbor-lights_embed-seasons-cast-nextepisode-episodes.handmade.json"
AOUAD = (
    "tvmaze/shows_90001_all-of-us-are-dead_s2-episodes_embed-seasons-cast-nextepisode-episodes.handmade.json"
)


@pytest.fixture
def followed(watchlist):
    with ReplayServer() as server:
        server.add("/shows/90001", Reply.file(AOUAD))
        server.add("/shows/90002", Reply.file(HARBOR))
        moment = datetime(2026, 11, 23, 9, tzinfo=UTC)
        tvmaze = TvmazeProvider.create(server.url, **options(FakeClock(), now=lambda: moment))
        catalogues = Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze}, now=lambda: moment)
        yield [catalogues.add("tvmaze:90001"), catalogues.add("tvmaze:90002")]
        tvmaze.close()


def events(text: str) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


def test_a_weekly_season_has_an_event_per_episode_at_its_air_time(followed, db):
    found = events(calendar_text(db, TODAY))
    premiere = found["Harbor Lights S1"]
    assert premiere.decoded("DTSTART") == datetime(2027, 3, 1, 2, tzinfo=UTC)  # 21:00 in New York
    third = found["Harbor Lights S1E03 · Episode 3"]
    start, end = third.decoded("DTSTART"), third.decoded("DTEND")
    assert (start, end - start) == (datetime(2027, 3, 15, 1, tzinfo=UTC), timedelta(minutes=60))  # after DST
    assert str(third["DESCRIPTION"]) == "S01E03 Episode 3"
    weekly = sorted(s for s in found if s.startswith("Harbor Lights S1E"))
    assert weekly == [f"Harbor Lights S1E0{n} · Episode {n}" for n in range(2, 7)]
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(calendar_text(db, TODAY)).walk("VEVENT")]
    assert len(uids) == len(set(uids))


def test_a_binge_drop_is_its_release_event_alone(followed, db):
    found = events(calendar_text(db, TODAY))
    drop = found["All of Us Are Dead S2"]
    assert drop.decoded("DTSTART") == datetime(2027, 1, 15, 8, tzinfo=UTC)
    assert not [s for s in found if s.startswith("All of Us Are Dead S2E")]


def test_an_export_again_keeps_the_episode_uids(followed, db):
    def uids() -> set[str]:
        return {str(e["UID"]) for e in icalendar.Calendar.from_ical(calendar_text(db, TODAY)).walk("VEVENT")}

    assert uids() == uids()
    assert any("-s1-episode-3@" in u for u in uids())
