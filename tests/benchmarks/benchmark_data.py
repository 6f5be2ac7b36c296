"""Plausible generated titles for the benchmarks: varied names, networks, statuses and release windows."""

from __future__ import annotations

import random
from datetime import date, timedelta

from cliffhanger.domain.models import Credit, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import parse_window

WORDS = (
    *("shadow", "river", "night", "crown", "glass", "empire", "silent", "winter", "dead", "last", "house"),
    *("dragon", "signal", "ocean", "city", "garden", "broken", "iron", "lost", "hidden", "golden"),
    *("northern", "star", "echo", "storm", "wild", "paper", "secret", "mirror", "machine"),
)
NETWORKS = ("Netflix", "HBO", "Apple TV+", "BBC One", "Disney+", "Prime Video", "Hulu", "Channel 4", "tvN")
WINDOWS = (
    "December 2026",
    "early 2027",
    "Q2 2027",
    "2027",
    "first half of 2027",
    "15 March 2027",
    "late 2026",
)


def sample_titles(count: int, seed: int = 7) -> list[Title]:
    rng = random.Random(seed)
    titles = []
    for n in range(count):
        name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))).title() + f" {n}"
        film = rng.random() < 0.2
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))
        history = (
            StatusChange(Status.ANNOUNCED, start, rng.choice(NETWORKS), Confidence.OFFICIAL),
            StatusChange(rng.choice(list(Status)), start + timedelta(days=90), "press", Confidence.REPORTED),
        )
        claim = ReleaseClaim(parse_window(rng.choice(WINDOWS)), rng.choice(list(Confidence)), "report")
        season = Season(number=None if film else rng.randint(1, 5), history=history, claims=(claim,))
        titles.append(
            Title(
                name=name,
                kind=Kind.FILM if film else Kind.SERIES,
                year=2000 + rng.randint(0, 26),
                network=rng.choice(NETWORKS),
                watch=rng.choice(list(WatchState)),
                seasons=(season,),
                cast=(Credit(f"Actor {n}a", "Lead"), Credit(f"Actor {n}b", "Friend", order=1)),
            )
        )
    return titles
