"""Refresh asks the change feed first, fetches only what changed, and turns a listed date into one change."""

from datetime import timedelta

from sync_helpers import AOUAD, AOUAD_DATED, serve_show

from cliffhanger.domain.reminders import AlertSetting
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.reminders.alerts import alert_events
from support.replay import Reply

FEED = "/updates/shows"


def feed(server, **stamps: int) -> None:
    server.add(FEED, Reply.json({str(k.lstrip("s")): v for k, v in stamps.items()}))


def test_a_newly_listed_date_arrives_through_the_feed_and_is_recorded_once(
    server, catalogues, refresher, moment
):
    serve_show(server, AOUAD, AOUAD_DATED, AOUAD_DATED)
    title = catalogues.add("tvmaze:90001")
    baseline = moment()
    moment.advance(hours=6)
    feed(server, s90001=1700000000)  # unchanged since it was added
    quiet = refresher.refresh()
    assert (quiet.fetched, quiet.changed) == (0, [])
    assert len(server.calls("/shows/90001")) == 1

    moment.advance(hours=6)
    listed_at = int(moment().timestamp()) - 600
    feed(server, s90001=listed_at, s13=listed_at)
    report = refresher.refresh()
    assert (report.fetched, report.changed, report.offline) == (1, ["All of Us Are Dead"], False)
    assert len(server.calls(FEED)) == 2 and len(server.calls("/shows/90001")) == 2
    season = catalogues.store.watchlist.title(title.id).season(2)
    assert season.status is Status.SCHEDULED
    assert (season.expected.text, season.expected.confidence) == ("15 January 2027", Confidence.OFFICIAL)

    moment.advance(hours=6)
    feed(server, s90001=listed_at)
    assert refresher.refresh().fetched == 0
    again = catalogues.store.watchlist.title(title.id)
    assert len(again.season(2).claims) == 1 and len(again.season(2).history) == 2

    events = alert_events(again, AlertSetting(title.id, True, baseline))
    assert sorted(e.kind.value for e in events) == ["date", "status"]
    assert any("15 January 2027" in e.body for e in events)


def test_refreshing_one_title_skips_the_feed(server, catalogues, refresher):
    serve_show(server, AOUAD, AOUAD_DATED)
    title = catalogues.add("tvmaze:90001")
    report = refresher.refresh([title.id])
    assert report.fetched == 1 and server.calls(FEED) == []


def test_offline_is_a_calm_state_and_leaves_the_data_alone(server, catalogues, refresher, moment):
    serve_show(server, AOUAD)
    title = catalogues.add("tvmaze:90001")
    before = catalogues.store.watchlist.titles()
    moment.advance(hours=6)
    server.stop()
    report = refresher.refresh()
    assert report.offline and report.summary() == "offline; nothing refreshed"
    assert catalogues.store.watchlist.titles() == before
    assert catalogues.store.title_links(title.id)[0].fetched_at is not None


def test_a_feed_older_than_its_reach_means_fetching_everything(server, catalogues, refresher, moment):
    serve_show(server, AOUAD, AOUAD)
    catalogues.add("tvmaze:90001")
    feed(server)
    refresher.refresh()
    moment.advance(days=20)
    report = refresher.refresh()
    assert report.fetched == 1 and len(server.calls(FEED)) == 1
    assert report.changed == []


def test_a_failing_title_is_reported_and_the_others_still_refresh(server, catalogues, refresher, moment):
    serve_show(server, AOUAD)
    title = catalogues.add("tvmaze:90001")
    server.add("/shows/90001", Reply(status=200, body=b'{"id": 90001, "name": '))
    moment.advance(hours=1)
    report = refresher.refresh([title.id])
    assert list(report.problems) == ["tvmaze:90001"]
    assert "TVmaze" in report.problems["tvmaze:90001"]
    assert catalogues.store.title_links(title.id)[0].last_error
    assert timedelta(0) <= moment() - catalogues.store.title_links(title.id)[0].linked_at


def test_the_schedule_knows_when_the_next_refresh_is_due(server, catalogues, refresher, moment):
    every = timedelta(hours=6)
    assert refresher.next_due(every) == moment()
    serve_show(server, AOUAD)
    catalogues.add("tvmaze:90001")
    feed(server)
    refresher.refresh()
    assert refresher.last_refreshed() == moment()
    assert refresher.next_due(every) == moment() + every
    moment.advance(hours=7)
    assert refresher.next_due(every) == moment()
    server.stop()
    offline = refresher.refresh()
    assert offline.offline and refresher.last_refreshed() == moment() - timedelta(hours=7)


def test_a_refresh_keeps_the_providers_it_started_with_when_they_are_swapped_meanwhile(
    server, catalogues, refresher, moment
):
    """The GUI replaces `catalogues.providers` with a new mapping when a key changes, on its own thread;
    a refresh running on a worker goes on with the snapshot it took, so no key vanishes mid-refresh."""
    serve_show(server, AOUAD, AOUAD_DATED)
    title = catalogues.add("tvmaze:90001")
    started_with = catalogues.providers

    def swap(done: int, total: int, ref: str) -> None:
        catalogues.providers = {}  # as a rebuild would, before this refresh asks for its first title

    moment.advance(days=20)  # beyond the feed's reach: every linked title is fetched
    report = refresher.refresh(progress=swap)
    assert (report.fetched, report.problems) == (1, {})
    assert catalogues.providers == {} and "tvmaze" in started_with
    assert catalogues.store.watchlist.title(title.id).season(2).status is Status.SCHEDULED
