"""WCAG contrast, and colours nudged until they read."""

from __future__ import annotations

from desk.core.contrast import BLACK, WHITE, contrast_ratio, is_dark, legible

DARK_BASE = (0x24, 0x24, 0x24)


def test_black_on_white_is_21_to_1_and_a_colour_on_itself_1() -> None:
    assert round(contrast_ratio(BLACK, WHITE), 2) == 21.0
    assert contrast_ratio(WHITE, BLACK) == contrast_ratio(BLACK, WHITE)
    assert contrast_ratio((0x80, 0x80, 0x80), (0x80, 0x80, 0x80)) == 1.0
    # The light theme's urgent red on white: just over the 4.5 that body text needs.
    assert 4.5 < contrast_ratio((0xD9, 0x30, 0x25), WHITE) < 5.0


def test_a_dark_themes_background_is_dark_and_a_light_ones_is_not() -> None:
    assert is_dark(DARK_BASE) and is_dark(BLACK)
    assert not is_dark(WHITE) and not is_dark((0xEF, 0xEF, 0xEF))


def test_a_colour_that_reads_is_left_as_it_is() -> None:
    assert legible((0xF2, 0x8B, 0x82), DARK_BASE, 4.5) == (0xF2, 0x8B, 0x82)


def test_a_red_that_sank_into_a_dark_background_is_lightened_and_stays_red() -> None:
    dark_red = (0xA7, 0x25, 0x1C)  # a light card's summary red, 2.2:1 on dark grey
    assert contrast_ratio(dark_red, DARK_BASE) < 3
    nudged = legible(dark_red, DARK_BASE, 4.5)
    assert contrast_ratio(nudged, DARK_BASE) >= 4.5
    red, green, blue = nudged
    assert red > green + 40 and red > blue + 40


def test_on_a_light_background_a_pale_colour_is_darkened() -> None:
    pale = (0xFD, 0xD6, 0x63)
    nudged = legible(pale, WHITE, 4.5)
    assert contrast_ratio(nudged, WHITE) >= 4.5
    assert sum(nudged) < sum(pale)
