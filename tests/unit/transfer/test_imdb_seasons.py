"""IMDb's `Release Date` of a series is its first airing: no season is invented from it, and nothing is news.

The real exports in tests/fixtures/imports list series that started years ago (Breaking Bad, Stranger Things)
and one whose premiere is still to come (Neuromancer, 22 January 2027 in the 2024-format sample).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.origins import Origin
from cliffhanger.domain.reminders import AlertSetting
from cliffhanger.domain.vocabulary import Status
from cliffhanger.reminders.alerts import alert_events
from cliffhanger.storage import reminders_repo
from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import run_import
from support.transfer import CTX, SAMPLES

IMDB_2021 = SAMPLES / "imdb_watchlist_export_2021format.sample.csv"
IMDB_2024 = SAMPLES / "imdb_watchlist_export_2024format.sample.csv"


def _by_imdb(watchlist) -> dict[str, Title]:
    return {t.ids.get("imdb"): t for t in watchlist.titles()}


def test_a_series_already_out_comes_in_with_no_season(watchlist, db):
    run_import(detect.read_path(IMDB_2021, CTX), db)
    titles = _by_imdb(watchlist)
    breaking_bad, stranger_things = titles["tt0903747"], titles["tt4574334"]
    assert (breaking_bad.year, breaking_bad.seasons) == (2008, ())
    assert (stranger_things.year, stranger_things.seasons) == (2016, ())
    [film] = titles["tt0816692"].seasons  # Interstellar: the film's own entry keeps its release
    assert film.number is None and film.status is Status.RELEASED
    assert film.history[0].origin is Origin.IMPORT


def test_a_premiere_still_to_come_is_a_claim_on_season_one(watchlist, db):
    run_import(detect.read_path(IMDB_2024, CTX), db)
    titles = _by_imdb(watchlist)
    [season] = titles["tt31512174"].seasons  # Neuromancer, TV Series, 2027-01-22
    assert season.number == 1 and season.history == ()
    assert season.expected.window.earliest.isoformat() == "2027-01-22"
    assert titles["tt5249462"].seasons == ()  # Boku dake ga inai machi, a mini series from 2016


def test_merging_into_a_series_waited_for_adds_no_season_and_no_news(watchlist, db):
    held = watchlist.add(Title("Stranger Things", year=2016, seasons=(Season(5),)))
    baseline = datetime.now(UTC) - timedelta(minutes=1)  # everything the import writes is after it
    plan = run_import(detect.read_path(IMDB_2021, CTX), db)
    [merged] = [item for item in plan.items if item.target == held.id]
    assert merged.reason == "adds ids"
    after = watchlist.title(held.id)
    assert [s.number for s in after.seasons] == [5] and after.ids.get("imdb") == "tt4574334"
    with db.transaction() as session:
        settings = reminders_repo.alert_settings(session=session)
    for title in watchlist.titles():
        assert alert_events(title, AlertSetting(title.id, True, baseline)) == [], title.name
        assert alert_events(title, settings[title.id]) == [], title.name
