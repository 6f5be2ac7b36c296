"""Precision and recall of the extractor on the hand-labelled corpus of real articles (tests/fixtures/news).

The rules were written against the "tune" part, which must reach 0.9 precision and 0.8 recall for every fact
kind. The "held-out" part was labelled before the extractor ever ran on it and is never tuned on; once its
articles have been studied to change the rules they move to the "tune" part, and new unseen ones take their
place. Until the held-out part reaches the bar its check is an expected failure (strict=False: it passes when
it can).
The figures of both parts are printed at the end of the run.
"""

import pytest

from . import corpus

PRECISION, RECALL = 0.9, 0.8


HELD_OUT_SHORT = pytest.mark.xfail(
    reason="held-out articles are below 0.9 precision / 0.8 recall", strict=False
)


@pytest.mark.parametrize("split", ["tune", pytest.param("held-out", marks=HELD_OUT_SHORT)])
def test_every_fact_kind_reaches_the_bar(split, news_report):
    scores, identity = corpus.run(split)
    if not identity["articles"]:
        pytest.skip(f"no {split} articles")
    news_report.append(corpus.report(split, scores, identity))  # printed even when the check below fails
    low = {
        kind: (round(s.precision, 2), round(s.recall, 2), s.errors)
        for kind, s in scores.items()
        if s.precision < PRECISION or s.recall < RECALL
    }
    assert not low, low
    assert identity["title"] / identity["articles"] >= PRECISION
    assert identity["season"] / identity["articles"] >= PRECISION


def test_the_corpus_is_large_and_has_a_held_out_part():
    articles = corpus.labels()["articles"]
    assert len(articles) >= 25
    assert sum(a["split"] == "held-out" for a in articles.values()) >= 5
    assert (corpus.FIXTURES / "SOURCES.md").read_text(encoding="utf-8").count("| http") == len(articles)
