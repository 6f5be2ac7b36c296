"""Release windows: every accepted form, rendering, round trips and errors."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cliffhanger.domain.windows import ACCEPTED_FORMS, Precision, ReleaseWindow, WindowError, parse_window

D = date

PARSED = [
    ("2027-01-15", D(2027, 1, 15), D(2027, 1, 15), Precision.DAY, "15 January 2027"),
    ("15 January 2027", D(2027, 1, 15), D(2027, 1, 15), Precision.DAY, "15 January 2027"),
    ("15th Jan 2027", D(2027, 1, 15), D(2027, 1, 15), Precision.DAY, "15 January 2027"),
    ("January 15, 2027", D(2027, 1, 15), D(2027, 1, 15), Precision.DAY, "15 January 2027"),
    ("December 2026", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH, "December 2026"),
    ("Dec 2026", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH, "December 2026"),
    ("dec. 2026", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH, "December 2026"),
    ("2026-12", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH, "December 2026"),
    ("February 2028", D(2028, 2, 1), D(2028, 2, 29), Precision.MONTH, "February 2028"),
    ("Q1 2027", D(2027, 1, 1), D(2027, 3, 31), Precision.QUARTER, "Q1 2027"),
    ("2027 Q4", D(2027, 10, 1), D(2027, 12, 31), Precision.QUARTER, "Q4 2027"),
    ("early 2027", D(2027, 1, 1), D(2027, 4, 30), Precision.PART, "early 2027"),
    ("Mid-2027", D(2027, 5, 1), D(2027, 8, 31), Precision.PART, "mid 2027"),
    ("late 2027", D(2027, 9, 1), D(2027, 12, 31), Precision.PART, "late 2027"),
    ("first half of 2027", D(2027, 1, 1), D(2027, 6, 30), Precision.HALF, "first half of 2027"),
    ("second half 2027", D(2027, 7, 1), D(2027, 12, 31), Precision.HALF, "second half of 2027"),
    ("H1 2027", D(2027, 1, 1), D(2027, 6, 30), Precision.HALF, "first half of 2027"),
    ("2027", D(2027, 1, 1), D(2027, 12, 31), Precision.YEAR, "2027"),
    ("fall 2021", D(2021, 9, 1), D(2021, 11, 30), Precision.SEASON, "fall 2021"),
    ("Autumn 2021", D(2021, 9, 1), D(2021, 11, 30), Precision.SEASON, "fall 2021"),
    ("summer of 2025", D(2025, 6, 1), D(2025, 8, 31), Precision.SEASON, "summer 2025"),
    ("winter 2027", D(2027, 12, 1), D(2028, 2, 29), Precision.SEASON, "winter 2027"),
    ("  early   2027 ", D(2027, 1, 1), D(2027, 4, 30), Precision.PART, "early 2027"),
    # German, as the German app writes them
    ("19. Februar 2026", D(2026, 2, 19), D(2026, 2, 19), Precision.DAY, "19 February 2026"),
    ("19.02.2026", D(2026, 2, 19), D(2026, 2, 19), Precision.DAY, "19 February 2026"),
    ("1. März 2027", D(2027, 3, 1), D(2027, 3, 1), Precision.DAY, "1 March 2027"),
    ("Dezember 2026", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH, "December 2026"),
    ("Okt. 2027", D(2027, 10, 1), D(2027, 10, 31), Precision.MONTH, "October 2027"),
    ("Anfang 2027", D(2027, 1, 1), D(2027, 4, 30), Precision.PART, "early 2027"),
    ("Ende 2026", D(2026, 9, 1), D(2026, 12, 31), Precision.PART, "late 2026"),
    ("erstes Halbjahr 2027", D(2027, 1, 1), D(2027, 6, 30), Precision.HALF, "first half of 2027"),
    ("2. Halbjahr 2027", D(2027, 7, 1), D(2027, 12, 31), Precision.HALF, "second half of 2027"),
    ("Frühjahr 2027", D(2027, 3, 1), D(2027, 5, 31), Precision.SEASON, "spring 2027"),
    ("Herbst 2021", D(2021, 9, 1), D(2021, 11, 30), Precision.SEASON, "fall 2021"),
]


@pytest.mark.parametrize(("text", "earliest", "latest", "precision", "rendered"), PARSED)
def test_each_form_parses_to_its_range_and_renders_back(text, earliest, latest, precision, rendered):
    window = parse_window(text)
    assert (window.earliest, window.latest, window.precision) == (earliest, latest, precision)
    assert window.text == rendered
    assert parse_window(rendered) == window


@pytest.mark.parametrize(
    "text", ["", "soon", "2027-02-30", "Q5 2027", "13/2027", "early", "Smarch 2027", "31 June 2027", "20277"]
)
def test_unreadable_text_is_an_error_naming_the_accepted_forms(text):
    with pytest.raises(WindowError) as caught:
        parse_window(text)
    message = str(caught.value)
    assert all(form in message for form in ACCEPTED_FORMS)


def _windows():
    years = st.integers(min_value=1900, max_value=2200)
    return st.one_of(
        st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)).map(ReleaseWindow.on),
        st.builds(ReleaseWindow.month, years, st.integers(1, 12)),
        st.builds(ReleaseWindow.quarter, years, st.integers(1, 4)),
        st.builds(ReleaseWindow.part, years, st.sampled_from(["early", "mid", "late"])),
        st.builds(ReleaseWindow.half, years, st.integers(1, 2)),
        st.builds(ReleaseWindow.season, years, st.sampled_from(["spring", "summer", "fall", "winter"])),
        st.builds(ReleaseWindow.year, years),
    )


@given(_windows())
def test_rendering_round_trips(window):
    assert parse_window(window.text) == window
    assert ReleaseWindow.from_bounds(window.earliest, window.latest, window.precision.value) == window


def test_stored_bounds_that_do_not_fit_their_precision_are_refused():
    with pytest.raises(ValueError):
        ReleaseWindow.from_bounds(D(2027, 1, 2), D(2027, 1, 31), "month")


def test_passed_and_contains():
    december = parse_window("December 2026")
    assert december.contains(D(2026, 12, 24))
    assert not december.has_passed(D(2026, 12, 31))
    assert december.has_passed(D(2027, 1, 1))
    assert december.days_until(D(2026, 11, 23)) == 8
