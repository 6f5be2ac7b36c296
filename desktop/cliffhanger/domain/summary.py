"""A title's one-line summary: what the list, the tray and `cliffhanger list` show, without the whole title.

`summarise_focus` is the one rule that turns stored facts into a summary: storage calls it with the rows of a
title's focus season only, and `summarise` calls it with a full `Title`, so both give the same answer (a
property test holds them equal). Anything new that changes a line of the list (how sure a claim is held to
be, the next episode) joins here, as another argument of `summarise_focus`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .episodes import Progress, progress
from .estimate import Estimate, best_estimate, current_status
from .vocabulary import Kind, Status, WatchState

if TYPE_CHECKING:
    from .models import ReleaseClaim, StatusChange, Title


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """The title's own columns that a summary shows or filters on."""

    id: int
    name: str
    kind: Kind
    year: int | None
    original_name: str
    network: str
    watch: WatchState


@dataclass(frozen=True, slots=True)
class TitleSummary:
    """A title and where the season a fan waits for (its focus) stands."""

    facts: TitleFacts
    has_focus: bool  # False for a title with no season (or film entry) at all
    season: int | None  # the focus season's number; None for a film
    status: Status | None
    estimate: Estimate | None
    progress: Progress | None = None  # the season being watched: "S2 · 3/8", where episodes are known

    @property
    def id(self) -> int:
        return self.facts.id

    @property
    def name(self) -> str:
        return self.facts.name

    @property
    def next_date(self) -> date | None:
        """The first day the focus season may come out, while it is still awaited."""
        status = self.status
        if self.estimate is None or (status is not None and (status.is_out or status.is_final)):
            return None
        return self.estimate.window.earliest

    def is_overdue(self, today: date) -> bool:
        return bool(self.estimate and self.estimate.is_overdue(today, self.status))


def summarise_focus(
    facts: TitleFacts,
    focus: int | None,
    history: Iterable[StatusChange] | None,
    claims: Iterable[ReleaseClaim],
    progress: Progress | None = None,
) -> TitleSummary:
    """The summary from the focus season's number, history and claims; `history=None` means no season.

    `progress` is the season in progress by the watched marks (see `domain.episodes.progress`)."""
    if history is None:
        return TitleSummary(facts, False, None, None, None, progress)
    change = current_status(history)
    status = change.status if change else None
    return TitleSummary(facts, True, focus, status, best_estimate(claims), progress)


def facts_of(title: Title) -> TitleFacts:
    assert title.id is not None, "only stored titles have a summary"
    return TitleFacts(
        title.id, title.name, title.kind, title.year, title.original_name, title.network, title.watch
    )


def summarise(title: Title) -> TitleSummary:
    """The summary of a full title (the reference the stored summaries are held to)."""
    focus, done = title.focus, progress(title.episodes)
    if focus is None:
        return summarise_focus(facts_of(title), None, None, (), done)
    return summarise_focus(facts_of(title), focus.number, focus.history, focus.claims, done)
