"""The window on small screens: a first window that fills a small screen, a first size
that fits, a kept geometry brought inside (and a kept size and state as left)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.ui import text_size
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.screen_fit import (
    FRAME_ALLOWANCE,
    fills_screen_first,
    fitted_geometry,
    fitted_size,
    size_for_first_start,
)
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo

ROOT = Path(__file__).resolve().parents[2]
FIRST_WINDOW = "tests.helpers.first_window"
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


# An office PC's ordinary small screens, in logical pixels less a taskbar: 1440x900 at
# 125 % and 150 %, 1920x1080 at 125 % (a laptop's).
SCALED_SCREENS = [QRect(0, 0, 1152, 680), QRect(0, 0, 960, 560), QRect(0, 0, 1536, 824)]


@pytest.mark.parametrize("available", SMALL_SCREENS + SCALED_SCREENS)
def test_a_first_window_fills_a_screen_too_small_for_its_size(available: QRect) -> None:
    assert fills_screen_first(QSize(1200, 760), available)


@pytest.mark.parametrize(
    "available", [QRect(0, 0, 1920, 1040), QRect(0, 0, 2560, 1400), QRect(0, 0, 1600, 860)]
)
def test_a_first_window_on_a_big_screen_is_a_window(available: QRect) -> None:
    assert not fills_screen_first(QSize(1200, 760), available)


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


def test_a_first_start_on_a_small_screen_is_maximised(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock, store: Store
) -> None:
    # 1200 px cut to fit 1366x768 left a window 1200 wide with room beside it, and the
    # sidebar's long group names cut (a new user).
    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.restore_layout(store.data_dir.root / "window.ini")  # none kept: a first start
    win.show()
    qtbot.waitExposed(win)
    assert win.isMaximized()
    qtbot.waitUntil(lambda: win.frameGeometry() == win.screen().availableGeometry())
    # Brought down from maximised, it is the size that fits, on the screen.
    win.showNormal()
    assert _framed_inside(win) and win.width() < 800


def _reopened(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock, kept: Path
) -> MainWindow:
    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.restore_layout(kept)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_window_the_user_sized_comes_back_as_left_on_a_small_screen(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock, store: Store
) -> None:
    kept = store.data_dir.root / "window.ini"
    first = _reopened(qtbot, queries, ops, clock, kept)
    first.showNormal()
    first.setGeometry(QRect(40, 60, 700, 500))
    first.save_layout()
    first.hide()

    again = _reopened(qtbot, queries, ops, clock, kept)
    assert not again.isMaximized()
    assert again.geometry() == QRect(40, 60, 700, 500)


def test_a_window_left_maximised_comes_back_maximised(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock, store: Store
) -> None:
    kept = store.data_dir.root / "window.ini"
    first = _reopened(qtbot, queries, ops, clock, kept)
    first.showNormal()
    first.setGeometry(QRect(40, 60, 700, 500))
    first.showMaximized()
    first.save_layout()
    first.hide()

    again = _reopened(qtbot, queries, ops, clock, kept)
    assert again.isMaximized()
    again.showNormal()
    assert again.geometry() == QRect(40, 60, 700, 500)


def _first_window(tmp_path: Path, width: int, height: int) -> dict[str, object]:
    """How desk's first window shows on a screen `width` x `height` (offscreen, in a
    process of its own: the offscreen platform reads its screens as it starts)."""
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.helpers.first_window",
            str(tmp_path),
            str(width),
            str(height),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    found = json.loads(shown.stdout.strip().splitlines()[-1])
    assert found["available"] == [width, height]
    return dict(found)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_the_first_window_on_an_office_pc_s_screen_is_maximised(
    tmp_path: Path, width: int, height: int
) -> None:
    shown = _first_window(tmp_path, width, height)
    assert shown["maximised"] is True
    assert shown["frame"] == [width, height]


def test_the_first_window_on_a_big_screen_is_a_window_of_its_own_size(tmp_path: Path) -> None:
    shown = _first_window(tmp_path, 1920, 1080)
    assert shown["maximised"] is False
    assert shown["normal"] == [1200, 760]


def _reply_buttons_whole(win: MainWindow) -> bool:
    """The reply bar's buttons side by side, each as wide as its text asks, inside the
    reading pane's column."""
    bar = win.reply_box.bar
    one, two = win.reply_box.bar_reply, win.reply_box.bar_shou_dao
    return (
        one.geometry().right() < two.geometry().left()
        and one.width() >= one.sizeHint().width()
        and two.width() >= two.sizeHint().width()
        and two.geometry().right() <= bar.width()
        and bar.width() <= bar.parentWidget().width()
    )


