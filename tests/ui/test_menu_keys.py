"""The menu bar's Alt keys, and the Message menu's Confirm DING offered only on a DING."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.ui import i18n
from desk.ui.main_window import MainWindow
from tests.ui.test_main_window import _demo_window, _dings_alerting


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


@pytest.mark.parametrize("language", [None, "zh_CN", "zh_TW"])
def test_each_menu_has_its_own_alt_key_and_ding_s_is_alt_i(
    qtbot: QtBot, store: Store, clock: ManualClock, language: str | None
) -> None:
    # A tester pressed Alt+D for the DING menu and got the desk menu.
    translator = i18n.load_desk_translator(language) if language else None
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    windows = _demo_window(qtbot, store, clock)
    try:
        titles = [a.text() for a in next(windows).menuBar().actions()]
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        for _closed in windows:  # the window's own clean-up
            pass
    keys = [QKeySequence.mnemonic(title) for title in titles]
    assert all(not key.isEmpty() for key in keys), titles
    assert len(set(keys)) == len(keys), titles
    (ding,) = [t for t in titles if "DING" in t.replace("&", "")]
    assert QKeySequence.mnemonic(ding) == QKeySequence("Alt+I")
    assert QKeySequence.mnemonic(titles[0]) == QKeySequence("Alt+D")


def _message_menu(window: MainWindow) -> QMenu:
    (menu,) = [
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() is not None and window.ack_action in a.menu().actions()
    ]
    return menu


def _select(window: MainWindow, pinned: bool) -> None:
    model = window.model
    at = next(
        r
        for r in range(model.rowCount())
        if model.inbox_row(r).pinned is pinned and (pinned or not model.inbox_row(r).ding)
    )
    window.list.setCurrentIndex(model.index(at))


# The offscreen platform cannot give a popup menu the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_confirm_ding_is_offered_in_the_menu_only_on_a_ding_waiting(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # A tester: 消息 → 确认收到 DING stayed enabled on a chat card.
    _dings_alerting(qtbot, window, store, clock)  # a DING waits, elsewhere
    menu = _message_menu(window)
    _select(window, pinned=False)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    assert not window.ack_action.isEnabled()
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible())
    _select(window, pinned=True)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    assert window.ack_action.isEnabled()
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible())


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_on_a_chat_card_still_brings_up_the_waiting_ding(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # Greyed in the menu on a chat card, `a` there still shows the DING that waits.
    waiting = _dings_alerting(qtbot, window, store, clock)
    menu = _message_menu(window)
    _select(window, pinned=False)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible())
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_A)
    row = window.model.inbox_row(window.list.currentIndex().row())
    assert row.id == waiting
    assert "press a again" in window.statusBar().currentMessage()
