"""Quiet windows as a weekly grid of half-hour cells, for the settings editor.

A row is a list of 48 booleans (00:00–00:30 … 23:30–24:00). Windows that cross
midnight land on the next row's morning cells; `makeup` wraps onto itself. Cells are
half hours, so windows read from a policy file are rounded outwards to the half hour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desk.core.settings import QUIET_ROWS, WEEKDAYS, parse_window

CELL_MINUTES = 30
CELLS = 24 * 60 // CELL_MINUTES

Grid = dict[str, list[bool]]

# How many hours apart the editor's hour numbers may stand: each divides a day, so that
# they stand at the same hours whatever the size (0, 3, 6 … at 3).
NUMBER_STEPS = (2, 3, 4, 6, 12)


def hours_apart(number_width: float, hour_width: float) -> int:
    """How many hours apart the grid's hour numbers stand, the widest `number_width`
    wide over hours `hour_width` wide: every second hour, or as far apart as a number
    and a gap as wide as it need (a text size too large for the cells)."""
    return next(
        (step for step in NUMBER_STEPS if 2 * number_width <= step * hour_width),
        NUMBER_STEPS[-1],
    )


def _next_row(row: str) -> str:
    if row == "makeup":
        return row
    return WEEKDAYS[(WEEKDAYS.index(row) + 1) % len(WEEKDAYS)]


def to_grid(windows: Mapping[str, Sequence[str]]) -> Grid:
    grid: Grid = {row: [False] * CELLS for row in QUIET_ROWS}
    for row in QUIET_ROWS:
        for window in windows.get(row, ()):
            start, end = parse_window(window)
            first = start // CELL_MINUTES
            if end > start:
                last = -(-end // CELL_MINUTES)
                _fill(grid[row], first, last)
            else:
                _fill(grid[row], first, CELLS)
                _fill(grid[_next_row(row)], 0, -(-end // CELL_MINUTES))
    return grid


def to_windows(grid: Mapping[str, Sequence[bool]]) -> dict[str, list[str]]:
    """Each row's runs of quiet cells as windows that stay within their own day."""
    windows: dict[str, list[str]] = {}
    for row in QUIET_ROWS:
        cells = list(grid.get(row, [False] * CELLS))
        runs: list[str] = []
        start: int | None = None
        for index, quiet in enumerate([*cells, False]):
            if quiet and start is None:
                start = index
            elif not quiet and start is not None:
                runs.append(f"{_clock(start)}-{_clock(index)}")
                start = None
        windows[row] = runs
    return windows


def weekday_cells(grid: Mapping[str, Sequence[bool]]) -> list[bool] | None:
    """Monday to Friday's cells where all five are alike, else None."""
    first = list(grid[WEEKDAYS[0]])
    return first if all(list(grid[day]) == first for day in WEEKDAYS[1:5]) else None


def follow_weekdays(grid: Grid, *, follows: bool, makeup_painted: bool) -> tuple[Grid, bool]:
    """`grid` as edited, with its make-up working day's row as Monday to Friday's while it
    `follows` them and they agree, and whether it follows them from now on. A make-up day
    is a working day: a tester moved Monday–Friday's quiet start to 20:00 and the make-up
    row kept 18:00 unseen. Painted on its own (`makeup_painted`) it is the user's choice,
    and follows again only once painted as the weekdays are."""
    weekdays = weekday_cells(grid)
    if makeup_painted:
        return grid, weekdays is not None and list(grid["makeup"]) == weekdays
    if follows and weekdays is not None:
        return {**grid, "makeup": list(weekdays)}, True
    return grid, follows


def _fill(cells: list[bool], first: int, last: int) -> None:
    for index in range(first, min(last, CELLS)):
        cells[index] = True


def _clock(cell: int) -> str:
    minutes = cell * CELL_MINUTES
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def cells_in_rectangle(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    """The (row, column) cells of the rectangle with `start` and `end` at opposite corners,
    both included, in any direction: a drag over the grid paints days × hours, as a
    calendar or a spreadsheet selects, not the staircase the pointer's path leaves."""
    (r0, c0), (r1, c1) = start, end
    rows = range(min(r0, r1), max(r0, r1) + 1)
    columns = range(min(c0, c1), max(c0, c1) + 1)
    return [(r, c) for r in rows for c in columns]
