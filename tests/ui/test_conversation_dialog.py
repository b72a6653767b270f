"""T (Message → Show conversation): the selected message among its group's, as they came."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.ui.conversation_dialog import ConversationDialog
from desk.ui.main_window import MainWindow
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, _press


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _opened(qtbot: QtBot, window: MainWindow) -> ConversationDialog:
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.conversation_dialog is not None)
    dialog = window.conversation_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_t_shows_the_card_among_its_group_s_messages_in_the_order_they_came(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: a village's report found by search, and no way to see what it
    # answered, nor the messages before and after it in its group.
    window.list.setFocus()
    row = window._current_row()
    assert row is not None
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)

    assert dialog.windowTitle() == f"Conversation in {row.group_name}"
    shown = dialog.text.toPlainText()
    assert row.text.splitlines()[0] in shown
    # Its neighbours in that group are there, its acks among them.
    found = window._queries.conversation(row.id)
    assert found is not None and len(found.said) > 1
    assert all(s.text.splitlines()[0] in shown for s in found.said if s.text and not s.withdrawn)
    # The selected message is marked, and scrolled to.
    assert 'name="here"' in dialog.text.toHtml()


def test_the_conversation_is_in_the_card_menu_and_esc_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list.setFocus()
    assert window.conversation_action in window.card_menu().actions()
    window.conversation_action.trigger()
    dialog = _opened(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.conversation_dialog is None)
