"""Snoozing the waiting DING from the keyboard: DING → Remind me later (S)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desk.core.clock import ManualClock
from desk.store.models import Message, to_ms
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from tests.helpers.seed import sync_demo
from tests.ui.test_main_window import _demo_window, _dings_alerting, _press, _window_over


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


# The offscreen platform cannot give a popup menu the keyboard; it gets the keys anyway.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_s_opens_the_banners_snooze_choices_and_enter_snoozes(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # From a tester: 稍后提醒 needed the mouse; it was in neither the Message nor the DING menu.
    waiting = _dings_alerting(qtbot, window, store, clock)
    assert window.ding_banner.isVisible()
    ding_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "DING"
    )
    assert window.snooze_action in ding_menu.actions()
    assert window.snooze_action.shortcut().toString() == "S"
    window.list.setFocus()
    snoozed: list[tuple[int, int]] = []
    window.ding_banner.snoozeRequested.connect(lambda m, minutes: snoozed.append((m, minutes)))
    _press(qtbot, window, Qt.Key.Key_S)
    choices = window.ding_banner.snooze_button.menu()
    qtbot.waitUntil(choices.isVisible)
    assert choices.activeAction() is choices.actions()[0]
    qtbot.keyClick(choices, Qt.Key.Key_Down)
    qtbot.keyClick(choices, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not choices.isVisible())
    assert snoozed == [(waiting, 15)]


def test_s_with_no_ding_waiting_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.ding_banner.show_ladders([])
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_S)
    assert window.statusBar().currentMessage() == "No DING waits for confirmation."
    assert not window.ding_banner.snooze_button.menu().isVisible()


def test_s_in_the_search_box_types_an_s(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, Qt.Key.Key_Slash)
    qtbot.keyClicks(window.search, "s")
    assert window.search.text() == "s"
    assert not window.ding_banner.snooze_button.menu().isVisible()
    assert QApplication.activePopupWidget() is None


def test_the_banner_rewords_its_due_time_as_the_minutes_pass(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    with store.transaction() as session:
        session.execute(
            update(Message)
            .where(Message.ding.is_(True))
            .values(deadline_ms=to_ms(clock.now() + timedelta(minutes=26)))
        )
    for window in _window_over(qtbot, store, clock):
        _dings_alerting(qtbot, window, store, clock)
        banner = window.ding_banner
        assert "due in 26 min · " in banner.label.full_text()
        clock.advance(timedelta(minutes=10))
        window._ageing_timer.timeout.emit()
        assert "due in 16 min · " in banner.label.full_text()
