"""Adding and linking titles from a catalogue: facts land with their source, manual entries stay in force."""

from datetime import date, timedelta

import pytest
from sync_helpers import AOUAD, serve_show

from cliffhanger.domain.models import ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Status, WatchState
from cliffhanger.domain.windows import parse_window
from cliffhanger.providers import NotFoundError
from support.replay import Reply


def test_adding_from_tvmaze_brings_seasons_status_dates_and_cast(server, catalogues):
    serve_show(server, AOUAD)
    title = catalogues.add("tvmaze:90001")
    assert (title.name, title.network, title.ids.number("tvmaze"), title.ids.get("imdb")) == (
        "All of Us Are Dead",
        "Netflix",
        90001,
        "tt14169960",
    )
    assert [s.number for s in title.seasons] == [1, 2]
    first, second = title.seasons
    assert first.expected.text == "28 January 2022" and first.expected.confidence is Confidence.OFFICIAL
    assert second.status is Status.ON_HOLD and second.status_change.source == "TVmaze"
    assert second.expected is None
    assert ("Park Ji-hu", "Nam On-jo") in [(c.actor, c.character) for c in title.cast]
    [link] = catalogues.store.title_links(title.id)
    assert (link.ref, link.status_text, link.remote_updated) == (
        "tvmaze:90001",
        "To Be Determined",
        1700000000,
    )


def test_adding_the_same_show_twice_keeps_one_title(server, catalogues):
    serve_show(server, AOUAD, AOUAD)
    first = catalogues.add("tvmaze:90001")
    again = catalogues.add("tvmaze:90001")
    assert again.id == first.id
    assert len(catalogues.store.watchlist.titles()) == 1
    assert len(again.cast) == len(first.cast)


def users_case(watchlist) -> Title:
    title = watchlist.add(
        Title(name="All of Us Are Dead", network="Netflix", watch=WatchState.WAITING, seasons=(Season(2),))
    )
    watchlist.record_status(title.id, 2, StatusChange(Status.POST_PRODUCTION, date(2026, 2, 19), "wrap"))
    return watchlist.add_claim(title.id, 2, ReleaseClaim(parse_window("early 2027"), Confidence.SPECULATED))


def test_linking_a_manual_title_keeps_the_users_status_and_adds_what_is_missing(
    server, catalogues, watchlist
):
    manual = users_case(watchlist)
    serve_show(server, AOUAD)
    linked = catalogues.link(manual.id, "tvmaze:90001")
    second = linked.season(2)
    assert second.status is Status.POST_PRODUCTION
    assert [c.source for c in second.history] == ["wrap"]
    assert second.expected.text == "early 2027"
    assert linked.season(1).status is Status.ENDED
    assert linked.ids.number("tvmaze") == 90001 and linked.network == "Netflix"
    assert {c.actor for c in linked.cast} == {"Park Ji-hu", "Yoon Chan-young", "Cho Yi-hyun"}


def test_a_show_removed_from_the_catalogue_is_a_clear_error_and_changes_nothing(
    server, catalogues, watchlist
):
    server.add("/shows/90001", Reply.file("tvmaze/error_404_episodebynumber_unknown_episode.2017.json", 404))
    with pytest.raises(NotFoundError):
        catalogues.add("tvmaze:90001")
    assert watchlist.titles() == []


def test_search_reports_each_catalogues_failure_beside_the_others_hits(server, catalogues):
    server.add("/search/shows", Reply.file("tvmaze/search_shows_q-all-of-us-are-dead.handmade.json"))
    found = catalogues.search("all of us are dead")
    assert found.hits[0].name == "All of Us Are Dead" and not found.errors
    server.add("/search/shows", Reply(status=503))
    failed = catalogues.search("all of us are dead")
    assert failed.hits == [] and "TVmaze" in failed.errors
    assert catalogues.search("   ").hits == []


def test_what_a_new_link_brings_in_is_not_news(server, catalogues, watchlist, moment):
    from cliffhanger.reminders.alerts import alert_events
    from cliffhanger.storage import reminders_repo

    manual = users_case(watchlist)
    serve_show(server, AOUAD)
    moment.value = moment.value.replace(year=2099)  # linked long after the title was added
    linked = catalogues.link(manual.id, "tvmaze:90001")
    with watchlist.db.transaction() as session:
        setting = reminders_repo.alert_settings(session=session)[manual.id]
    assert setting.enabled and setting.baseline > moment() - timedelta(seconds=1)
    assert alert_events(linked, setting) == []


def test_adding_a_show_the_watchlist_holds_by_its_imdb_id_links_it_instead(server, catalogues, watchlist):
    from cliffhanger.domain.models import ExternalIds

    imdb = ExternalIds(imdb="tt14169960")
    manual = watchlist.add(Title(name="지금 우리 학교는", ids=imdb, seasons=(Season(2),)))
    serve_show(server, AOUAD)
    added = catalogues.add("tvmaze:90001")
    assert added.id == manual.id and added.name == "지금 우리 학교는"
    assert added.ids.number("tvmaze") == 90001 and len(watchlist.titles()) == 1
