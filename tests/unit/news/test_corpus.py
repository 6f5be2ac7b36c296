"""Precision and recall of the extractor on the hand-labelled corpus of real articles (tests/fixtures/news).

The rules were written against the "tune" part; the "held-out" part was labelled before the extractor ever
ran on it and is never tuned on. Both must reach 0.9 precision and 0.8 recall for every fact kind; the
figures are printed at the end of the run.
"""

import pytest

from . import corpus

PRECISION, RECALL = 0.9, 0.8


@pytest.mark.parametrize("split", ["tune", "held-out"])
def test_every_fact_kind_reaches_the_bar(split, news_report):
    scores, identity = corpus.run(split)
    if not identity["articles"]:
        pytest.skip(f"no {split} articles")
    news_report.append(corpus.report(split, scores, identity))
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
    assert (corpus.FIXTURES / "SOURCES.md").read_text(encoding="utf-8").count("| http") == len(articles)
