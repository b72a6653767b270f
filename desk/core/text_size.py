"""Text size: the steps Ctrl++ and Ctrl+- go through, as a percentage of the platform's
own font size (the `ui.text_size` setting)."""

from __future__ import annotations

# 100 % is the platform's normal size; 175 % still lays out a card's three lines, the
# panes and the status bar whole at 1366 x 768 (a 42-year-old's eyes on an office PC).
STEPS: tuple[int, ...] = (100, 125, 150, 175)
SMALLEST, LARGEST = STEPS[0], STEPS[-1]
NORMAL = 100


def larger(percent: int) -> int:
    """The next step up from `percent` (one set between steps by a policy goes to the
    step above it), or the largest."""
    return next((step for step in STEPS if step > percent), LARGEST)


def smaller(percent: int) -> int:
    """The next step down from `percent`, or the smallest."""
    return next((step for step in reversed(STEPS) if step < percent), SMALLEST)


def scaled(points: float, percent: int) -> float:
    """A font size of `points` at `percent`, clamped to the declared range."""
    return points * min(max(percent, SMALLEST), LARGEST) / 100
