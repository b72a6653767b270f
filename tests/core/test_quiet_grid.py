import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core import settings
from desk.core.quiet_grid import (
    CELLS,
    cells_in_rectangle,
    follow_weekdays,
    hours_apart,
    to_grid,
    to_windows,
)
from desk.core.settings import QUIET_ROWS, WEEKDAYS


def test_the_default_week_round_trips() -> None:
    default = settings.BY_NAME["quiet.windows"].default
    assert to_windows(to_grid(default)) == default


def test_a_window_across_midnight_fills_the_next_mornings_cells() -> None:
    grid = to_grid({"fri": ["22:00-07:00"]})
    assert grid["fri"][44:] == [True] * 4 and not any(grid["fri"][:44])
    assert grid["sat"][:14] == [True] * 14 and not any(grid["sat"][14:])
    assert to_windows(grid)["fri"] == ["22:00-24:00"]
    assert to_windows(grid)["sat"] == ["00:00-07:00"]
    assert to_grid({"sun": ["23:00-01:00"]})["mon"][:2] == [True, True]


def test_odd_minutes_round_outwards_to_the_half_hour() -> None:
    assert to_windows(to_grid({"mon": ["12:10-13:40"]}))["mon"] == ["12:00-14:00"]


@given(st.lists(st.booleans(), min_size=CELLS, max_size=CELLS))
def test_any_painted_row_survives_the_round_trip(cells: list[bool]) -> None:
    grid = {row: [False] * CELLS for row in QUIET_ROWS}
    grid["wed"] = cells
    windows = to_windows(grid)
    assert settings.validate("quiet.windows", windows) == windows
    assert to_grid(windows)["wed"] == cells


def test_a_rectangle_spans_from_corner_to_corner_in_any_direction() -> None:
    evenings = {(r, c) for r in range(5) for c in range(36, 42)}
    assert set(cells_in_rectangle((0, 36), (4, 41))) == evenings
    assert set(cells_in_rectangle((4, 41), (0, 36))) == evenings
    assert set(cells_in_rectangle((0, 41), (4, 36))) == evenings
    assert cells_in_rectangle((2, 7), (2, 7)) == [(2, 7)]


CELL = st.tuples(st.integers(0, len(QUIET_ROWS) - 1), st.integers(0, CELLS - 1))


@given(CELL, CELL)
def test_a_rectangle_holds_both_corners_and_nothing_outside(
    start: tuple[int, int], end: tuple[int, int]
) -> None:
    cells = cells_in_rectangle(start, end)
    assert start in cells and end in cells
    assert (
        len(cells) == len(set(cells)) == (abs(end[0] - start[0]) + 1) * (abs(end[1] - start[1]) + 1)
    )


@pytest.mark.parametrize(
    ("number", "hour", "apart"),
    [
        pytest.param(12, 32, 2, id="100-percent-every-second-hour"),
        pytest.param(27, 32, 2, id="175-percent-still-every-second-hour"),
        pytest.param(32, 32, 2, id="a-number-as-wide-as-its-hour"),
        pytest.param(33, 32, 3, id="wider-every-third-hour"),
        pytest.param(50, 32, 4, id="wider-still-every-fourth"),
        pytest.param(90, 32, 6, id="at-most-four-a-day"),
        pytest.param(400, 32, 12, id="never-fewer-than-two-a-day"),
    ],
)
def test_the_hour_numbers_stand_apart_by_a_gap_as_wide_as_one(
    number: float, hour: float, apart: int
) -> None:
    assert hours_apart(number, hour) == apart
    assert 24 % apart == 0, "at the same hours each day"


def test_the_make_up_day_follows_the_weekdays_only_while_it_did_and_they_agree() -> None:
    default = to_grid(settings.BY_NAME["quiet.windows"].default)
    later = {**default, **{day: [c < 16 or c >= 40 for c in range(CELLS)] for day in WEEKDAYS[:5]}}
    followed, follows = follow_weekdays(later, follows=True, makeup_painted=False)
    assert followed["makeup"] == later["mon"] and follows
    kept, follows = follow_weekdays(later, follows=False, makeup_painted=False)
    assert kept["makeup"] == default["makeup"] and not follows
    apart = {**later, "mon": default["mon"]}
    waiting, follows = follow_weekdays(apart, follows=True, makeup_painted=False)
    assert waiting["makeup"] == default["makeup"] and follows
    # Painted on its own: it follows again only once it is as the weekdays are.
    _, follows = follow_weekdays(later, follows=True, makeup_painted=True)
    assert not follows
    _, follows = follow_weekdays(default, follows=False, makeup_painted=True)
    assert follows
