"""Days a milestone's own sentence leaves out, given by a later sentence of the article.

"Netflix renewed the show" is dated by "the streamer announced the decision on November 10" further on, and
"season 3 is officially in production, he shared" by "In the Instagram post uploaded Friday"; a shoot the
article reports begun without a day starts in the month a later sentence says it runs from ("filming will
take place between March and October").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from cliffhanger.domain.vocabulary import Status
from cliffhanger.domain.windows import Precision, ReleaseWindow

from .dates import Mention, mentions
from .model import StatusFact

_NEWS = re.compile(
    r"\b(?:announced|confirmed|revealed|shared|broke|made|unveiled)\b[^.;]{0,30}?"
    r"\bthe (?:[\w-]+ ){0,2}(?:news|decision|announcement|renewal)\b"
    r"|\b(?:the|an?|his|her|their) (?:[\w-]+ ){0,2}(?:post|video|tweet|statement|announcement)\s+"
    r"(?:uploaded|posted|shared|published|released|made)\b"
    r"|\baccording to (?:the|an?) (?:[\w-]+ ){0,3}(?:announcement|press release)\b"
    r"|\b(?:said|announced|confirmed) in a (?:statement|press release)\b"
    r"|^\W*(?:that|this) (?:happened|came|was announced|was confirmed)\b",  # "That happened back in July"
    re.IGNORECASE,
)
_SHOOT_RUNS = re.compile(
    r"\b(?:filming|production|shooting|the shoot)\s+(?:will |is (?:set|scheduled|expected) to )?"
    r"(?:take place|takes place|run|runs|last|lasts)\b[^.;]{0,60}?\b(?:between|from)\s+$",
    re.IGNORECASE,
)
_NIGHT_BEFORE = re.compile(
    r"\b(?:the (?:previous|prior) (?:night|day|evening)|the (?:night|day|evening) before)\b", re.IGNORECASE
)  # "broke the news on Friday, June 8, ... he had heard about it ... the previous night"
_DATELINE = re.compile(r"^\(?(?:[A-Z][\w.']*[ ,]+){1,5}(?:-\s+|,\s+)?$")
_DATELINE_END = re.compile(r"^\s*(?:\)\s*-|/\w+/|-\s)")
_DECISIONS = (Status.ANNOUNCED, Status.CANCELLED)
_PRECISION = {Precision.DAY: "day", Precision.MONTH: "month"}


def _dated(sentence: str, published: date) -> list[Mention]:
    return [
        m
        for m in mentions(sentence, published, forward=False)
        if m.window.earliest <= published and m.window.precision in _PRECISION
    ]


def _news_day(sentence: str, published: date) -> Mention | None:
    """The day a sentence gives for the article's news ("shared the news on Twitter over the weekend")."""
    news = _NEWS.search(sentence)
    if not news:
        return None
    near = [m for m in _dated(sentence, published) if abs(m.start - news.end()) < 60]
    if not near:
        return None
    day = min(near, key=lambda m: abs(m.start - news.end()))
    if day.window.precision is Precision.DAY and _NIGHT_BEFORE.search(sentence, day.end):
        return replace(day, window=ReleaseWindow.on(day.window.earliest - timedelta(days=1)))
    return day


def _dateline_day(sentence: str, published: date) -> Mention | None:
    """The day of a press release's dateline: "(Beverly Hills, CA - June 27, 2013) - Netflix ..."."""
    for mention in _dated(sentence, published):
        if mention.start > 60:
            break
        if (
            mention.window.precision is Precision.DAY
            and _DATELINE.match(sentence[: mention.start])
            and _DATELINE_END.match(sentence[mention.end :])
        ):
            return mention
    return None


_SIGNATURE = re.compile(
    r"\(@\w{1,30}\)\s*"
)  # an embedded post's "- Prime Video (@PrimeVideo) September 17, 2021"


def post_days(paragraphs: list[list[str]], published: date) -> dict[str, date]:
    """The sentences of embedded social posts, each with the day its post's signature gives."""
    days: dict[str, date] = {}
    for paragraph in paragraphs:
        signature = _SIGNATURE.search(paragraph[-1])
        if not signature:
            continue
        signed = [
            m
            for m in _dated(paragraph[-1], published)
            if m.start == signature.end() and m.window.precision is Precision.DAY
        ]
        for sentence in paragraph if signed else ():
            days[sentence] = signed[0].window.earliest
    return days


def _shoot_start(sentence: str, published: date) -> Mention | None:
    """The month a shoot runs from ("filming will take place ... between March and October")."""
    for mention in _dated(sentence, published):
        if _SHOOT_RUNS.search(sentence[: mention.start]):
            return mention
    return None


def _dated_as(fact: StatusFact, mention: Mention) -> StatusFact:
    window = mention.window
    return replace(fact, since=window.earliest, precision=_PRECISION[window.precision])


def with_context_days(
    facts: list[StatusFact], sentences: list[str], published: date, own: set[str]
) -> list[StatusFact]:
    """The facts, those dated only by the article's day given the day a later sentence names for them;
    `own` are the sentences that state milestones of their own, whose dates are theirs."""
    undated = [f for f in facts if f.precision == "article"]
    if not undated:
        return facts
    order = {sentence: index for index, sentence in enumerate(sentences)}
    later = {}
    for index, sentence in enumerate(sentences):
        if sentence in own:
            continue
        news = _news_day(sentence, published) or _dateline_day(sentence, published)
        shoot = _shoot_start(sentence, published)
        for fact in undated:
            before = order.get(fact.evidence.sentence, len(sentences)) < index
            if id(fact) in later or not (before or (news and fact.status in _DECISIONS)):
                continue  # a renewal is the news wherever the article dates it
            if shoot and fact.status is Status.FILMING:
                later[id(fact)] = _dated_as(fact, shoot)
            elif news:
                later[id(fact)] = _dated_as(fact, news)
    return sorted((later.get(id(f), f) for f in facts), key=lambda f: f.since)
