"""How well one colour reads on another (WCAG 2 contrast), and a colour nudged until it
reads: text drawn in a fixed colour became unreadable on a dark or high-contrast theme."""

from __future__ import annotations

from functools import lru_cache

Rgb = tuple[int, int, int]

# WCAG 2 AA: body text, and large text or marks that are not text (a bar, a cell).
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0
WHITE: Rgb = (255, 255, 255)
BLACK: Rgb = (0, 0, 0)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: Rgb) -> float:
    """WCAG relative luminance: 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Rgb, b: Rgb) -> float:
    """From 1 (the same) to 21 (black on white), either way round."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# Cached: a list asks them of each card at each paint, of a handful of colours on one
# background (some 40 µs a card uncached, the GUI thread's during a flood; issue 8).
@lru_cache(maxsize=64)
def is_dark(background: Rgb) -> bool:
    """Whether white reads better on it than black: a dark theme's background."""
    return contrast_ratio(background, WHITE) > contrast_ratio(background, BLACK)


def mix(a: Rgb, b: Rgb, share_of_b: float) -> Rgb:
    r, g, bl = (round(x + (y - x) * share_of_b) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


@lru_cache(maxsize=64)
def legible(colour: Rgb, background: Rgb, minimum: float) -> Rgb:
    """`colour` if it reads on `background`, else the least step towards white (on a dark
    background) or black that does: its hue stays, so urgent stays red."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = WHITE if is_dark(background) else BLACK
    for step in range(1, 21):
        nudged = mix(colour, target, step / 20)
        if contrast_ratio(nudged, background) >= minimum:
            return nudged
    return target
