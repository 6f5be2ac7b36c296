# ruff: noqa: E501
"""The service: delivers what came due while closed, sleeps to the next event, re-plans on edits and clock jumps."""

from __future__ import annotations

from datetime import timedelta

from cliffhanger.reminders.delivery import Preferences
from cliffhanger.reminders.service import MAX_TIMER_MS, ReminderService

from .conftest import T0, add_at_reminders, chain


class FakeClock:
    """A settable wall clock and monotonic clock (the service's only inputs besides the database)."""

    def __init__(self) -> None:
        self.now, self.mono = T0, 1000.0

    def advance(self, seconds: float, *, wall_only: bool = False) -> None:
        self.now += timedelta(seconds=seconds)
        if not wall_only:
            self.mono += seconds


def make(watchlist, recorder, clock, qapp, **options):
    return ReminderService(
        watchlist.db, chain(recorder), Preferences, clock=lambda: clock.now, monotonic=lambda: clock.mono,
        **options,
    )  # fmt: skip


def test_start_delivers_what_came_due_and_sleeps_until_the_next(watchlist, recorder, qapp):
    add_at_reminders(watchlist, 3, first=T0 - timedelta(hours=1), step=timedelta(hours=1))
    clock = FakeClock()
    service = make(watchlist, recorder, clock, qapp)
    service.start()
    assert [n.body for n in recorder.shown] == ["note 0", "note 1"]
    assert service.next_wake == T0 + timedelta(hours=1)
    assert service._timer.isActive() and 3_590_000 < service._timer.remainingTime() <= 3_600_100
    service.stop()


def test_no_timer_when_nothing_is_planned_and_a_far_event_is_capped(watchlist, recorder, qapp):
    clock = FakeClock()
    service = make(watchlist, recorder, clock, qapp)
    service.start()
    assert service.next_wake is None and not service._timer.isActive()
    add_at_reminders(watchlist, 1, first=T0 + timedelta(days=400))
    service.replan()
    assert service._timer.isActive() and service._timer.interval() == MAX_TIMER_MS
    service.stop()


def test_a_clock_jump_replans_and_delivers(watchlist, recorder, qapp):
    add_at_reminders(watchlist, 1, first=T0 + timedelta(hours=5))
    clock = FakeClock()
    service = make(watchlist, recorder, clock, qapp)
    service.start()
    clock.advance(6 * 3600, wall_only=True)  # suspended for six hours
    service._check_clocks()
    assert [n.body for n in recorder.shown] == ["note 0"]
    service.stop()


def test_a_steady_clock_costs_nothing(watchlist, recorder, qapp):
    add_at_reminders(watchlist, 1, first=T0 + timedelta(hours=5))
    clock = FakeClock()
    service = make(watchlist, recorder, clock, qapp)
    service.start()
    planned = []
    service.planned.connect(planned.append)
    clock.advance(900)
    service._check_clocks()
    assert planned == [] and recorder.shown == []
    service.stop()


class Deferred:
    """A background runner the test drives by hand, to see what happens while a pass is in flight."""

    def __init__(self) -> None:
        self.queue: list = []

    def __call__(self, work, done, failed) -> None:
        self.queue.append((work, done, failed))

    def finish_next(self) -> None:
        work, done, _failed = self.queue.pop(0)
        done(work())


def test_with_a_background_runner_passes_run_one_at_a_time(watchlist, recorder, qapp):
    add_at_reminders(watchlist, 2, first=T0 - timedelta(minutes=5), step=timedelta(hours=2))
    clock, runner = FakeClock(), Deferred()
    service = make(watchlist, recorder, clock, qapp, background=runner)
    service.start()
    service.replan()
    service.replan()  # asked twice while the first pass is out: one more pass, not two
    assert service.busy and len(runner.queue) == 1 and recorder.shown == []
    runner.finish_next()  # planned and claimed; the notification is shown on this thread
    assert [n.body for n in recorder.shown] == ["note 0"] and len(runner.queue) == 1
    runner.finish_next()  # recorded as sent; the pass asked for meanwhile starts
    assert len(runner.queue) == 1
    runner.finish_next()
    assert not service.busy and runner.queue == [] and len(recorder.shown) == 1
    assert service.next_wake == T0 + timedelta(hours=1, minutes=55)
    service.stop()


def test_a_pass_under_way_at_quit_claims_nothing_and_no_pass_follows(watchlist, recorder, qapp):
    add_at_reminders(watchlist, 1, first=T0 - timedelta(minutes=5))
    clock, runner = FakeClock(), Deferred()
    service = make(watchlist, recorder, clock, qapp, background=runner)
    service.start()
    service.stop()  # the app quits while the first pass is out
    service.replan()
    runner.finish_next()
    assert runner.queue == [] and recorder.shown == [] and service.next_wake is None
    service.start()  # the next start delivers what stayed due
    runner.finish_next()
    assert [n.body for n in recorder.shown] == ["note 0"]
    runner.finish_next()
    service.stop()
