"""The collector pause around imports: nested pauses keep it off, and it runs again after the last."""

from __future__ import annotations

import gc

from cliffhanger.transfer.gcpause import collector_paused


def test_nested_pauses_restore_the_collector_only_at_the_end() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_restores_the_collector() -> None:
    try:
        with collector_paused():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
