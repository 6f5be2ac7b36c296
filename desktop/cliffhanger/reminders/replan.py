"""Incremental planning: only the titles marked since they were last planned are planned again.

Every write that can change a title's events marks it (triggers, see `storage.plan_store`). A pass plans the
marked titles in chunks, each read in one snapshot and stored only if its mark is unchanged, outside the
claim: the write lock is held per chunk just to swap its rows, and the claim itself reads only what is due.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cliffhanger.storage.engine import Database
from cliffhanger.storage.plan_store import PlanStore

from .planner import expand

if TYPE_CHECKING:
    from .delivery import Preferences

PLAN_CHUNK = 500  # titles per snapshot and per write


def fingerprint(prefs: Preferences) -> str:
    """The preferences an event's time and wording depend on; a change plans every title again."""
    return repr((prefs.auto, prefs.zone, prefs.air_time))


def replan_marked(db: Database, prefs: Preferences, stopped: Callable[[], bool] = lambda: False) -> int:
    """Plan every title marked since it was last planned; return how many were planned.

    `stopped()` is asked before each chunk: once it says True (the app is quitting), the pass ends there.
    What was not planned yet stays marked, so the next pass, in this process or the next, plans it."""
    store = PlanStore(db)
    store.prepare(fingerprint(prefs))
    after = planned = 0
    while not stopped():
        marks, found = store.marked(after, PLAN_CHUNK)
        if found is None:
            return planned
        events = expand(
            found.titles, found.rules, found.alerts, found.snoozes, prefs.auto, prefs.zone, prefs.air_time
        )
        planned += store.store(marks, events)
        after = max(marks)
    return planned
