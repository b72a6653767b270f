"""The window on small screens: a first size that fits, a kept geometry brought inside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.screen_fit import FRAME_ALLOWANCE, fitted_geometry, fitted_size
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo

# The tester's screens, each less its taskbar: 1366x768, 1280x720, 1920x1080 at 150 %.
SMALL_SCREENS = [QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(0, 40, 1280, 680)]


def _outer(inner: QRect, frame: QMargins) -> QRect:
    return inner.marginsAdded(frame)


@pytest.mark.parametrize("available", SMALL_SCREENS)
def test_the_first_size_leaves_the_frame_and_a_margin_on_small_screens(
    available: QRect,
) -> None:
    size = fitted_size(QSize(1200, 760), available, FRAME_ALLOWANCE, 16)
    assert size.height() < 760
    assert size.width() + 8 + 8 + 32 <= available.width()
    assert size.height() + 34 + 8 + 32 <= available.height()


def test_a_big_screen_keeps_the_first_size() -> None:
    assert fitted_size(QSize(1200, 760), QRect(0, 0, 1920, 1040), FRAME_ALLOWANCE, 16) == QSize(
        1200, 760
    )


@pytest.mark.parametrize("available", SMALL_SCREENS)
def test_a_geometry_from_a_bigger_screen_is_brought_inside(available: QRect) -> None:
    kept = QRect(600, 300, 1200, 760)  # its place on a 1920x1080 screen
    fitted = fitted_geometry(kept, available, FRAME_ALLOWANCE)
    assert available.contains(_outer(fitted, FRAME_ALLOWANCE))
    assert fitted.width() == 1200  # as wide as it was where that fits


def test_a_geometry_that_fits_stays_as_it_was() -> None:
    kept = QRect(100, 100, 700, 500)
    assert fitted_geometry(kept, QRect(0, 0, 1366, 728), FRAME_ALLOWANCE) == kept


@pytest.fixture
def queries(store: Store, clock: ManualClock) -> InboxQueries:
    sync_demo(store, clock)
    return InboxQueries(store.sessions)


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    made = StoreOps()
    yield made
    made.shutdown()


def _framed_inside(win: QMainWindow) -> bool:
    return win.screen().availableGeometry().contains(win.frameGeometry())


def test_the_first_window_fits_the_screen_with_its_status_bar(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock
) -> None:
    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    qtbot.waitExposed(win)
    # The offscreen screen (800 wide) is smaller than the 1200 desk asks for at most.
    assert win.screen().availableGeometry().width() < 1200
    assert _framed_inside(win)
    bar = win.statusBar()
    bottom = bar.mapTo(win, bar.rect().bottomLeft()).y()
    assert bar.isVisible() and bottom < win.height()


def test_a_kept_geometry_too_big_for_this_screen_is_brought_inside(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock, store: Store
) -> None:
    # Saved while in the tray (no frame known), on a screen bigger than this one.
    elsewhere = QMainWindow()
    qtbot.addWidget(elsewhere)
    elsewhere.setGeometry(QRect(300, 200, 1900, 1000))
    kept = store.data_dir.root / "window.ini"
    saved = QSettings(str(kept), QSettings.Format.IniFormat)
    saved.setValue("window/geometry", elsewhere.saveGeometry())
    saved.sync()
    assert isinstance(saved.value("window/geometry"), QByteArray)

    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.restore_layout(kept)
    win.show()
    qtbot.waitExposed(win)
    assert _framed_inside(win)
