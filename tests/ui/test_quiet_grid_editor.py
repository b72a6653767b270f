"""The quiet-hours grid seen from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QFocusEvent, QImage
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from desk.core import settings
from desk.core.quiet_grid import CELLS, to_grid, to_windows
from desk.core.settings import QUIET_ROWS
from desk.ui import text_size
from desk.ui.quiet_grid_editor import QUIET, QuietGridEditor

QUIET_LIGHT = QUIET.light
MAKEUP = QUIET_ROWS.index("makeup")


def _pixel(grid: QuietGridEditor, at: QPoint) -> QColor:
    shot = grid.grab().toImage()
    return shot.pixelColor(grid.viewport().mapTo(grid, at))


def test_the_keyboards_cell_is_framed_on_a_quiet_cell(qtbot: QtBot) -> None:
    grid = QuietGridEditor()
    qtbot.addWidget(grid)
    grid.set_grid({row: [True] * CELLS for row in QUIET_ROWS})
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.setCurrentCell(1, 3)  # Tuesday 01:30-02:00, dark
    rect = grid.visualRect(grid.model().index(1, 3))
    middle = rect.center()
    # A white ring inside a black one, within the cell; its middle stays the quiet colour.
    outer = _pixel(grid, QPoint(rect.left() + 1, middle.y()))
    inner = _pixel(grid, QPoint(rect.left() + 3, middle.y()))
    assert outer.lightness() < 40
    assert inner.lightness() > 215
    assert _pixel(grid, middle) == QUIET_LIGHT
    # Another cell, and the same cell once the grid loses focus, has no frame.
    other = grid.visualRect(grid.model().index(1, 6))
    assert _pixel(grid, QPoint(other.left() + 3, other.center().y())) == QUIET_LIGHT
    grid.clearFocus()
    qtbot.waitUntil(lambda: not grid.hasFocus())
    assert _pixel(grid, QPoint(rect.left() + 3, middle.y())) == QUIET_LIGHT


def test_a_screen_reader_hears_each_half_hour_and_whether_it_is_quiet(qtbot: QtBot) -> None:
    grid = QuietGridEditor()
    qtbot.addWidget(grid)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    grid.show()
    qtbot.waitExposed(grid)
    cells = QAccessible.queryAccessibleInterface(grid)
    assert cells is not None and cells.text(QAccessible.Text.Name) == "Quiet hours"

    def said(row: int, column: int) -> str:
        # The table's children: its headers, then its cells row by row.
        found = [
            child.text(QAccessible.Text.Name)
            for child in map(cells.child, range(cells.childCount()))
            if child.role() == QAccessible.Role.Cell
        ]
        assert len(found) == len(QUIET_ROWS) * CELLS
        return found[row * CELLS + column]

    assert said(1, 3) == "Tuesday 01:30–02:00: quiet"
    assert said(1, 17) == "Tuesday 08:30–09:00: notifies"
    grid.toggle(QUIET_ROWS[1], 17)
    assert said(1, 17) == "Tuesday 08:30–09:00: quiet"


@pytest.fixture(params=[100, 125, 150, 175], ids=lambda percent: f"{percent}%")
def sized(request: pytest.FixtureRequest) -> Iterator[int]:
    text_size.apply(request.param)
    yield request.param
    text_size.restore()


def _ink(header: QHeaderView) -> list[bool]:
    """Which columns of the header hold a number's dark strokes (not the light lines
    between its sections)."""
    image: QImage = header.grab().toImage()
    return [
        any(image.pixelColor(x, y).lightness() < 110 for y in range(image.height()))
        for x in range(image.width())
    ]


def test_every_second_hour_s_number_stands_whole_over_its_hour(qtbot: QtBot, sized: int) -> None:
    # At 150 % the numbers in 16 px half-hour columns were cut: 10 read 1C (a tester).
    grid = QuietGridEditor()
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    header = grid.horizontalHeader()
    ink = _ink(header)
    metrics = header.fontMetrics()
    runs: list[tuple[int, int]] = []
    for hour in range(24):
        left = header.sectionViewportPosition(2 * hour)
        right = left + 2 * header.sectionSize(0)
        middle = (left + right) // 2
        drawn = [x for x in range(left - 8, right + 8) if 0 <= x < len(ink) and ink[x]]
        if hour % 2:
            assert not ink[middle], f"{hour} is not numbered"
            continue
        assert drawn, f"{hour} is numbered"
        # Strokes from the number's first to its last, around the middle of its hour.
        assert drawn[-1] - drawn[0] + 1 >= metrics.tightBoundingRect(str(hour)).width() - 3, hour
        assert left <= (drawn[0] + drawn[-1]) // 2 < right, hour
        runs.append((drawn[0], drawn[-1]))
    for (_start, end), (start, _end) in pairwise(runs):
        assert start - end > 4, "the numbers stand apart"


def _at(grid: QuietGridEditor, row: int, column: int) -> QPoint:
    return grid.visualRect(grid.model().index(row, column)).center()


def _quiet_cells(grid: QuietGridEditor) -> set[tuple[int, int]]:
    cells = grid.grid()
    return {(r, c) for r, row in enumerate(QUIET_ROWS) for c in range(CELLS) if cells[row][c]}


def _shown_grid(qtbot: QtBot) -> QuietGridEditor:
    grid = QuietGridEditor()
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def test_a_diagonal_drag_paints_the_whole_rectangle_of_days_and_hours(qtbot: QtBot) -> None:
    # A tester dragged from Monday 18:00 to Friday 20:30 and got a staircase.
    grid = _shown_grid(qtbot)
    evenings = {(r, c) for r in range(5) for c in range(36, 42)}  # Mon-Fri 18:00-21:00
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 36))
    qtbot.mouseMove(viewport, _at(grid, 2, 38))
    # Previewed while the button is still down, rows × hours so far.
    assert _quiet_cells(grid) == {(r, c) for r in range(3) for c in range(36, 39)}
    qtbot.mouseMove(viewport, _at(grid, 4, 41))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 4, 41))
    # Monday to Friday alike again, the make-up working day follows them.
    assert _quiet_cells(grid) == evenings | {(MAKEUP, c) for c in range(36, 42)}
    # The pixels say so too: a cell inside, off the pointer's diagonal, is painted.
    assert _pixel(grid, _at(grid, 4, 36)) == QUIET_LIGHT


def test_a_rectangle_that_shrinks_gives_back_what_it_no_longer_covers(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    before = _quiet_cells(grid)
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 1, 40))
    qtbot.mouseMove(viewport, _at(grid, 6, 10))  # over the night: already quiet
    qtbot.mouseMove(viewport, _at(grid, 2, 38))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 2, 38))
    painted = {(r, c) for r in (1, 2) for c in range(38, 41)}
    assert _quiet_cells(grid) == before | painted


def test_a_drag_from_a_quiet_cell_clears_the_rectangle(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    changes: list[None] = []
    grid.changed.connect(lambda: changes.append(None))
    viewport = grid.viewport()
    # Thursday 07:30 to Tuesday 06:00, upwards and leftwards, ending on awake cells too.
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 3, 15))
    qtbot.mouseMove(viewport, _at(grid, 1, 12))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 1, 12))
    cleared = {(r, c) for r in (1, 2, 3) for c in range(12, 16)}
    night = {(r, c) for r in range(len(QUIET_ROWS)) for c in range(16)}
    assert _quiet_cells(grid) == night - cleared
    assert changes


def test_escape_during_a_drag_puts_the_cells_back(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 36))
    qtbot.mouseMove(viewport, _at(grid, 4, 41))
    assert len(_quiet_cells(grid)) == 36  # with the make-up day, as Monday to Friday
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert _quiet_cells(grid) == set()
    qtbot.mouseMove(viewport, _at(grid, 5, 42))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 5, 42))
    assert _quiet_cells(grid) == set()


def test_after_a_drag_space_still_turns_the_keyboards_cell(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 36))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 36))
    assert _quiet_cells(grid) == {(0, 36)}
    grid.setFocus()
    grid.setCurrentCell(3, 20)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == {(0, 36), (4, 20)}


def _drag(
    qtbot: QtBot, grid: QuietGridEditor, start: tuple[int, int], end: tuple[int, int]
) -> None:
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, *start))
    qtbot.mouseMove(viewport, _at(grid, *end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, *end))


def test_a_make_up_day_follows_monday_to_friday_moved_together(qtbot: QtBot) -> None:
    # A tester dragged Monday–Friday's quiet start from 18:00 to 20:00: the make-up working
    # day kept 18:00, unseen, though it is a working day like them.
    grid = _shown_grid(qtbot)
    grid.set_grid(to_grid(settings.BY_NAME["quiet.windows"].default))
    _drag(qtbot, grid, (0, 36), (4, 39))  # Mon–Fri 18:00–20:00 cleared
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "20:00-24:00"]
    # One day apart from the others: the make-up day waits, and follows when they agree.
    _drag(qtbot, grid, (0, 40), (0, 41))
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "20:00-24:00"]
    _drag(qtbot, grid, (1, 40), (4, 41))
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "21:00-24:00"]


def test_a_make_up_day_painted_on_its_own_stays_as_painted(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.set_grid(to_grid(settings.BY_NAME["quiet.windows"].default))
    _drag(qtbot, grid, (MAKEUP, 36), (MAKEUP, 37))  # the make-up day quiet from 19:00
    _drag(qtbot, grid, (0, 36), (4, 39))
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "19:00-24:00"]
    assert grid.makeup_differs()
    # One click makes it as Monday–Friday again, and it follows them from then on.
    grid.makeup_as_weekdays()
    assert not grid.makeup_differs()
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "20:00-24:00"]


def test_escape_during_a_drag_puts_the_make_up_day_back_too(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.set_grid(to_grid(settings.BY_NAME["quiet.windows"].default))
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 36))
    qtbot.mouseMove(viewport, _at(grid, 4, 39))
    assert to_windows(grid.grid())["makeup"] == ["00:00-08:30", "20:00-24:00"]
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 4, 39))
    assert grid.grid() == to_grid(settings.BY_NAME["quiet.windows"].default)


@pytest.mark.parametrize("percent", [100, 150])
def test_the_cells_grow_with_the_text_size(qtbot: QtBot, percent: int) -> None:
    # At 150 % the half-hour cells stayed 16 px wide, hard to hit with a mouse (a tester).
    text_size.apply(percent)
    try:
        grid = _shown_grid(qtbot)
        cell = grid.visualRect(grid.model().index(0, 0)).adjusted(0, 0, 1, 1)  # its grid line
        line = grid.fontMetrics().height()
    finally:
        text_size.restore()
    assert cell.width() == round(16 * percent / 100)
    assert cell.height() > line


def test_cells_too_wide_for_the_room_given_shrink_to_fit_it(qtbot: QtBot) -> None:
    text_size.apply(175)
    try:
        grid = QuietGridEditor(room=1300)
        qtbot.addWidget(grid)
    finally:
        text_size.restore()
    # Not the 28 px 175 % asks for: the whole day within the room, no sideways scrolling.
    assert 1300 - 48 < grid.width() <= 1300
    assert 16 < grid.horizontalHeader().sectionSize(0) < 28


SHIFT = Qt.KeyboardModifier.ShiftModifier


def _keys(qtbot: QtBot, grid: QuietGridEditor, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    for key, modifier in keys:
        qtbot.keyClick(grid, key, modifier)


def _rectangle(rows: range, columns: range) -> set[tuple[int, int]]:
    return {(r, c) for r in rows for c in columns}


def test_shift_and_the_arrows_mark_a_block_that_space_switches_as_a_drag_does(
    qtbot: QtBot,
) -> None:
    # A tester without the mouse could switch one half hour at a time; Shift+→ marked
    # nothing, and Monday to Friday 18:00-20:00 took 20 presses of Space.
    grid = _shown_grid(qtbot)
    grid.setFocus()
    grid.setCurrentCell(0, 36)  # Monday 18:00
    right, down = (Qt.Key.Key_Right, SHIFT), (Qt.Key.Key_Down, SHIFT)
    _keys(qtbot, grid, right, right, right, down)
    assert grid.marked() == _rectangle(range(2), range(36, 40))
    assert _quiet_cells(grid) == set(), "marking changes nothing"
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == _rectangle(range(2), range(36, 40))
    assert grid.marked() == set(), "done, as a drag is once let go"
    # From a quiet cell, as a drag from one, the block is cleared.
    grid.setCurrentCell(1, 38)
    _keys(qtbot, grid, (Qt.Key.Key_Up, SHIFT), (Qt.Key.Key_Right, SHIFT))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == _rectangle(range(2), range(36, 38))


def test_an_arrow_without_shift_or_esc_lets_the_block_go(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.setFocus()
    grid.setCurrentCell(2, 10)
    _keys(qtbot, grid, (Qt.Key.Key_Right, SHIFT), (Qt.Key.Key_Right, SHIFT))
    assert len(grid.marked()) == 3
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.marked() == set()
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == {(2, 13)}, "Space switches the one cell again"
    _keys(qtbot, grid, (Qt.Key.Key_Left, SHIFT))
    assert grid.marked() == {(2, 12), (2, 13)}
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.marked() == set()


def test_the_block_goes_when_tab_takes_the_keys_elsewhere(qtbot: QtBot) -> None:
    # Marked, then Tab to the buttons and back: the block still stood, hatched, and a
    # Space on the grid switched a block the user no longer had in mind (a reviewer).
    grid = _shown_grid(qtbot)
    grid.setFocus()
    grid.setCurrentCell(2, 10)
    _keys(qtbot, grid, (Qt.Key.Key_Right, SHIFT))
    assert len(grid.marked()) == 2
    grid.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert grid.marked() == set()


def test_the_marked_block_is_drawn(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.setFocus()
    grid.setCurrentCell(3, 20)
    before = grid.grab().toImage()
    _keys(qtbot, grid, (Qt.Key.Key_Right, SHIFT), (Qt.Key.Key_Right, SHIFT))
    after = grid.grab().toImage()

    def cell(image: QImage, column: int) -> QImage:
        rect = grid.visualRect(grid.model().index(3, column))
        return image.copy(rect.translated(grid.viewport().mapTo(grid, QPoint(0, 0))))

    assert cell(after, 20) != cell(before, 20)  # the anchor, no longer the keyboard's cell
    assert cell(after, 21) != cell(before, 21)
    assert cell(after, 23) == cell(before, 23)


def test_a_click_moves_the_keyboards_cell_and_where_shift_arrows_mark_from(
    qtbot: QtBot,
) -> None:
    # A tester clicked Monday 17:30, then Shift+Down ×4 and Space: the block began at
    # Monday 00:00, where the keyboard's cell still was, and four nights stopped being quiet.
    grid = _shown_grid(qtbot)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    night = _quiet_cells(grid)
    grid.setFocus()
    viewport = grid.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 35))
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 35)
    _keys(qtbot, grid, *[(Qt.Key.Key_Down, SHIFT)] * 4)
    assert grid.marked() == _rectangle(range(5), range(35, 36))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    # From the clicked cell: Monday to Friday 17:30, made quiet as Friday's (the
    # keyboard's cell) was not, the make-up working day's following them; the nights as
    # they were.
    weekdays = _rectangle(range(5), range(35, 36)) | {(MAKEUP, 35)}
    assert _quiet_cells(grid) == night | weekdays


def test_space_makes_the_block_what_it_makes_of_the_keyboards_cell(qtbot: QtBot) -> None:
    # Marked from a quiet Monday night to an awake Wednesday evening, Space cleared the
    # block, as the cell where marking began decided, not the one the user looked at:
    # Space alone would make Wednesday's cell quiet, and so it does the block. One
    # Ctrl+Z takes the whole block back.
    grid = _shown_grid(qtbot)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    night = _quiet_cells(grid)
    grid.setFocus()
    grid.setCurrentCell(0, 15)  # Monday 07:30, quiet
    _keys(qtbot, grid, *[(Qt.Key.Key_Down, SHIFT)] * 2, (Qt.Key.Key_Right, SHIFT))
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, 16)  # awake
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    block = _rectangle(range(3), range(15, 17))
    assert _quiet_cells(grid) == night | block
    _keys(qtbot, grid, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert _quiet_cells(grid) == night
    # ...and from an awake cell to a quiet one, the block is cleared.
    grid.setCurrentCell(2, 16)
    _keys(qtbot, grid, *[(Qt.Key.Key_Up, SHIFT)] * 2, (Qt.Key.Key_Left, SHIFT))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == night - block
    _keys(qtbot, grid, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert _quiet_cells(grid) == night and not grid.can_undo()


def test_ctrl_z_takes_back_the_last_changes_one_by_one(qtbot: QtBot) -> None:
    grid = _shown_grid(qtbot)
    grid.set_grid({row: [c < 16 for c in range(CELLS)] for row in QUIET_ROWS})
    night = _quiet_cells(grid)
    grid.setFocus()
    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _keys(qtbot, grid, undo)
    assert _quiet_cells(grid) == night, "nothing to take back: the grid as loaded"
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=_at(grid, 0, 35))
    clicked = _quiet_cells(grid)
    assert clicked == night | {(0, 35)}
    grid.setCurrentCell(0, 10)
    _keys(qtbot, grid, *[(Qt.Key.Key_Down, SHIFT)] * 3)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert _quiet_cells(grid) == clicked - _rectangle(range(4), range(10, 11))
    _keys(qtbot, grid, undo)
    assert _quiet_cells(grid) == clicked
    _keys(qtbot, grid, undo)
    assert _quiet_cells(grid) == night
    assert not grid.can_undo()
