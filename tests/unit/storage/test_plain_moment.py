"""Stored instants read back as aware UTC, whether or not the text carries an offset of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cliffhanger.storage.plain import moment, stored_moment

EAST = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("2026-11-23 08:15:00.123456", datetime(2026, 11, 23, 8, 15, 0, 123456, UTC)),
        ("2026-11-23 08:15:00", datetime(2026, 11, 23, 8, 15, tzinfo=UTC)),
        ("2026-11-23T08:15:00", datetime(2026, 11, 23, 8, 15, tzinfo=UTC)),
        ("2026-11-23 10:15:00+02:00", datetime(2026, 11, 23, 8, 15, tzinfo=UTC)),
        ("2026-11-23 10:15:00.5+02", datetime(2026, 11, 23, 8, 15, 0, 500000, UTC)),
        ("2026-11-23 10:15:00.123456+02:00", datetime(2026, 11, 23, 8, 15, 0, 123456, UTC)),
    ],
)
def test_a_stored_instant_reads_as_aware_utc(text: str, wanted: datetime) -> None:
    found = moment(text)
    assert found == wanted
    assert found.utcoffset() == timedelta(0)


def test_what_is_stored_reads_back_the_same() -> None:
    value = datetime(2026, 3, 1, 23, 59, 59, 999999, EAST)
    assert moment(stored_moment(value)) == value
    with pytest.raises(ValueError):
        moment("not a time")
