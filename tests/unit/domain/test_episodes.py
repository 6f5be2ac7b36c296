"""Episodes: release patterns, finale, progress, the next to air, the state marks point to, choices."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cliffhanger.domain.episodes import (
    Episode,
    Progress,
    ReleasePattern,
    finale,
    followed_state,
    next_to_air,
    progress,
    progress_of_counts,
    release_pattern,
)
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.vocabulary import Kind, WatchState
from cliffhanger.domain.watching import EpisodeChoiceError, chosen_episodes

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def weekly(season: int, first: date, count: int, watched: int = 0) -> tuple[Episode, ...]:
    seen = datetime(2026, 1, 1, tzinfo=UTC)
    return tuple(
        Episode(
            season,
            n,
            f"Episode {n}",
            first + timedelta(weeks=n - 1),
            watched_at=seen if n <= watched else None,
        )
        for n in range(1, count + 1)
    )


def test_one_day_for_every_episode_is_all_at_once():
    drop = tuple(Episode(2, n, airdate=date(2027, 1, 15)) for n in range(1, 9))
    assert release_pattern(drop) is ReleasePattern.ALL_AT_ONCE


def test_an_episode_a_week_with_a_double_premiere_is_weekly():
    episodes = (Episode(1, 1, airdate=date(2026, 10, 1)), *weekly(1, date(2026, 10, 1), 6)[1:])
    episodes += (Episode(1, 7, airdate=date(2026, 10, 1)),)
    assert release_pattern(episodes) is ReleasePattern.WEEKLY


def test_two_batches_or_a_long_break_make_parts():
    batches = tuple(Episode(4, n, airdate=date(2022, 5, 27)) for n in range(1, 8))
    batches += (Episode(4, 8, airdate=date(2022, 7, 1)), Episode(4, 9, airdate=date(2022, 7, 1)))
    assert release_pattern(batches) is ReleasePattern.IN_PARTS
    midseason = weekly(1, date(2026, 9, 1), 4) + weekly(1, date(2027, 1, 5), 4)
    midseason = tuple(Episode(1, n, airdate=e.airdate) for n, e in enumerate(midseason, 1))
    assert release_pattern(midseason) is ReleasePattern.IN_PARTS


def test_undated_episodes_have_no_pattern_and_no_finale():
    episodes = (Episode(2, 1), Episode(2, 2))
    assert release_pattern(episodes) is None
    assert finale(episodes) is None
    assert finale((Episode(2, 1, airdate=date(2027, 1, 1)), Episode(2, 2))) is None


def test_the_finale_is_the_last_numbered_episode_once_all_are_dated():
    episodes = weekly(1, date(2026, 10, 1), 8)
    assert finale(episodes).number == 8


def test_progress_is_the_first_season_not_fully_watched():
    episodes = weekly(1, date(2025, 1, 1), 6, watched=6) + weekly(2, date(2026, 1, 1), 8, watched=3)
    assert progress(episodes) == Progress(2, 3, 8)
    assert progress(episodes).text == "S2 · 3/8"
    done = weekly(1, date(2025, 1, 1), 2, watched=2)
    assert progress(done) == Progress(1, 2, 2)
    assert progress_of_counts([Progress(1, 6, 6), Progress(2, 3, 8)]) == Progress(2, 3, 8)
    assert progress_of_counts([Progress(1, 6, 6), Progress(2, 8, 8)]) == Progress(2, 8, 8)


def test_next_to_air_uses_the_instant_when_known():
    today_late = Episode(1, 3, airdate=date(2026, 12, 1), airstamp=datetime(2026, 12, 1, 20, tzinfo=UTC))
    aired = Episode(1, 2, airdate=date(2026, 11, 24), airstamp=datetime(2026, 11, 24, 20, tzinfo=UTC))
    assert next_to_air([aired, today_late], NOW) == today_late
    assert next_to_air([aired], NOW) is None


def test_a_date_without_time_airs_at_the_default_local_time_in_the_given_zone():
    episode = Episode(1, 1, airdate=date(2026, 7, 1))
    assert episode.air_instant("Europe/Berlin", time(9)) == datetime(2026, 7, 1, 7, tzinfo=UTC)
    assert Episode(1, 1, airdate=date(2026, 12, 1)).air_instant("Europe/Berlin") == datetime(
        2026, 12, 1, 8, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("watched", "expected"),
    [(0, WatchState.PLAN), (2, WatchState.WATCHING), (4, WatchState.WAITING), (6, WatchState.COMPLETED)],
)
def test_watched_marks_point_to_a_watch_state(watched: int, expected: WatchState):
    # four episodes aired before NOW, two to come
    episodes = weekly(1, date(2026, 11, 10), 6, watched=watched)
    assert followed_state(WatchState.PLAN, episodes, NOW) is expected


def test_dropped_stays_dropped():
    assert followed_state(WatchState.DROPPED, weekly(1, date(2026, 1, 1), 2, 2), NOW) is WatchState.DROPPED


def show() -> Title:
    return Title(
        "Silicon Valley",
        seasons=(
            Season(1, episodes=weekly(1, date(2014, 4, 6), 8)),
            Season(2, episodes=weekly(2, date(2015, 4, 12), 10)),
        ),
    )


def test_choices_one_up_to_a_season_or_the_show():
    title = show()
    assert [(e.season, e.number) for e in chosen_episodes(title, season=2, episode=3)] == [(2, 3)]
    assert len(chosen_episodes(title, season=2, episode=3, up_to=True)) == 8 + 3
    assert len(chosen_episodes(title, season=1)) == 8
    assert len(chosen_episodes(title)) == 18


@pytest.mark.parametrize(
    ("season", "episode", "words"),
    [
        (3, None, "no season 3"),
        (2, 11, "no episode 11"),
        (None, 2, "name the season"),
        (0, None, "no season 0"),
    ],
)
def test_choices_that_do_not_exist_are_refused(season, episode, words):
    with pytest.raises(EpisodeChoiceError, match=words):
        chosen_episodes(show(), season=season, episode=episode)


def test_a_film_has_no_episodes():
    with pytest.raises(EpisodeChoiceError, match="film"):
        chosen_episodes(Title("The Matrix", kind=Kind.FILM))