def test_the_reply_buttons_do_not_overlap_in_the_smallest_window(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock
) -> None:
    # At 640x480 回复…（R） and 回复收到（Shift+R） overlapped: 复收到（Shift+ (a tester).
    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.resize(640, 480)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.reply_box.bar_reply.isEnabled())
    assert win.width() == 640
    qtbot.waitUntil(lambda: _reply_buttons_whole(win))
    # Short there, the key said in the tooltip; the long texts where there is room.
    assert win.reply_box.bar_reply.text() == "Reply…"
    assert win.reply_box.bar_reply.toolTip() == "Reply… (R)"
    win.resize(800, 560)
    win._splitter.setSizes([150, 250, 400])
    qtbot.waitUntil(lambda: win.reply_box.bar_shou_dao.text() == "Reply 收到 (Shift+R)")
    assert _reply_buttons_whole(win) and win.reply_box.bar_reply.toolTip() == ""


def test_a_window_brought_down_from_maximised_is_brought_inside_the_screen(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock
) -> None:
    # Un-maximised on 1366x768, the first window came back 1200x694 a few pixels below
    # the screen's bottom: its normal size was set before any frame was known.
    win = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    qtbot.waitExposed(win)
    available = win.screen().availableGeometry()
    win.setGeometry(QRect(40, available.bottom() - 400, 700, 500))  # 100 px below it
    win.showMaximized()
    qtbot.waitUntil(lambda: win.frameGeometry() == available)
    win.showNormal()
    qtbot.waitUntil(lambda: win.size() == QSize(700, 500) and _framed_inside(win))


@pytest.mark.parametrize("available", SMALL_SCREENS + SCALED_SCREENS)
def test_a_first_size_is_placed_with_its_frame_inside_the_screen(
    qtbot: QtBot, available: QRect
) -> None:
    # move() places a window's frame: the first window was centred as if it had none,
    # and with a 34-pixel title bar ran below the screen's bottom edge.
    win = QMainWindow()
    qtbot.addWidget(win)
    with patch.object(QScreen, "availableGeometry", return_value=available):
        size_for_first_start(win, QSize(1200, 760))
    outer = QRect(win.pos(), win.size().grownBy(FRAME_ALLOWANCE))
    assert available.contains(outer)
    assert abs((outer.top() - available.top()) - (available.bottom() - outer.bottom())) <= 1


def _apart(widgets: list[QWidget]) -> bool:
    """No two of `widgets` overlap, and each is as large as its text asks."""
    rects = [w.geometry().translated(w.parentWidget().mapTo(w.window(), QPoint())) for w in widgets]
    return all(
        w.width() >= w.sizeHint().width() and w.height() >= w.sizeHint().height() for w in widgets
    ) and not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


@pytest.mark.parametrize(("percent", "size"), [(125, QSize(640, 600)), (175, QSize(1366, 728))])
def test_the_open_reply_box_is_whole_at_a_large_text_size(
    qtbot: QtBot,
    queries: InboxQueries,
    ops: StoreOps,
    clock: ManualClock,
    percent: int,
    size: QSize,
) -> None:
    # At 125 % in a 640x600 window the box's buttons were cut (复收到) and its line of
    # where the reply goes squeezed to half its lines; at 175 % the buttons lay over
    # each other (a tester).
    text_size.apply(percent)
    try:
        win = MainWindow(queries, ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.resize(size)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.reply_box.bar_reply.isEnabled())
        box = win.reply_box
        qtbot.waitUntil(lambda: _apart([box.bar_reply, box.bar_shou_dao]))
        qtbot.waitUntil(lambda: win.list.currentIndex().isValid())
        win.reply_action.trigger()  # R
        qtbot.waitUntil(box.is_open)
        where = box.where_label
        qtbot.waitUntil(
            lambda: (
                _apart([box.shou_dao_button, box.close_button, box.send_button])
                and where.height() >= where.heightForWidth(where.width())
            )
        )
        assert box.editor.geometry().bottom() < box.height()
    finally:
        text_size.restore()


