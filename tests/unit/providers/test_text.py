"""HTML summaries become plain text, whatever the catalogue sends."""

from __future__ import annotations

import pytest

from cliffhanger.providers.text import MAX_CHARS, html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>In the high-tech gold rush of modern <i>Silicon Valley</i>.</p>",
            "In the high-tech gold rush of modern Silicon Valley.",
        ),
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("Tom &amp; Jerry &mdash; &#8220;cat&#x201D; &eacute;t&eacute;", "Tom & Jerry — “cat” été"),
        ("Fish & chips; 3 < 4 and 5 > 2", "Fish & chips; 3 < 4 and 5 > 2"),
        ("<b>bold <i>and <u>deep</u></i></b> text", "bold and deep text"),
        ("Hi<script>alert('x')</script> there", "Hi there"),
        ("<style>p { color: red }</style>Styled", "Styled"),
        ("Safe<script>document.write('<p>injected</p>')</script>", "Safe"),
        ("Visible<script>never closed", "Visible"),
        ('<img src=x onerror="alert(1)">Pic<!-- hidden -->', "Pic"),
        ("  lots \t of\n\n\n   space  ", "lots of\nspace"),
        ("nul\x00byte and \x07bell", "nulbyte and bell"),
        ("", ""),
        (None, ""),
        (42, ""),
    ],
)
def test_html_to_text(html: object, text: str) -> None:
    assert html_to_text(html) == text


def test_huge_text_is_capped_with_an_ellipsis() -> None:
    text = html_to_text("<p>" + "word " * 1_000_000 + "</p>")
    assert len(text) == MAX_CHARS and text.endswith("…")


def test_deep_nesting_does_not_crash() -> None:
    assert html_to_text("<div><span>" * 3_000 + "core" + "</span></div>" * 3_000) == "core"


def test_input_far_beyond_the_cap_is_cut_before_parsing() -> None:
    assert html_to_text("<i>" * 100_000 + "lost") == ""
