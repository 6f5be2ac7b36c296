"""tests/unit stays a fast loop: a test that starts processes or draws many cases lives in tests/e2e."""

from pathlib import Path

UNIT = Path(__file__).resolve().parent


def test_no_unit_test_is_marked_slow():
    marked = [
        str(path.relative_to(UNIT))
        for path in sorted(UNIT.rglob("*.py"))
        if path != Path(__file__).resolve() and "mark.slow" in path.read_text(encoding="utf-8")
    ]
    assert marked == [], f"move these slow tests to tests/e2e (tests/run runs them): {marked}"