def test_the_reply_bar_stacks_its_buttons_where_even_the_short_texts_do_not_fit(
    qtbot: QtBot, queries: InboxQueries, ops: StoreOps, clock: ManualClock
) -> None:
    # 175 % in a 640x600 window: side by side, 回复收到 ran out of the reading pane.
    text_size.apply(175)
    try:
        win = MainWindow(queries, ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.resize(640, 600)
        win.show()
        qtbot.waitExposed(win)
        box = win.reply_box
        qtbot.waitUntil(lambda: _apart([box.bar_reply, box.bar_shou_dao]))
        assert box.bar_shou_dao.geometry().right() <= box.bar.width()
    finally:
        text_size.restore()


def _whole_in(widget: QWidget, column: QWidget) -> bool:
    """`widget` is shown at least as large as its layout may make it, inside `column`."""
    at = QRect(widget.mapTo(column, QPoint(0, 0)), widget.size())
    # As a layout reads it: a size set (the text's fixed three lines) before the hint.
    hint, least = widget.minimumSizeHint(), widget.minimumSize()
    width = least.width() or hint.width()
    height = least.height() or hint.height()
    return (
        widget.isVisible()
        and widget.width() >= width
        and widget.height() >= height
        and column.rect().contains(at)
    )


@pytest.mark.parametrize("percent", [100, 150, 175])
def test_the_reply_text_and_send_are_whole_at_a_large_text_size_in_640x600(
    qtbot: QtBot, store: Store, clock: ManualClock, percent: int
) -> None:
    # At 175 % in a 640x600 window, under the demo's line and the first days' guide, the
    # open box had 145 px of the 282 it needs: its text two lines, its Send 6 px high
    # (session 42). The message gives way, then the box folds to fit.
    sync_demo(store, clock)
    text_size.apply(percent)
    ops = StoreOps()
    try:
        win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.resize(640, 600)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.list.currentIndex().isValid())
        if percent == 175:
            # The strip over the list as tall as the first days' guide was (its words are
            # one sentence now, in 帮助 the rest): the room left is what the fold is for.
            win.guide.said.setText(f"{win.guide.said.text()} {win.guide.more_words()}")
        box = win.reply_box
        column = box.parentWidget()
        assert win.detail.isVisible(), "the message, while no reply is written"
        win.reply_action.trigger()  # R
        qtbot.waitUntil(box.is_open)
        text = box.text
        qtbot.waitUntil(lambda: _whole_in(text, column) and _whole_in(box.send_button, column))
        assert text.height() >= 3 * text.fontMetrics().lineSpacing(), "three lines of it"
        assert box.to_label.isVisible() and box.to_label.full_text().startswith("Reply to ")
        if percent == 100:
            assert win.detail.isVisible() and not box.compact()
        if percent == 175:
            # Once the guide's wrapped words have settled their height (its label is
            # measured for its width after the first layout).
            qtbot.waitUntil(lambda: not win.detail.isVisible())  # the quote line stands for it
            assert box.compact() and box.more_button.isVisible()
        # Usable: typed into, Send clicked (no outbox here: the window alone), closed.
        qtbot.keyClicks(text, "ok")
        assert text.toPlainText() == "ok"
        with qtbot.waitSignal(box.send_button.clicked):
            qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        if box.compact():
            close = box.more_button.menu().actions()[1]
            assert close.text() == "Close"
            close.trigger()
        else:
            qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.is_open())
        qtbot.waitUntil(win.detail.isVisible)
        assert not box.compact() and box.draft_for(win.model.inbox_row(0).id) == "ok"
    finally:
        text_size.restore()
        ops.shutdown()
