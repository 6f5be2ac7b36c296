"""Episode alerts from shows added through the loopback TVmaze server into a real database file.

A weekly season across the start of US daylight saving time, and a binge drop: each alert is delivered at the
episode's own instant, once, and only the kinds the title has switched on.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import DEFAULT_ALERT_KINDS, AlertKind, AlertSetting, EventKind
from cliffhanger.providers import TvmazeProvider
from cliffhanger.reminders.book import ReminderBook
from cliffhanger.reminders.delivery import Preferences, run_pass
from cliffhanger.reminders.episode_alerts import episode_events
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.sync.catalogue import Catalogues
from support.catalogues import FakeClock, options
from support.replay import ReplayServer, Reply

from .conftest import chain

HARBOR = "tvmaze/shows_90002_harbor-lights_embed-seasons-cast-nextepisode-episodes.handmade.json"
HARBOR_MOVED = (
    "tvmaze/shows_90002_harbor-lights_e4-moved_embed-seasons-cast-nextepisode-episodes.handmade.json"
)
AOUAD = (
    "tvmaze/shows_90001_all-of-us-are-dead_s2-episodes_embed-seasons-cast-nextepisode-episodes.handmade.json"
)
ADDED = datetime(2026, 12, 1, 9, tzinfo=UTC)
EVERY = [k for k in AlertKind]


@pytest.fixture
def catalogues(watchlist):
    moment = {"now": ADDED}
    with ReplayServer() as server:
        tvmaze = TvmazeProvider.create(server.url, **options(FakeClock(), now=lambda: moment["now"]))
        found = Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze}, now=lambda: moment["now"])
        found.server, found.moment = server, moment
        yield found
        tvmaze.close()


def follow(catalogues, ref: str, body: str | list[str], kinds) -> int:
    show_id = ref.split(":")[1]
    bodies = [body] if isinstance(body, str) else body
    catalogues.server.add(f"/shows/{show_id}", [Reply.file(b) for b in bodies])
    title = catalogues.add(ref)
    ReminderBook(catalogues.store.watchlist.db).set_alerts(title.id, True, now=ADDED, kinds=kinds)
    return title.id


def delivered_between(watchlist, recorder, start: datetime, end: datetime, step=timedelta(minutes=1)):
    """Run a pass a minute before and at each episode instant, as the service's timer would."""
    shown = []
    now = start
    while now <= end:
        before = len(recorder.shown)
        run_pass(watchlist.db, chain(recorder), now=now, prefs=Preferences(zone="Europe/Berlin"))
        shown.extend((now, n) for n in recorder.shown[before:])
        now += step
    return shown


def test_a_weekly_season_alerts_at_each_instant_across_the_dst_change(catalogues, watchlist, recorder):
    follow(catalogues, "tvmaze:90002", HARBOR, EVERY)
    with watchlist.db.transaction() as session:
        from cliffhanger.reminders.delivery import load_agenda

        dues = [(e.kind, e.due) for e in load_agenda(session, Preferences()).events]
    assert dues == [
        (EventKind.PREMIERE, datetime(2027, 3, 1, 2, tzinfo=UTC)),
        (EventKind.EPISODE, datetime(2027, 3, 8, 2, tzinfo=UTC)),
        (EventKind.EPISODE, datetime(2027, 3, 15, 1, tzinfo=UTC)),  # clocks went forward in New York
        (EventKind.EPISODE, datetime(2027, 3, 22, 1, tzinfo=UTC)),
        (EventKind.EPISODE, datetime(2027, 3, 29, 1, tzinfo=UTC)),
        (EventKind.EPISODE, datetime(2027, 4, 5, 1, tzinfo=UTC)),
        (EventKind.FINALE, datetime(2027, 4, 5, 1, tzinfo=UTC)),
    ]
    second = datetime(2027, 3, 8, 2, tzinfo=UTC)
    caught_up = run_pass(watchlist.db, chain(recorder), now=second, prefs=Preferences())
    assert [e.kind for e in caught_up.delivered] == [EventKind.PREMIERE, EventKind.EPISODE]
    assert len(recorder.shown) == 1  # one season's alerts due together are one notification
    third = datetime(2027, 3, 15, 1, tzinfo=UTC)
    shown = delivered_between(watchlist, recorder, third - timedelta(minutes=2), third + timedelta(minutes=1))
    assert [(at, n.summary, n.body) for at, n in shown] == [
        (third, "Harbor Lights, season 1", 'episode 3 "Episode 3" is out')
    ]
    assert len(recorder.shown) == 2
    finale_at = datetime(2027, 4, 5, 1, tzinfo=UTC)
    run_pass(watchlist.db, chain(recorder), now=finale_at, prefs=Preferences())
    last = recorder.shown[-1]  # 4 and 5 were missed (the machine was off): one season, so one notification
    assert last.summary == "Harbor Lights, season 1"
    assert last.body.split("; ") == [
        'episode 4 "Episode 4" is out',
        'episode 5 "Episode 5" is out',
        'episode 6 "Episode 6" is out',
        "season complete: the last of 6 episodes is out",
    ]
    run_pass(watchlist.db, chain(recorder), now=finale_at + timedelta(hours=1), prefs=Preferences())
    assert len(recorder.shown) == 3


