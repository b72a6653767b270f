"""desk's first days: the guide over the inbox says what desk does and which keys move
through it, and goes for good once closed or once desk has been used for a few days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.first_days import GUIDE_DAYS
from desk.core.messages import Tier
from desk.store.inbox import CameWhileAway, InboxQueries
from desk.store.store import Store
from desk.ui import main_window, text_size
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.settled import settle
from tests.helpers.weekend import FRIDAY_LEFT
from tests.ui.test_detail_pane import zh_cn  # noqa: F401 (a fixture)


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


@pytest.fixture(autouse=True)
def noted_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day of use noted as soon as the event loop runs, not a minute on."""
    monkeypatch.setattr(main_window, "GUIDE_NOTE_MS", 0)


def _noted(qtbot: QtBot, win: MainWindow, ops: StoreOps) -> None:
    """Waits until the day of use is noted in the store."""
    qtbot.waitUntil(lambda: not win._guide_note.isActive() and ops.idle())


def _start(qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps) -> MainWindow:
    """desk started on the store, as after a restart when the store was used before."""
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    settle(qtbot, win)
    return win


def _quit(win: MainWindow) -> None:
    win.allow_close()
    win.close()


def test_the_first_start_shows_the_guide_with_the_keys_f1_lists(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    win = _start(qtbot, store, clock, ops)
    guide = win.guide
    assert guide.isVisible()
    said = guide.said.text()
    # The mouse first, the keys second (a tester, 56, used only the mouse), and DING
    # said once in plain words where it is first met.
    mouse = said.index("Right-click a message to confirm a DING")
    assert "DING (an urgent notice each person must confirm)" in said
    assert "reply to it or mark it done" in said
    assert mouse < said.index("F1 lists every key")
    # The rest, off its one line: in 帮助 → 什么是 DING, and its tooltip.
    more = guide.more_words()
    assert "j/k" in more and "Enter" in more and "a confirms a DING" in more
    assert "F1 lists every key" in more and "Quiet hours" in more
    assert more in guide.said.toolTip() and "Help → What is a DING?" in guide.said.toolTip()
    # The keys are the window's own: j moves to the next card, a confirms, F1 lists them.
    assert win.next_action.shortcut().toString() == "J"
    assert win.ack_action.shortcut().toString() == "A"
    assert "F1" in [key.toString() for key in win.shortcuts_action.shortcuts()]
    assert guide.accessibleName() == f"{said} {more}"
    assert "first days" in guide.accessibleDescription()
    assert guide.dismiss_button.accessibleName() == "Close this guide"


@pytest.mark.usefixtures("zh_cn")
def test_in_chinese_the_guide_and_the_card_menu_say_it_in_plain_words(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A tester (56, village secretary, mouse only) knew neither DING nor 上下文.
    win = _start(qtbot, store, clock, ops)
    said = win.guide.said.text()
    assert "右键点消息可确认 DING（须逐人确认的紧急通知）、回复或标为已办" in said
    assert said.index("右键") < said.index("F1")
    assert win.conversation_action.text() == "查看前后消息"


def test_closed_with_x_it_stays_closed_after_a_restart(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    win = _start(qtbot, store, clock, ops)
    qtbot.mouseClick(win.guide.dismiss_button, Qt.MouseButton.LeftButton)
    assert not win.guide.isVisible()
    assert win.list.hasFocus() or not win.isActiveWindow()
    qtbot.waitUntil(ops.idle)
    _quit(win)
    again = _start(qtbot, store, clock, ops)
    assert not again.guide.isVisible()
    clock.advance(timedelta(days=1))
    assert not _start(qtbot, store, clock, ops).guide.isVisible()


def test_not_closed_it_goes_after_a_few_days_of_use_not_of_the_calendar(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    for day in range(GUIDE_DAYS):
        win = _start(qtbot, store, clock, ops)
        assert win.guide.isVisible(), f"day {day + 1} of use"
        _noted(qtbot, win, ops)
        _quit(win)
        # Not used for a week in between: the days of use count, not the calendar's.
        clock.advance(timedelta(days=7))
    assert not _start(qtbot, store, clock, ops).guide.isVisible()


def test_a_window_left_running_for_days_counts_each_of_them(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    win = _start(qtbot, store, clock, ops)
    for _day in range(GUIDE_DAYS):
        assert win.guide.isVisible()
        clock.advance(timedelta(days=1))
        win._age_on_a_new_minute()
        _noted(qtbot, win, ops)
    assert not win.guide.isVisible()


@pytest.fixture
def at_150() -> Iterator[None]:
    text_size.apply(150)
    yield
    text_size.restore()


@pytest.mark.usefixtures("at_150")
def test_with_a_ding_and_the_away_line_at_150_percent_on_1366_by_768_all_stay_on_screen(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    from tests.helpers.seed import sync_demo

    sync_demo(store, clock)
    win = _start(qtbot, store, clock, ops)
    # The window as it opens on a 1366 x 768 screen less its taskbar.
    win.resize(1366, 728)
    came = CameWhileAway({Tier.URGENT: 9, Tier.ACTION: 26, Tier.INFO: 97}, unread=121)
    win.away_line.say(came, FRIDAY_LEFT, clock.now(), SHANGHAI)
    rows = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
    ding = next(row for row in rows if row is not None and row.ding)
    win.ding_banner.show_waiting(ding)
    settle(qtbot, win)
    shown = [win.demo_label, win.banner_place, win.away_line, win.guide]
    assert all(widget.isVisible() for widget in shown)
    tops = [widget.mapTo(win, widget.rect().topLeft()).y() for widget in shown]
    assert tops == sorted(tops), "the guide under the DING banner and the away line"
    list_top = win.list.mapTo(win, win.list.rect().topLeft()).y()
    assert win.guide.mapTo(win, win.guide.rect().bottomLeft()).y() < list_top
    # Its words wrapped whole, in a few lines; the list keeps room for cards.
    assert win.guide.height() <= 4 * win.guide.said.fontMetrics().height() + 16
    assert win.list.viewport().height() >= 200


@pytest.fixture
def at_175() -> Iterator[None]:
    text_size.apply(175)
    yield
    text_size.restore()


@pytest.mark.usefixtures("zh_cn", "at_175")
def test_at_175_percent_on_1280_by_720_the_guide_is_one_line_under_a_ding(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # From a tester (56, mouse only, 175 %, 1280 × 720): the guide's three lines and the
    # DING banner left room for about four cards until the guide was closed.
    from tests.helpers.seed import sync_demo

    sync_demo(store, clock)
    win = _start(qtbot, store, clock, ops)
    win.resize(1280, 680)  # 1280 × 720 less its taskbar
    rows = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
    ding = next(row for row in rows if row is not None and row.ding)
    win.ding_banner.show_waiting(ding)
    settle(qtbot, win)
    guide = win.guide
    assert guide.isVisible() and win.banner_place.isVisible()
    line = guide.said.fontMetrics().height()
    assert guide.said.height() < 2 * line, "its words on one line"
    assert guide.height() <= max(line, guide.quiet_button.sizeHint().height()) + 12
    # Its × on that line too, and the rest of what it said one menu away.
    assert guide.dismiss_button.geometry().center().y() in range(guide.height())
    win.ding_help_action.trigger()
    box = win.findChild(QMessageBox, "ding_help")
    assert box is not None
    qtbot.waitExposed(box)
    assert "j/k" in box.text() and "免打扰时段" in box.text()
    box.close()


def test_a_start_quit_within_the_minute_is_no_day_of_use(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nor is anything written meanwhile: the first reads may find the store damaged, and
    # desk keeps a damaged file as it found it for a rescue.
    monkeypatch.setattr(main_window, "GUIDE_NOTE_MS", 60_000)
    for _start_again in range(GUIDE_DAYS + 1):
        win = _start(qtbot, store, clock, ops)
        assert win.guide.isVisible()
        qtbot.waitUntil(ops.idle)
        _quit(win)
        clock.advance(timedelta(days=1))
    assert InboxQueries(store.sessions).first_days().days == ()


def test_a_window_in_the_tray_overnight_opens_on_the_next_day_without_a_stale_guide(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # Closed to the tray on its last day of guidance and opened the next morning, the
    # window showed the guide, which went at the next minute, moving the inbox up under
    # the reader's eyes.
    for _day in range(GUIDE_DAYS - 1):
        win = _start(qtbot, store, clock, ops)
        _noted(qtbot, win, ops)
        _quit(win)
        clock.advance(timedelta(days=1))
    win = _start(qtbot, store, clock, ops)
    assert win.guide.isVisible()
    _noted(qtbot, win, ops)
    win.hide()
    clock.advance(timedelta(days=1))
    win._age_on_a_new_minute()
    win.show()
    settle(qtbot, win)
    assert not win.guide.isVisible()
