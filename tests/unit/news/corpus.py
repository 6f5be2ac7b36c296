"""Scoring the extractor against the hand-labelled corpus in tests/fixtures/news, per fact kind.

A network is compared by its canonical name on both sides, so a label written as the text spells it ("Disney
Plus") matches the extractor's "Disney+"; a status by the word the app parses, so "premiered" is airing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cliffhanger.domain.matching import Named, fold
from cliffhanger.domain.vocabulary import Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.news import Extraction, extract
from cliffhanger.news.networks import canonical_network

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "news"
KINDS = ("statuses", "claims", "cast", "network")


@dataclass
class Score:
    """True positives, false positives and false negatives of one fact kind, and the misses seen."""

    found: int = 0
    wrong: int = 0
    missed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.wrong) if self.found + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0


def labels() -> dict:
    return json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))


def _proposed(found: Extraction) -> dict[str, set[tuple]]:
    return {
        "statuses": {(s.status.value, s.since.isoformat()) for s in found.statuses},
        "claims": {(c.window.text, c.confidence.value, bool(c.standing)) for c in found.claims},
        "cast": {(fold(c.actor), fold(c.character)) for c in found.cast},
        "network": {fold(canonical_network(found.network))} if found.network else set(),
    }


def _expected(label: dict) -> dict[str, set[tuple]]:
    return {
        "statuses": {(Status.parse(s).value, since) for s, since in label["statuses"]},
        "claims": {(parse_window(w).text, c, d) for w, c, d in label["claims"]},
        "cast": {(fold(a), fold(c)) for a, c in label["cast"]},
        "network": {fold(canonical_network(label["network"]))} if label["network"] else set(),
    }


def run(split: str) -> tuple[dict[str, Score], Counter[str]]:
    """Scores per kind over one split, and how often the title and season came out right."""
    data = labels()
    watchlist = [Named(i + 1, name) for i, name in enumerate(data["watchlist"])]
    scores = {kind: Score() for kind in KINDS}
    identity: Counter[str] = Counter()
    for name, label in data["articles"].items():
        if label["split"] != split:
            continue
        text = (FIXTURES / "articles" / name).read_text(encoding="utf-8")
        found = extract(
            text,
            published=date.fromisoformat(label["published"]),
            source=label["source"],
            watchlist=watchlist,
        )
        identity["articles"] += 1
        identity["title"] += bool(found.title and fold(found.title.name) == fold(label["title"]))
        identity["season"] += found.season == label["season"]
        proposed, expected = _proposed(found), _expected(label)
        for kind in KINDS:
            score = scores[kind]
            score.found += len(proposed[kind] & expected[kind])
            score.wrong += len(proposed[kind] - expected[kind])
            score.missed += len(expected[kind] - proposed[kind])
            score.errors += [f"{name}: extra {x}" for x in proposed[kind] - expected[kind]]
            score.errors += [f"{name}: missed {x}" for x in expected[kind] - proposed[kind]]
    return scores, identity


def report(split: str, scores: dict[str, Score], identity: Counter[str]) -> str:
    lines = [
        f"news corpus, {split} ({identity['articles']} articles): title {identity['title']}/"
        f"{identity['articles']}, season {identity['season']}/{identity['articles']}"
    ]
    for kind, score in scores.items():
        lines.append(
            f"  {kind:9} precision {score.precision:.2f}  recall {score.recall:.2f}  "
            f"({score.found} right, {score.wrong} wrong, {score.missed} missed)"
        )
    return "\n".join(lines)
