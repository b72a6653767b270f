"""The sidebar's width: as wide as its group names ask where the window has room, kept as
the user dragged it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.ui import text_size
from desk.ui.main_window import MainWindow
from desk.ui.panes import FIRST_WIDTH, first_pane_width
from tests.ui.test_main_window import _demo_window, drag_pane_edge

# Ten characters, as most work groups' names are.
TYPICAL = "桐坪镇安全生产工作群"


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


@pytest.fixture(params=[100, 150])
def percent(request: pytest.FixtureRequest) -> Iterator[int]:
    text_size.apply(request.param)
    yield request.param
    text_size.restore()


def _widths(window: MainWindow) -> list[int]:
    return window._splitter.sizes()


def test_a_wide_window_shows_typical_group_names_whole(
    qtbot: QtBot, window: MainWindow, percent: int
) -> None:
    # From a tester: maximised at 150 % on 1366 x 768 the sidebar stayed 230 px wide and
    # every group read 桐坪镇安全生产…
    window.resize(1366, 740)
    qtbot.waitUntil(
        lambda: (
            window.sidebar.columnWidth(0) >= window.sidebar.fontMetrics().horizontalAdvance(TYPICAL)
        )
    )
    sidebar, cards, reading = _widths(window)
    # The cards and the reading pane keep the larger share.
    assert sidebar <= 0.25 * 1366 + 2
    assert cards >= 400 and reading >= 300


def test_a_narrow_window_keeps_the_sidebar_as_it_was(
    qtbot: QtBot, window: MainWindow, percent: int
) -> None:
    window.resize(900, 700)
    qtbot.waitUntil(lambda: _widths(window)[0] == FIRST_WIDTH)


def test_a_width_the_user_dragged_to_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    text_size.apply(150)
    try:
        window.resize(1366, 740)
        splitter = window._splitter
        qtbot.waitUntil(lambda: _widths(window)[0] > FIRST_WIDTH)
        drag_pane_edge(qtbot, splitter, 1, -40)
        chosen = _widths(window)[0]
        assert chosen < window.sidebar.names_width()
        window.resize(1300, 740)
        qtbot.waitUntil(lambda: window.width() == 1300)
        text_size.apply(125)
        qtbot.waitUntil(lambda: window.sidebar.font().pointSizeF() > 0)
        assert _widths(window)[0] == chosen
        # And after a restart: kept with the window's layout.
        assert window._splitter.first_chosen
    finally:
        text_size.restore()


@pytest.mark.parametrize(
    ("wanted", "total", "width"),
    [
        (200, 1366, FIRST_WIDTH),  # short names: as wide as ever
        (300, 1366, 300),  # longer ones: as they ask
        (400, 1366, 342),  # a quarter of the window at most
        (400, 800, FIRST_WIDTH),  # a small window: as before
        (400, 500, 500 - 460),  # the cards and the reading pane keep their least widths
    ],
)
def test_the_first_pane_takes_what_its_names_ask_within_bounds(
    wanted: int, total: int, width: int
) -> None:
    assert first_pane_width(wanted, total, 0, 460) == width
