"""The self-test's checks in process: a missing or broken layer is named, never raised."""

from __future__ import annotations

from cliffhanger.selftest.checks import Check, MissingLayerError, guarded, import_layer


def test_a_missing_layer_is_named_not_raised():
    def missing() -> str:
        raise MissingLayerError("sync")

    assert guarded("sync", missing) == Check("sync", False, "missing")
    assert guarded("imports", lambda: import_layer("no_such_layer").__name__) == Check(
        "imports", False, "missing"
    )
    assert guarded("notify", lambda: import_layer("notify").__name__) == Check(
        "notify", True, "cliffhanger.notify"
    )


def test_an_error_inside_a_layer_is_named():
    def broken() -> str:
        raise ImportError("No module named 'jeepney'")

    assert guarded("keyring", broken) == Check(
        "keyring", False, "broken (ImportError: No module named 'jeepney')"
    )
