"""Episode alerts: a season's premiere, each new episode, the season complete, an air date announced or moved.

They follow the title's alert setting like status alerts: only what airs (or is listed) after the baseline
counts. Each airing alert is due at the episode's own instant, the catalogue's air time in the network's
zone, so it is right across a daylight-saving change; an episode listed with a date only is due at
`air_time` local time in the user's zone. Episodes that come out together are one alert ("episodes 1-8").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, time

from cliffhanger.domain.episodes import Episode, finale
from cliffhanger.domain.models import Season, Title
from cliffhanger.domain.reminders import AlertKind, AlertSetting, Event, EventKind
from cliffhanger.i18n import day_text, fill, translate

from . import wording

Drop = tuple[datetime, list[Episode]]


def episode_events(
    title: Title, setting: AlertSetting, zone_name: str = "UTC", air_time: time = time(9)
) -> list[Event]:
    """The episode alerts of one title (its seasons' episodes must be loaded), due or not yet due."""
    if not setting.enabled:
        return []
    events: list[Event] = []
    for season in title.seasons:
        if season.number is None or not season.episodes:
            continue
        drops = _drops(season.episodes, zone_name, air_time)
        events.extend(_airing(title, season, drops, setting))
        if AlertKind.EPISODE_DATE in setting.kinds:
            events.extend(_dates(title, season, setting.baseline))
    return events


def _drops(episodes: Sequence[Episode], zone_name: str, air_time: time) -> list[Drop]:
    """Episodes grouped by the instant they air, earliest first."""
    by_instant: dict[datetime, list[Episode]] = {}
    for episode in episodes:
        instant = episode.air_instant(zone_name, air_time)
        if instant is not None:
            by_instant.setdefault(instant, []).append(episode)
    return [(at, sorted(by_instant[at], key=lambda e: e.number)) for at in sorted(by_instant)]


def numbers(episodes: Sequence[Episode]) -> str:
    """ "episode 4", "episodes 4-6" or "episodes 1, 3"."""
    ns = [e.number for e in episodes]
    if len(ns) == 1:
        return fill(translate("EpisodeAlerts", "episode %1"), ns[0])
    if ns == list(range(ns[0], ns[-1] + 1)):
        return fill(translate("EpisodeAlerts", "episodes %1-%2"), ns[0], ns[-1])
    return fill(translate("EpisodeAlerts", "episodes %1"), ", ".join(map(str, ns)))


def _out(episodes: Sequence[Episode], season: Season) -> str:
    count = len(episodes)
    if count == len(season.episodes) and count > 1:
        return translate("EpisodeAlerts", "all %n episode(s) are out", None, count)
    named = f' "{episodes[0].title}"' if count == 1 and episodes[0].title else ""
    if count == 1:
        return fill(translate("EpisodeAlerts", "%1%2 is out"), numbers(episodes), named)
    return fill(translate("EpisodeAlerts", "%1 are out"), numbers(episodes))


def _airing(title: Title, season: Season, drops: list[Drop], setting: AlertSetting) -> Iterator[Event]:
    if not drops:
        return
    heading = wording.heading(title, season.number)
    last = finale(season.episodes)
    premiere_on = AlertKind.PREMIERE in setting.kinds
    for index, (at, group) in enumerate(drops):
        if at <= setting.baseline:
            continue
        value = f"{group[0].number}-{group[-1].number}@{at:%Y-%m-%dT%H:%MZ}"
        first = index == 0 and group[0].number == min(e.number for e in season.episodes)
        if first and premiere_on:
            body = fill(translate("EpisodeAlerts", "season premiere: %1"), _out(group, season))
            yield Event(title.id or 0, season.number, EventKind.PREMIERE, value, at, heading, body)
        elif AlertKind.EPISODE in setting.kinds:
            yield Event(
                title.id or 0, season.number, EventKind.EPISODE, value, at, heading, _out(group, season)
            )
        ends = last is not None and last in group
        if ends and AlertKind.FINALE in setting.kinds and not (first and premiere_on):
            count = len(season.episodes)
            body = translate(
                "EpisodeAlerts", "season complete: the last of %n episode(s) is out", None, count
            )
            yield Event(title.id or 0, season.number, EventKind.FINALE, value, at, heading, body)


def _dates(title: Title, season: Season, baseline: datetime) -> Iterator[Event]:
    """One alert per season and moment at which air dates were listed or moved (one catalogue answer)."""
    noted: dict[datetime, list[Episode]] = {}
    for episode in season.episodes:
        moment = episode.date_noted_at
        if moment is None or episode.airdate is None:
            continue
        moment = wording.aware(moment)
        if moment > baseline and episode.airdate >= moment.date():
            noted.setdefault(moment, []).append(episode)
    heading = wording.heading(title, season.number)
    for moment, group in sorted(noted.items()):
        group.sort(key=lambda e: e.number)
        value = ",".join(f"{e.number}:{e.airdate}" for e in group)
        yield Event(
            title.id or 0, season.number, EventKind.EPISODE_DATE, value, moment, heading, _date_words(group)
        )


def _date_words(group: Sequence[Episode]) -> str:
    first = group[0]
    assert first.airdate is not None
    day = day_text(first.airdate)
    if len(group) == 1 and first.previous_airdate is not None:
        was = day_text(first.previous_airdate)
        return fill(translate("EpisodeAlerts", "episode %1 moved to %2, was %3"), first.number, day, was)
    if len(group) == 1:
        return fill(translate("EpisodeAlerts", "episode %1 date announced, %2"), first.number, day)
    if any(e.previous_airdate is not None for e in group):
        return fill(translate("EpisodeAlerts", "dates of %1 moved, from %2"), numbers(group), day)
    return fill(translate("EpisodeAlerts", "dates of %1 announced, from %2"), numbers(group), day)