def test_by_default_only_the_premiere_airs_and_a_moved_date_is_news(catalogues, watchlist, recorder):
    title_id = follow(catalogues, "tvmaze:90002", [HARBOR, HARBOR_MOVED], None)
    from cliffhanger.sync.refresh import Refresher

    catalogues.moment["now"] = ADDED + timedelta(hours=2)
    catalogues.server.add("/updates/shows", Reply.json({"90002": int(ADDED.timestamp()) + 3600}))
    Refresher(catalogues).refresh()
    with watchlist.db.transaction() as session:
        from cliffhanger.reminders.delivery import load_agenda

        events = load_agenda(session, Preferences()).events
    kinds = [(e.kind, e.body) for e in events if e.title_id == title_id]
    assert kinds == [
        (EventKind.EPISODE_DATE, "dates of episodes 4-6 moved, from 28 March 2027"),
        (EventKind.PREMIERE, 'season premiere: episode 1 "Episode 1" is out'),
    ]


def test_a_binge_drop_is_one_premiere_notification(catalogues, watchlist, recorder):
    follow(catalogues, "tvmaze:90001", AOUAD, EVERY)
    drop = datetime(2027, 1, 15, 8, tzinfo=UTC)
    assert (
        run_pass(
            watchlist.db, chain(recorder), now=drop - timedelta(seconds=1), prefs=Preferences()
        ).delivered
        == ()
    )
    result = run_pass(watchlist.db, chain(recorder), now=drop, prefs=Preferences())
    assert [e.kind for e in result.delivered] == [EventKind.PREMIERE]
    [shown] = recorder.shown
    assert (shown.summary, shown.body) == (
        "All of Us Are Dead, season 2",
        "season premiere: all 8 episodes are out",
    )


def test_alerts_off_or_before_the_baseline_say_nothing():
    episodes = tuple(
        Episode(
            1,
            n,
            airdate=datetime(2027, 1, n, tzinfo=UTC).date(),
            airstamp=datetime(2027, 1, n, 20, tzinfo=UTC),
        )
        for n in range(1, 4)
    )
    title = Title("Weekly", seasons=(Season(1, episodes=episodes),), id=7)
    assert episode_events(title, AlertSetting(7, False, ADDED, frozenset(EVERY))) == []
    late = AlertSetting(7, True, datetime(2027, 1, 2, 21, tzinfo=UTC), frozenset(EVERY))
    last = [(e.kind, e.due) for e in episode_events(title, late)]
    assert last == [
        (EventKind.EPISODE, datetime(2027, 1, 3, 20, tzinfo=UTC)),
        (EventKind.FINALE, datetime(2027, 1, 3, 20, tzinfo=UTC)),
    ]
    defaults = AlertSetting(7, True, ADDED, DEFAULT_ALERT_KINDS)
    assert [e.kind for e in episode_events(title, defaults)] == [EventKind.PREMIERE]


def test_a_date_only_episode_airs_at_the_users_time_in_their_zone():
    day = datetime(2027, 7, 1).date()
    title = Title("Dated", seasons=(Season(1, episodes=(Episode(1, 1, airdate=day),)),), id=3)
    [premiere] = episode_events(title, AlertSetting(3, True, ADDED), "Europe/Berlin", time(18, 30))
    assert premiere.due == datetime(2027, 7, 1, 16, 30, tzinfo=UTC)
