"""Every text colour the palettes draw meets WCAG AA (4.5:1) on its background, and colours keep meaning."""

from __future__ import annotations

import colorsys

import pytest

from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.gui.palettes import DARK, LIGHT, PALETTES, Palette, contrast, luminance, text_pairs


def test_contrast_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the well-known near miss
    assert luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_every_text_pair_passes_wcag_aa(palette: Palette):
    failing = [
        f"{where}: {fg} on {bg} = {contrast(fg, bg):.2f}"
        for where, fg, bg in text_pairs(palette)
        if contrast(fg, bg) < 4.5
    ]
    assert failing == []


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_every_status_and_confidence_has_its_colours(palette: Palette):
    assert set(palette.chips) == set(Status)
    assert set(palette.confidence) == set(Confidence)
    assert set(palette.bars) == set(Confidence)
    assert palette.posters


def _hue(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(red, green, blue)[0] * 360


def _same_hue(first: str, second: str, tolerance: float = 35) -> bool:
    gap = abs(_hue(first) - _hue(second)) % 360
    return min(gap, 360 - gap) <= tolerance


def test_chips_keep_their_hue_in_the_dark_theme():
    """A filming chip is orange in both themes: only lightness changes (greys excepted)."""
    for status in Status:
        if status in (Status.ENDED,):
            continue
        assert _same_hue(LIGHT.chip(status).text, DARK.chip(status).text), status
        assert _same_hue(LIGHT.chip(status).fill, DARK.chip(status).fill), status


def test_confidence_keeps_its_hue_in_the_dark_theme():
    for confidence in (Confidence.OFFICIAL, Confidence.REPORTED, Confidence.RUMOURED):
        assert _same_hue(LIGHT.confidence[confidence], DARK.confidence[confidence]), confidence
        assert _same_hue(LIGHT.bars[confidence].fill, DARK.bars[confidence].fill), confidence


def test_dark_is_dark_and_light_is_light():
    assert luminance(DARK.window) < 0.05 < luminance(LIGHT.window)
    assert luminance(DARK.text) > 0.5 > luminance(LIGHT.text)
