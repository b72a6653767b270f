"""The selected card stays in sight, whatever moved it there (tester, session 33): a key,
the search left, a card marked done, a re-read of the list after it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import View, ViewKind
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, _rows, type_chinese

# Cards the list shows whole: few, so that the demo's searches run past its end. And a
# half card more, cut off at its foot: at the end of its scroll range Qt puts the last
# card at the foot, and cuts the top one instead.
CARDS_SHOWN = 4.5


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    for win in _demo_window(qtbot, store, clock):
        rows = win.list.verticalHeader().defaultSectionSize()
        win.list.setFixedHeight(int(CARDS_SHOWN * rows) + 2 * win.list.frameWidth())
        QApplication.processEvents()
        yield win


def _search(qtbot: QtBot, win: MainWindow, needle: str) -> None:
    """`/`, the needle, Enter: every card it finds listed."""
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Slash)
    type_chinese(win.search, needle)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.model.canFetchMore(QModelIndex()))
    settle(qtbot, win)


def _selected_in_sight(win: MainWindow) -> bool:
    """The selected card is shown whole in the list."""
    current = win.list.currentIndex()
    return current.isValid() and win.list.viewport().rect().contains(win.list.visualRect(current))


def test_j_onto_the_last_card_found_keeps_it_in_sight_after_the_list_is_read_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: j onto the last of 17 cards found showed it in the reading pane, but
    # the list's re-read after its read mark scrolled back by one, the card below.
    _search(qtbot, window, "通知")
    found = window.model.rowCount()
    assert found > 2 * CARDS_SHOWN
    _to_the_last_card(qtbot, window)
    settle(qtbot, window)
    assert _selected_in_sight(window)


def test_k_and_j_across_the_list_keep_each_card_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "通知")
    for key in (Qt.Key.Key_J,) * 12 + (Qt.Key.Key_K,) * 12:
        qtbot.keyClick(window.list, key)
        settle(qtbot, window)
        assert _selected_in_sight(window), window.list.currentIndex().row()


def _in_sight_through_a_refresh(qtbot: QtBot, win: MainWindow) -> None:
    """The selected card is in sight, and still after the list is read again (a sync
    batch, a read mark): each re-read kept the top card where it was, and at the end of
    the list that was the card cut off at the top."""
    settle(qtbot, win)
    assert _selected_in_sight(win)
    win.request_refresh()
    settle(qtbot, win)
    assert _selected_in_sight(win)


def _to_the_last_card(qtbot: QtBot, win: MainWindow) -> int:
    """j down to the list's last card: its id."""
    for _ in range(win.model.rowCount() - 1):
        qtbot.keyClick(win.list, Qt.Key.Key_J)
    last = win.model.message_id(win.model.rowCount() - 1)
    assert last is not None and win.list.currentIndex().row() == win.model.rowCount() - 1
    return last


def test_esc_from_a_search_keeps_the_card_found_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    # A group's last card, found by a search: Esc shows the group again, at its end.
    cards = Counter(row.group_id for row in _rows(window))
    window._choose_view(View(ViewKind.GROUP, cards.most_common(1)[0][0]))
    settle(qtbot, window)
    assert window.model.rowCount() > 2 * CARDS_SHOWN
    last = window.model.inbox_row(window.model.rowCount() - 1)
    assert last is not None
    _search(qtbot, window, last.text[:4])
    chosen = _to_the_last_card(qtbot, window)
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.model.view.search == ""
    qtbot.waitUntil(lambda: window.model.message_id(window.list.currentIndex().row()) == chosen)
    _in_sight_through_a_refresh(qtbot, window)


def test_e_on_the_last_card_found_keeps_the_next_one_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "通知")
    _to_the_last_card(qtbot, window)
    settle(qtbot, window)
    left = window.model.rowCount()
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.rowCount() == left - 1)
    assert window.list.currentIndex().row() == left - 2
    _in_sight_through_a_refresh(qtbot, window)
