"""Text cleaning: control characters, NUL and bidi overrides go; newlines stay where text has lines."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cliffhanger.domain import cleantext
from cliffhanger.domain.cleantext import NAME_LIMIT, TEXT_LIMIT, clean

NASTY = "\x00\x1b[2J\x07\u202e\u2066\x85\x7f"


def test_a_name_loses_controls_and_overrides_and_becomes_one_line():
    assert cleantext.name(f"  Dark{NASTY}\nSeason\t2  ") == "Dark[2J Season 2"


def test_an_overview_keeps_its_lines_and_tabs():
    assert cleantext.long_text("One.\r\nTwo.\rThree\x00.\tFour") == "One.\nTwo.\nThree.\tFour"


def test_right_to_left_text_and_its_marks_stay():
    hebrew = "\u05d4\u05d0\u05d7\u05d9\u05dd\u200f (2016)"
    assert cleantext.name(hebrew) == hebrew


def test_caps_cut_with_an_ellipsis():
    assert len(cleantext.name("x" * 100_000)) == NAME_LIMIT and cleantext.name("x" * 400).endswith("…")
    assert len(cleantext.long_text("y" * 100_000)) == TEXT_LIMIT


@given(st.text())
def test_nothing_unsafe_survives(text):
    result = clean(text)
    assert not any(ch in result for ch in "\x00\x1b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\r")
    assert all(unicodedata.category(ch) != "Cc" or ch in "\n\t" for ch in result)
    assert clean(result) == result
