"""An import plan: for every row of a parsed file, whether its title is added, merged, skipped or bad.

Making a plan writes nothing; `apply.run_import` makes the plan again and carries it out in one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import NamedTuple

from cliffhanger.domain.models import Title
from cliffhanger.storage.transfer_store import ImportBatch

from .merging import Merge, TitleIndex, merge, name_key
from .model import Candidate, Parsed, Place
from .progress import CHUNK, Progress, silent


class Action(StrEnum):
    """What an import does with one row."""

    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"
    BAD = "bad"


class PlanItem(NamedTuple):
    """One row's fate: what it read (none for a bad row), the watchlist title it matched (if any) and why.

    A named tuple, not a frozen dataclass: a plan makes one per row, and tuples are built several times
    faster."""

    place: Place
    action: Action
    candidate: Candidate | None = None
    target: int | None = None  # id of the matched watchlist title
    reason: str = ""
    merge: Merge | None = None

    @property
    def title(self) -> Title | None:
        return None if self.candidate is None else self.candidate.title


@dataclass
class ImportPlan:
    """The rows of one file, each with its action, in file order."""

    format: str
    items: list[PlanItem] = field(default_factory=list)
    encoding: str = ""

    def counts(self) -> dict[str, int]:
        tally = Counter(item.action for item in self.items)
        return {action.value: tally.get(action, 0) for action in Action}

    def of(self, action: Action) -> list[PlanItem]:
        return [item for item in self.items if item.action is action]

    @property
    def bad(self) -> list[PlanItem]:
        return self.of(Action.BAD)


_line = attrgetter("place.number")


def make_plan(parsed: Parsed, batch: ImportBatch, progress: Progress = silent) -> ImportPlan:
    """Match every candidate against the watchlist (and the rows before it); nothing is written.
    `progress` hears how many candidates are matched, every `CHUNK` of them."""
    index = TitleIndex(batch.title_keys())
    plan = ImportPlan(parsed.format, encoding=parsed.encoding)
    first_seen: dict[int, Place] = {}
    matched: dict[int, list[int]] = {}
    total = len(parsed.candidates)
    items = plan.items
    for number, candidate in enumerate(parsed.candidates):
        if number and number % CHUNK == 0:
            progress(number, total)
        name, kind, year, ids = candidate.key()
        key = name_key(name, kind, year)
        target = index.find(name, ids, key)
        if target is not None and target < 0:
            reason = f"{name}: same title as {first_seen[target]}"
            items.append(PlanItem(candidate.place, Action.SKIP, candidate, None, reason))
        elif target is not None:
            matched.setdefault(target, []).append(len(items))
            items.append(PlanItem(candidate.place, Action.MERGE, candidate, target))
        else:
            ref = -(number + 1)
            first_seen[ref] = candidate.place
            index.put(ref, name, ids, key)
            items.append(PlanItem(candidate.place, Action.ADD, candidate))
    progress(total, total)
    _resolve_merges(plan, matched, batch)
    plan.items.extend(
        PlanItem(note.place, Action.BAD if note.bad else Action.SKIP, reason=note.reason)
        for note in parsed.notes
    )
    plan.items.sort(key=_line)
    return plan


def _resolve_merges(plan: ImportPlan, matched: dict[int, list[int]], batch: ImportBatch) -> None:
    """Work out what each match adds; a match that adds nothing is a skip, and so is a second match."""
    if not matched:
        return
    existing = {t.id: t for t in batch.titles(list(matched), episodes=True)}
    for target, positions in matched.items():
        held = existing.get(target)
        for rank, position in enumerate(positions):
            item = plan.items[position]
            candidate = item.candidate
            assert candidate is not None
            if held is None or rank > 0:
                reason = f"{candidate.name}: matches a title an earlier row already merges into"
                plan.items[position] = PlanItem(item.place, Action.SKIP, candidate, target, reason)
                continue
            result = merge(held, candidate.title)
            if result.changes:
                why = "adds " + ", ".join(result.changes)
                plan.items[position] = PlanItem(item.place, Action.MERGE, candidate, target, why, result)
            else:
                why = f"{held.name}: already on the watchlist"
                plan.items[position] = PlanItem(item.place, Action.SKIP, candidate, target, why)
