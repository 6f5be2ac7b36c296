"""Episodes arrive when a show is added from TVmaze and follow it on refresh; watched marks survive both."""

from datetime import UTC, date, datetime

from cliffhanger.domain.episodes import ReleasePattern, release_pattern
from support.replay import Reply

HARBOR = "tvmaze/shows_90002_harbor-lights_embed-seasons-cast-nextepisode-episodes.handmade.json"
HARBOR_MOVED = (
    "tvmaze/shows_90002_harbor-lights_e4-moved_embed-seasons-cast-nextepisode-episodes.handmade.json"
)


def test_added_show_lists_its_episodes_and_a_refresh_moves_one(server, catalogues, refresher, moment):
    server.add("/shows/90002", [Reply.file(HARBOR), Reply.file(HARBOR_MOVED)])
    title = catalogues.add("tvmaze:90002")
    watchlist = catalogues.store.watchlist
    season = watchlist.title(title.id).season(1)
    assert [e.airdate.day for e in season.episodes] == [28, 7, 14, 21, 28, 4]
    assert release_pattern(season.episodes) is ReleasePattern.WEEKLY
    watchlist.mark_watched(title.id, [(1, 1)], watched=True, now=moment())

    moment.advance(hours=6)
    server.add("/updates/shows", Reply.json({"90002": int(moment().timestamp()) - 60}))
    report = refresher.refresh()
    assert (report.fetched, report.changed) == (1, ["Harbor Lights"])
    after = watchlist.title(title.id).season(1)
    assert after.episode(1).watched
    fourth = after.episode(4)
    assert (fourth.airdate, fourth.previous_airdate, fourth.date_noted_at) == (
        date(2027, 3, 28),
        date(2027, 3, 21),
        moment(),
    )
    assert fourth.airstamp == datetime(2027, 3, 29, 1, tzinfo=UTC)
    assert after.episode(3).date_noted_at < moment()  # unchanged episodes keep their first note

    moment.advance(hours=6)
    server.add("/updates/shows", Reply.json({"90002": int(moment().timestamp()) - 60}))
    assert refresher.refresh().changed == []  # the same answer again changes nothing
