"""The search box driven by keys as a person searches: into the results and back out,
what it says it found, and where done messages hold the words (tester, session 32)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View
from desk.store.store import Store
from desk.ui import inbox_model
from desk.ui.main_window import MainWindow
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, type_chinese


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _type_search(qtbot: QtBot, win: MainWindow, needle: str) -> None:
    """`/` from the list and the needle typed, not yet run."""
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Slash)
    type_chinese(win.search, needle)


def _search(qtbot: QtBot, win: MainWindow, needle: str) -> None:
    """`/`, the needle, Enter: its cards listed, every one found."""
    _type_search(qtbot, win, needle)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.model.canFetchMore(QModelIndex()))
    settle(qtbot, win)


def _selected(win: MainWindow) -> int | None:
    return win.model.message_id(win.list.currentIndex().row())


def test_down_in_the_search_box_runs_it_and_goes_to_the_first_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: only Enter went from the search box into the results.
    _type_search(qtbot, window, "视频会议")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.model.view.search == "视频会议"
    assert window.list.hasFocus()
    assert window.list.currentIndex().row() == 0


def test_down_in_the_search_box_goes_to_the_card_selected_in_the_results(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "通知")
    assert window.model.rowCount() > 3
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    chosen = _selected(window)
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)  # back to the box, the search unchanged
    assert window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.list.hasFocus()
    assert _selected(window) == chosen


def test_esc_leaves_a_search_on_the_card_found(qtbot: QtBot, window: MainWindow) -> None:
    # From a tester: Esc cleared the search and jumped to the top, losing the card found.
    _search(qtbot, window, "通知")
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    chosen = _selected(window)
    assert chosen is not None
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.model.view == View()
    qtbot.waitUntil(lambda: _selected(window) == chosen)
    row = window.model.row_of(chosen)
    assert row is not None and row > 2
    rect = window.list.visualRect(window.model.index(row))
    assert window.list.viewport().rect().contains(rect.center()), "scrolled to"


def test_esc_from_the_search_box_keeps_the_card_too(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "通知")
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    chosen = _selected(window)
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.model.view == View()
    qtbot.waitUntil(lambda: _selected(window) == chosen)
    assert window.list.hasFocus()


def test_esc_leaves_a_search_on_a_card_further_down_than_the_list_has_read(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_model, "PAGE", 50)
    everything = InboxQueries(store.sessions).page(View(), limit=10**6).ids
    deep = everything[-1]
    row = InboxQueries(store.sessions).row(deep)
    assert row is not None
    needle = row.text[:4]
    _search(qtbot, window, needle)
    found = window.model.row_of(deep)
    assert found is not None
    window.list.setFocus()
    window._select_row(found)
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.model.view == View()
    qtbot.waitUntil(lambda: _selected(window) == deep)
    settle(qtbot, window)
    assert _selected(window) == deep


def _mark_all_found_done(qtbot: QtBot, win: MainWindow) -> int:
    """`e` on each card the search shows, until none is left: how many."""
    marked = 0
    while win.model.rowCount():
        win.list.setFocus()
        qtbot.keyClick(win.list, Qt.Key.Key_E)
        settle(qtbot, win)
        marked += 1
    return marked


def test_a_search_that_finds_nothing_here_says_how_many_done_messages_hold_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: the notice marked done, and 地震 found nowhere, read alike.
    _search(qtbot, window, "视频会议")
    marked = _mark_all_found_done(qtbot, window)
    assert marked >= 1
    assert window.list.empty_text() == (
        "No message here holds “视频会议”.\n"
        f"{marked} message(s) marked done match: Ctrl+6 shows them."
    )
    # ...and Ctrl+6 shows them, the search kept.
    qtbot.keyClick(window.list, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    assert window.model.rowCount() == marked


def test_a_search_done_messages_do_not_hold_says_nothing_of_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "无此内容的检索")
    assert window.list.empty_text() == "No message here holds “无此内容的检索”."


def test_a_search_in_a_view_counts_done_messages_after_how_to_search_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "视频会议")
    marked = _mark_all_found_done(qtbot, window)
    qtbot.keyClick(window.list, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    settle(qtbot, window)
    assert window.list.empty_text() == (
        "No message here holds “视频会议”.\n"
        "Press Ctrl+1 to search the open messages in All.\n"
        f"{marked} message(s) marked done match: Ctrl+6 shows them."
    )


def test_a_search_that_finds_cards_says_how_many_more_are_in_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "通知")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    settle(qtbot, window)
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    settle(qtbot, window)
    _search(qtbot, window, "通知")
    assert window.model.rowCount() > 0
    assert window.statusBar().currentMessage() == (
        "1 message(s) marked done hold “通知” too: Ctrl+6 shows them."
    )


def test_done_messages_are_counted_on_the_store_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desk.ui import main_window

    threads: list[str] = []
    counting = main_window.count_done

    def count(*args: object) -> object:
        threads.append(threading.current_thread().name)
        return counting(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window, "count_done", count)
    _search(qtbot, window, "视频会议")
    assert threads and all(name.startswith("desk-store") for name in threads)


def test_a_search_says_how_many_cards_it_found_and_nothing_once_cleared(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: no count of what a search found.
    assert window.found_label.isHidden()
    _search(qtbot, window, "视频会议")
    found = window.model.rowCount()
    assert found > 0
    assert window.found_label.isVisible()
    assert window.found_label.full_text() == f"{found} found · notices and tasks first"
    _search(qtbot, window, "无此内容的检索")
    assert window.found_label.full_text() == "0 found"
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.model.view == View()
    assert window.found_label.isHidden()


def test_a_search_with_more_cards_than_read_says_or_more(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_model, "PAGE", 5)
    _type_search(qtbot, window, "通知")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 5)
    settle(qtbot, window)
    assert window.model.canFetchMore(QModelIndex())
    assert window.found_label.full_text().startswith(f"{window.model.rowCount()} or more found")
    while window.model.canFetchMore(QModelIndex()):
        window.model.fetchMore(QModelIndex())
    assert window.found_label.full_text().startswith(f"{window.model.rowCount()} found")
