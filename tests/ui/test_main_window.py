"""The main window driven as a person would: keys, clicks, typing."""

from __future__ import annotations

import gc
import re
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QSplitter, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, event, func, select, update

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, Redaction, SyncBatch
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.gist import first_words
from desk.core.messages import ENCRYPTED_PLACEHOLDER, Role, Tier
from desk.store import inbox, ranking
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.models import Account, Group, Invite, Message, from_ms, to_ms
from desk.store.outbox import OutboxItem
from desk.store.read_marks import STEP_ROWS
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.status import SyncState, SyncStatus
from desk.ui import inbox_model, text_size
from desk.ui.card_text import message_text, summary
from desk.ui.inbox_model import PAGE
from desk.ui.main_window import MARK_ALL_WITHOUT_ASKING, MainWindow
from desk.ui.ops import StoreOps
from desk.ui.shortcuts_dialog import action_keys, plain_text
from desk.ui.status_bar import StatusBar
from tests.conftest import SHANGHAI
from tests.helpers.busy_store import write_lock_held
from tests.helpers.read_only_store import make_read_only
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _demo_window(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    mark_step_rows: int = STEP_ROWS,
    closed_for: timedelta = timedelta(),
) -> Iterator[MainWindow]:
    sync_demo(store, clock)
    clock.advance(closed_for)
    yield from _window_over(qtbot, store, clock, mark_step_rows)


def _window_over(
    qtbot: QtBot, store: Store, clock: ManualClock, mark_step_rows: int = STEP_ROWS
) -> Iterator[MainWindow]:
    """The window over what the store holds, shown, its first store jobs done."""
    ops = StoreOps()
    win = MainWindow(
        InboxQueries(store.sessions), ops, clock, SHANGHAI, mark_step_rows=mark_step_rows
    )
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    qtbot.waitExposed(win)
    # The unread counts, and the rerank on opening, come from the store thread after the
    # first paint.
    try:
        settle(qtbot, win)
    except AssertionError:
        # Not waiting for a stuck job: the thread check then says whether it ever ended.
        ops.shutdown(wait=False)
        raise
    yield win
    ops.shutdown()


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives from an input method as a commit string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _rows(win: MainWindow) -> list[object]:
    return [win.model.inbox_row(r) for r in range(win.model.rowCount())]


def _press(
    qtbot: QtBot, win: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(win.list, key, modifier)


def test_shows_the_demo_inbox_best_first(window: MainWindow) -> None:
    rows = _rows(window)
    cards = len(window._queries.page(View(), None, 10_000).ids)
    assert cards > 150
    assert len(rows) == min(PAGE, cards)  # the first page, more on scrolling
    ranks = [r.tier.rank for r in rows]
    assert ranks == sorted(ranks)
    assert rows[0].tier is Tier.URGENT
    assert window.detail.toPlainText().find(rows[0].group_name) >= 0
    unread = window._queries.view_counts()[ViewKind.ALL]
    assert unread > 0
    assert window.count_label.text() == f"{unread} unread"


def test_j_and_k_move_and_the_pane_follows(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    first, second = window.model.inbox_row(0), window.model.inbox_row(1)
    _press(qtbot, window, Qt.Key.Key_J)
    assert window.list.currentIndex().row() == 1
    assert second.text.split()[0] in window.detail.toPlainText()
    _press(qtbot, window, Qt.Key.Key_K)
    assert window.list.currentIndex().row() == 0
    assert first.text.split()[0] in window.detail.toPlainText()


def test_arrows_home_and_end_move_between_cards(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Down)
    _press(qtbot, window, Qt.Key.Key_Down)
    assert window.list.currentIndex().row() == 2
    loaded = window.model.rowCount()
    _press(qtbot, window, Qt.Key.Key_End)
    # The last card loaded; reaching the end of the list loads the next page.
    assert window.list.currentIndex().row() == loaded - 1
    last = window.model.inbox_row(loaded - 1)
    assert last is not None and last.text.split()[0] in window.detail.toPlainText()
    _press(qtbot, window, Qt.Key.Key_Home)
    assert window.list.currentIndex().row() == 0
    _press(qtbot, window, Qt.Key.Key_Up)
    assert window.list.currentIndex().row() == 0


def test_rows_are_one_card_tall_and_fill_the_width(window: MainWindow) -> None:
    first = window.list.visualRect(window.model.index(0))
    second = window.list.visualRect(window.model.index(1))
    assert first.height() == second.height() > 2 * window.list.fontMetrics().height()
    assert second.top() == first.bottom() + 1
    assert first.width() == window.list.viewport().width()


def test_done_moves_to_done_and_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    target = window.model.inbox_row(0)
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) is None)
    qtbot.waitUntil(window._ops.idle)  # gone from the list at once, then stored
    window.sidebar.select_view(ViewKind.DONE)
    assert [r.id for r in _rows(window)] == [target.id]

    window.sidebar.select_view(ViewKind.ALL)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) == 0)
    assert window.list.currentIndex().row() == 0


def test_delete_marks_a_card_done_as_e_does_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A Windows user pressed Del to clear a card, as in a mail program, and nothing happened.
    window.list.setFocus()
    target = window.model.inbox_row(0)
    _press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) is None)
    qtbot.waitUntil(window._ops.idle)
    assert "Press Ctrl+Z to undo." in window.statusBar().currentMessage()
    window.sidebar.select_view(ViewKind.DONE)
    assert [r.id for r in _rows(window)] == [target.id]
    # In Done, Del does not bring it back as e does there: it says how.
    window.list.setFocus()
    window.list.setCurrentIndex(window.model.index(0))
    _press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(window._ops.idle)
    assert [r.id for r in _rows(window)] == [target.id]
    assert window.statusBar().currentMessage() == (
        "This card is done already: press e to move it back to the inbox."
    )
    window.sidebar.select_view(ViewKind.ALL)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) == 0)


def test_delete_in_the_search_box_deletes_a_character_not_the_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = window.model.inbox_row(0)
    window.search.setFocus()
    window.search.setText("ab")
    window.search.setCursorPosition(0)
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "b"
    qtbot.waitUntil(window._ops.idle)
    assert not window._undo, "no card was marked done"
    assert target is not None


def test_bringing_a_card_back_from_done_says_how_to_undo(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    target = window.model.inbox_row(0)
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) is None)
    qtbot.waitUntil(window._ops.idle)  # gone from the list at once, then stored
    window.sidebar.select_view(ViewKind.DONE)
    window.list.setFocus()
    # The pane says the key as F1 lists it (it said E, F1 e: a tester).
    (done_key,) = action_keys(window.done_action)
    qtbot.waitUntil(lambda: f"Marked done. {done_key} moves it back" in window.detail.toPlainText())
    _press(qtbot, window, Qt.Key.Key_E)
    # As marking done says it (from a tester), once the store has it, naming the message.
    said = f"Moved back to the inbox: {target.sender_name}, “{first_words(target.text)}”. "
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said + "Press Ctrl+Z to undo.")


def test_undoing_a_return_from_done_puts_the_card_back_in_its_place(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # Done lists the last marked first: undone, a card brought back went to its top, as if
    # marked done just now (stamped anew), not where it had been.
    cards = [window.model.inbox_row(r).id for r in range(3)]
    for card in cards:
        clock.advance(timedelta(minutes=1))
        window._queries.set_done((card,), True, clock.now())
    window.sidebar.select_view(ViewKind.DONE)
    qtbot.waitUntil(lambda: [r.id for r in _rows(window)] == cards[::-1])
    window.list.setFocus()
    window.list.setCurrentIndex(window.model.index(2))
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(cards[0]) is None)
    qtbot.waitUntil(window._ops.idle)
    clock.advance(timedelta(minutes=5))
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row_of(cards[0]) is not None)
    qtbot.waitUntil(window._ops.idle)
    assert [r.id for r in _rows(window)] == cards[::-1]


def test_in_done_the_card_menu_offers_to_move_it_back_not_to_mark_it_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: a done card's menu said "Mark done", though E brings it back.
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window._ops.idle())
    window.sidebar.select_view(ViewKind.DONE)
    names = [a.text() for a in window.card_menu().actions()]
    assert "Move back to the inbox" in names and "Mark done" not in names
    window.sidebar.select_view(ViewKind.ALL)
    assert "Mark done" in [a.text() for a in window.card_menu().actions()]


def test_ctrl_c_on_a_card_copies_the_message_as_the_pane_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester, answering the county: no Copy in the card's menu or the Message menu.
    QApplication.clipboard().clear()
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_J)
    row = window._current_row()
    assert row is not None
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert row.text.splitlines()[0] in copied and row.sender_name in copied
    assert copied == window.detail.toPlainText()
    assert window.copy_action in window.card_menu().actions()
    assert window.statusBar().currentMessage() == "Message copied."


def test_ctrl_c_in_the_search_box_copies_what_is_selected_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    QApplication.clipboard().clear()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "flood")
    window.search.selectAll()
    qtbot.keyClick(window.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "flood"


def test_the_card_done_moves_on_to_counts_as_read(qtbot: QtBot, window: MainWindow) -> None:
    # From a tester: after `e` the next card was in the reading pane but stayed unread,
    # and `j` went past it unread.
    window.list.setFocus()
    target = window.model.inbox_row(0)
    following = window.model.inbox_row(1)
    assert target is not None and following is not None and not following.read
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(target.id) is None)
    qtbot.waitUntil(lambda: (row := window.model.inbox_row(0)) is not None and row.read)
    assert window.model.inbox_row(0).id == following.id


def test_a_change_the_database_refuses_says_so(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.list.setFocus()
    target = window.model.inbox_row(0)
    make_read_only(store)
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Could not"))
    assert window.statusBar().currentMessage() == (
        f"Could not mark the message from {target.sender_name} in {target.group_name} done "
        "(can't write the local database: it is read-only)."
    )
    # Taken out of the list at the key press, it comes back.
    qtbot.waitUntil(lambda: window.model.row_of(target.id) == 0)
    settle(qtbot, window)
    assert window._current_id() == target.id


def test_done_on_a_busy_database_is_never_said_done_and_names_the_card(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # `e` said "Marked done" at once, then "Not saved" 10 s later with no word of which
    # card (a tester). Now it says it is marking, then what became of that card.
    window.list.setFocus()
    target = window.model.inbox_row(0)
    assert target is not None
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    # The window's own writes first (the selected card's read mark): a write already
    # waiting for the lock when it is taken waits desk's 10 s, past any helper's switch.
    settle(qtbot, window)
    with write_lock_held(store):
        _press(qtbot, window, Qt.Key.Key_E)
        settle(qtbot, window)
    assert said[0] == "Marking done…"
    assert not any(text.startswith("Marked done") for text in said)
    assert window.statusBar().currentMessage() == (
        f"Could not mark the message from {target.sender_name} in {target.group_name} "
        "done (the local database is busy)."
    )
    assert window.model.row_of(target.id) == 0, "still in the inbox"
    assert window._current_id() == target.id, "still selected"
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo.", "nothing was done"

    _press(qtbot, window, Qt.Key.Key_E)  # the database is free again
    qtbot.waitUntil(lambda: window.model.row_of(target.id) is None)
    # Which message went (a tester): its sender and first words, as `a` names whose DING.
    said = f"Marked done: {target.sender_name}, “{first_words(target.text)}”. "
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said + "Press Ctrl+Z to undo.")


def test_a_maximised_window_comes_back_maximised(window: MainWindow) -> None:
    # From a tester: maximised, closed with the window's close button (desk stays in the
    # tray), then started again (which brings the running window back): 1200×694.
    window.showMaximized()
    window.close()
    assert not window.isVisible() or window.isMinimized()
    window.open_message_list()
    assert window.isVisible() and window.isMaximized() and not window.isMinimized()
    # Minimised from maximised, the same.
    window.showMinimized()
    window.open_message_list()
    assert window.isMaximized() and not window.isMinimized()
    # Left at its normal size, it stays so.
    window.showNormal()
    window.close()
    window.open_message_list()
    assert window.isVisible() and not window.isMaximized()


def test_a_new_data_folder_says_it_is_loading_until_the_first_sync_settles(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # From a tester: the first start on a new data folder said 这里没有消息。 with no groups
    # for the 3 s before the demo came, as though there were none.
    for win in _window_over(qtbot, store, clock):
        assert win.list.empty_text() == "Loading messages…"
        win.show_sync_status(SyncStatus(SyncState.SYNCING, clock.now()))
        assert win.list.empty_text() == "Loading messages…\nSyncing…"
        win.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
        assert win.list.empty_text() == "No messages here."


def test_the_demos_first_sync_says_what_it_does_until_its_cards_are_on_screen(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # From a tester: a first start flashed 这里没有消息。 before the demo's messages came.
    # The sync said up to date before the re-read its batch asked for was shown.
    ensure_default_account(store, clock)
    for win in _window_over(qtbot, store, clock):
        assert win.list.empty_text() == "Loading the demo workspace…"
        win.show_sync_status(SyncStatus(SyncState.SYNCING, clock.now()))
        assert win.list.empty_text() == "Loading the demo workspace…\nSyncing…"
        win.show_sync_status(SyncStatus(SyncState.SORTING, clock.now(), unsorted=120))
        assert win.list.empty_text() == "Loading the demo workspace…\nSorting 120 new message(s)…"
        for result in sync_demo(store, clock):
            win.on_ingested(result)
        win.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
        # The re-read is on the store thread still: the list is not empty, only not read.
        assert win.model.rowCount() == 0
        assert win.list.empty_text() == "Loading the demo workspace…"
        qtbot.waitUntil(lambda shown=win: shown.model.rowCount() > 0)
        settle(qtbot, win)
        # Read, a view with nothing in it says so.
        assert win.list.empty_text() == "No messages here."


def test_the_first_screens_of_urgent_and_the_busiest_group_are_laid_out_before_a_switch(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first switch to a view laid out its dozen cards on the GUI thread, 45-50 ms of
    # its CPU against 15-20 for a switch back (issue 8): after the first counts, the
    # tiers' and the busiest groups' first screens are read and laid out ahead.
    cards = window.cards
    qtbot.waitUntil(lambda: window._ops.idle() and not cards._ahead)
    laid: list[int] = []
    lay_out = cards._lay_out

    def counted(row: InboxRow, *args: Any) -> Any:
        laid.append(row.id)
        return lay_out(row, *args)

    monkeypatch.setattr(cards, "_lay_out", counted)
    window.sidebar.select_view(ViewKind.URGENT)
    window.list.viewport().repaint()
    groups = window.sidebar.topLevelItem(1)
    busiest = max(
        (groups.child(i) for i in range(groups.childCount())), key=lambda g: int(g.text(1) or 0)
    )
    window.sidebar.setCurrentItem(busiest)
    assert window.model.view.kind is ViewKind.GROUP and window.model.rowCount() > 0
    window.list.viewport().repaint()
    assert laid == []


def test_a_restart_paints_its_cards_at_once_not_an_empty_list(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # A store already full: the first paint shows cards, never an empty list's words.
    sync_demo(store, clock)
    ops = StoreOps()
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    painted: list[tuple[int, str]] = []

    class FirstPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append((win.model.rowCount(), win.list.empty_text()))
            return False

    watch = FirstPaints(win)
    win.list.viewport().installEventFilter(watch)
    win.show()
    qtbot.waitUntil(lambda: bool(painted))
    rows, _said = painted[0]
    assert rows > 0
    settle(qtbot, win)
    ops.shutdown()


def test_a_store_that_cannot_be_written_is_not_called_offline(window: MainWindow) -> None:
    # "Offline (the disk is full)" sent users to check the network (a tester).
    at = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "store_read_only", 30))
    assert window.sync_label.text().startswith(
        "Cannot save to this computer (can't write the local database: it is read-only), "
        "retrying in 30 s "
    )
    assert 'href="retry">retry now</a>' in window.sync_label.link.text()
    # The disk is this computer's, every account's: no account is named.
    window.show_sync_status(
        SyncStatus(SyncState.OFFLINE, at, "store_full", 12, account="@fang:gov.cn")
    )
    assert window.sync_label.text().startswith(
        "Cannot save to this computer (the disk is full), retrying in 12 s retry now"
    )
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "network", 5))
    assert window.sync_label.text().startswith("Offline (no connection to the server)")
    # Not "sync failed: ask IT for the log" (IT, behind a proxy that had gone).
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "proxy", 5))
    assert window.sync_label.text().startswith(
        "Offline (cannot connect to the proxy server: check the proxy settings or ask IT)"
    )


def test_sorting_that_failed_is_not_called_offline(window: MainWindow) -> None:
    # "Offline (sorting of new messages restarting)" while the server answered.
    at = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "triage", 2, account="@fang:x"))
    assert window.sync_label.text() == "Sorting new messages failed, retrying in 2 s retry now"
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "triage_failed", 8))
    assert window.sync_label.text() == (
        "Sorting new messages failed: the log file says where. Retrying in 8 s retry now"
    )


def test_a_refused_sign_in_links_to_signing_in_again(qtbot: QtBot, window: MainWindow) -> None:
    at = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    window.show_sync_status(SyncStatus(SyncState.SIGN_IN, at, "M_UNKNOWN_TOKEN", account_id=7))
    assert 'href="sign-in">sign in again</a>' in window.sync_label.link.text()
    # Which account: with two, the dialog fills in the refused one (IT tester).
    with qtbot.waitSignal(window.signInAgainRequested, timeout=1000) as emitted:
        window.sync_label.linkActivated.emit("sign-in")
    assert emitted.args == [7]
    # No markup from a reason is ever rendered.
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, at, "<b>network</b>", 5))
    assert window.sync_label.said.textFormat() is Qt.TextFormat.PlainText
    assert "<b>network</b>" in window.sync_label.text()
    window.show_sync_status(SyncStatus(SyncState.SYNCING, at))
    assert window.sync_label.link.isHidden()


def test_offline_counts_down_and_retry_now_asks_sync_to_try_at_once(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, clock.now(), "network", 68))
    assert "retrying in 68 s" in window.sync_label.text()
    clock.advance(timedelta(seconds=45))
    window._retry_tick.timeout.emit()  # the tick, once a second
    assert "retrying in 23 s" in window.sync_label.text()
    assert 'href="retry">retry now</a>' in window.sync_label.link.text()
    with qtbot.waitSignal(window.retryRequested, timeout=1000):
        window.sync_label.linkActivated.emit("retry")
    window.show_sync_status(SyncStatus(SyncState.SYNCING, clock.now()))
    assert not window._retry_tick.isActive()
    assert window.sync_label.text() == "Syncing…"


def test_a_group_invite_waiting_is_said_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assert window.invites_label.isHidden()
    with store.transaction() as session:
        account = session.scalars(select(Account)).first()
        assert account is not None
        session.add(
            Invite(account_id=account.id, remote_id="!front:x", name="前线工作群", seen_ms=0)
        )
    window.request_refresh()
    qtbot.waitUntil(lambda: not window.invites_label.isHidden())
    assert 'href="invites">1 group invite(s)</a>' in window.invites_label.text()
    with qtbot.waitSignal(window.invitesRequested, timeout=1000):
        window.invites_label.linkActivated.emit("invites")


def test_switching_views_filters_by_tier(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_view(ViewKind.URGENT)
    urgent = _rows(window)
    assert urgent and all(r.tier is Tier.URGENT for r in urgent)
    window.sidebar.select_view(ViewKind.NOISE)
    assert all(r.tier is Tier.NOISE for r in _rows(window))
    window.sidebar.select_view(ViewKind.ALL)
    assert len(_rows(window)) > len(urgent)


def test_ctrl_and_a_digit_switch_views_from_the_list(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.model.view.kind is ViewKind.URGENT
    urgent = _rows(window)
    assert urgent and all(r.tier is Tier.URGENT for r in urgent)
    _press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.model.view.kind is ViewKind.DONE
    _press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.model.view.kind is ViewKind.ALL
    # The bare digit still moves the card to a tier, not the view.
    _press(qtbot, window, Qt.Key.Key_2)
    assert window.model.view.kind is ViewKind.ALL


def test_an_urgent_message_goes_to_noise_only_once_the_user_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: pressing 4 (expecting view 4) sent an urgent @me request, due in
    # minutes, to Noise at once, and taught desk to rank such messages there.
    window.sidebar.select_view(ViewKind.URGENT)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_J)
    row = window._current_row()
    assert row is not None and row.tier is Tier.URGENT
    _press(qtbot, window, Qt.Key.Key_4)
    qtbot.waitUntil(
        lambda: window.correct_question is not None and window.correct_question.isVisible()
    )
    assert window.correct_question is not None
    # Which it is, not "urgent, a DING or addressed to you" (a tester).
    said = window.correct_question.informativeText()
    assert said.startswith(
        "It is a DING"
        if row.pinned
        else "It is addressed to you"
        if row.mentions_me
        else "It is urgent."
    )
    qtbot.keyClick(window.correct_question, Qt.Key.Key_Return)  # Cancel is the default
    qtbot.waitUntil(lambda: window.correct_question is None)
    qtbot.waitUntil(window.idle)
    assert window._queries.row(row.id).tier is Tier.URGENT
    # The keys are the window's again once it is active: the question, opened when the
    # store's answer came, was the active window until then.
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: window.correct_question is not None)
    question = window.correct_question
    assert question is not None
    move = next(b for b in question.buttons() if b.text() == "Move to Noise")
    move.click()
    qtbot.waitUntil(lambda: window._queries.row(row.id).tier is Tier.NOISE)
    # Information goes to Noise at once, as before.
    window.sidebar.select_view(ViewKind.INFO)
    window.list.setFocus()
    info = window._current_row()
    assert info is not None and not (info.mentions_me or info.pinned)
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: window._queries.row(info.id).tier is Tier.NOISE)
    assert window.correct_question is None


def test_the_question_before_noise_promises_only_what_the_move_teaches(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # "desk will rank similar messages from this group and sender lower too" was asked
    # before moves that teach nothing (urgent is the rules' alone) or that put away the
    # sender's chat in that group instead, sparing what asks the user (a tester). The
    # question says what the status bar says once it is moved, and no more.
    from desk.core.reasons import SAYS_NOTHING

    window.sidebar.select_view(ViewKind.INFO)
    notice_id = next(
        r.id
        for r in _rows(window)
        if r is not None and not r.pinned and not any(x.code in SAYS_NOTHING for x in r.reasons)
    )
    with store.sessions.begin() as session:
        session.execute(update(Message).where(Message.id == notice_id).values(mentions_me=True))
    window.request_refresh()
    qtbot.waitUntil(window.idle)

    def asked_then_moved(message_id: int) -> tuple[str, str]:
        window.status_bar.clearMessage()
        assert window.open_message(message_id)
        qtbot.waitUntil(lambda: (row := window._current_row()) is not None and row.id == message_id)
        window.list.setFocus()
        qtbot.waitUntil(window.isActiveWindow)  # not the question before it
        _press(qtbot, window, Qt.Key.Key_4)
        qtbot.waitUntil(lambda: window.correct_question is not None)
        question = window.correct_question
        assert question is not None
        said = question.informativeText()
        next(b for b in question.buttons() if b.text() == "Move to Noise").click()
        qtbot.waitUntil(lambda: window._queries.row(message_id).tier is Tier.NOISE)
        qtbot.waitUntil(lambda: "Moved to Noise" in window.status_bar.currentMessage())
        return said, window.status_bar.currentMessage()

    row = window._queries.row(notice_id)
    said, then = asked_then_moved(notice_id)
    assert said.startswith("It is addressed to you.")
    assert "rank" not in said and "rank" not in then
    promise = f"messages from {row.sender_name} in {row.group_name} that ask nothing of you go to"
    assert promise in said and promise in then, (said, then)
    # An urgent card: the move teaches nothing, and the question promises nothing.
    window.sidebar.select_view(ViewKind.URGENT)
    urgent = _rows(window)[0]
    assert urgent.tier is Tier.URGENT
    said, then = asked_then_moved(urgent.id)
    assert said.endswith(" Ctrl+Z undoes.") and "from now on" not in said.lower(), said
    assert "from now on" not in then.lower(), then


def test_the_sidebar_keys_step_over_its_headings(qtbot: QtBot, window: MainWindow) -> None:
    sidebar = window.sidebar
    groups = sidebar.topLevelItem(1)
    sidebar.setCurrentItem(groups.child(0))
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Up)
    # The last view listed, as its key is the last digit (Ctrl+9).
    assert window.model.view.kind is ViewKind.DUE
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert sidebar.currentItem() is groups.child(0)
    qtbot.keyClick(sidebar, Qt.Key.Key_Home)
    assert window.model.view.kind is ViewKind.ALL
    qtbot.keyClick(sidebar, Qt.Key.Key_Up)
    assert window.model.view.kind is ViewKind.ALL


def test_choosing_a_group_shows_only_that_group(qtbot: QtBot, window: MainWindow) -> None:
    groups = window.sidebar.topLevelItem(1)
    first_group = groups.child(0)
    window.sidebar.setCurrentItem(first_group)
    view: View = window.model.view
    assert view.kind is ViewKind.GROUP
    rows = _rows(window)
    assert rows and {r.group_name for r in rows} == {first_group.text(0)}


@pytest.mark.parametrize("needle", ["收到", "预警", "视频会议", "人居环境"])
def test_slash_then_typing_searches(qtbot: QtBot, window: MainWindow, needle: str) -> None:
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    assert window.search.hasFocus()
    type_chinese(window.search, needle)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    rows = _rows(window)
    assert rows, needle
    assert all(needle in r.text for r in rows)
    assert window.list.hasFocus()
    # Escape in the list leaves the search; from the box it clears it.
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert all(needle in r.text for r in rows)


def test_a_tall_list_reads_each_screenful_in_one_query(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1200, 2400)
    qtbot.waitUntil(lambda: window.list.rows_on_screen() > 30)
    on_screen = window.list.rows_on_screen()
    reads: list[int] = []
    rows = window.model._queries.rows
    monkeypatch.setattr(
        window.model._queries,
        "rows",
        lambda ids, **kw: reads.append(len(ids)) or rows(ids, **kw),
    )
    for kind in (ViewKind.INFO, ViewKind.ALL):
        reads.clear()
        window.sidebar.select_view(kind)
        window.list.viewport().repaint()
        assert len(reads) == 1, reads  # a view switch
        reads.clear()
        # Past the screenful (and the rows above it) read at the switch.
        below = window.model.rowCount() - on_screen
        assert below > 2 * on_screen
        window.list.scrollTo(window.model.index(below), window.list.ScrollHint.PositionAtTop)
        window.list.viewport().repaint()
        # Read on the store thread, not in the paint (see InboxModel.read_rows_with).
        qtbot.waitUntil(lambda: not window.model.reading)
        assert len(reads) == 1, reads  # a jump down the list
        assert reads[0] >= on_screen


def _in_pages_of_50(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's inbox read again in pages smaller than it is."""
    monkeypatch.setattr(inbox_model, "PAGE", 50)
    window.sidebar.select_view(ViewKind.INFO)
    window.sidebar.select_view(ViewKind.ALL)


def test_scrolling_to_the_end_pages_in_more(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _in_pages_of_50(window, monkeypatch)
    first_page = window.model.rowCount()
    assert first_page == 50
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_End)
    window.list.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > first_page)


def test_a_move_made_while_end_reads_to_the_last_card_is_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # End reads the view to its last card on the store thread (a second or more at
    # 39,000): the user who pressed Home, or j, meanwhile was pulled to the end when the
    # read came, and its last card marked read unseen.
    _in_pages_of_50(window, monkeypatch)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Down)
    _press(qtbot, window, Qt.Key.Key_End)  # the read to the end is under way
    _press(qtbot, window, Qt.Key.Key_Home)
    assert window.list.currentIndex().row() == 0
    qtbot.waitUntil(window.idle)  # the read to the end came
    assert window.list.currentIndex().row() == 0, "not pulled to the end"
    last_id = window._queries.page(window.model.view, None, 10_000).ids[-1]
    assert not window._queries.rows([last_id])[last_id].read, "the last card not marked read"


def test_scrolling_down_shows_the_whole_view_in_its_order(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _in_pages_of_50(window, monkeypatch)
    model = window.model
    assert model.canFetchMore(window.list.rootIndex())
    window.list.setFocus()
    root = window.list.rootIndex()
    while model.canFetchMore(root):
        shown = model.rowCount()
        _press(qtbot, window, Qt.Key.Key_End)
        window.list.scrollToBottom()
        qtbot.waitUntil(lambda rows=shown: model.rowCount() > rows or not model.canFetchMore(root))
    whole = InboxQueries(store.sessions).page(View(), limit=10**6)
    assert len(whole.ids) > 150
    assert [model.message_id(r) for r in range(model.rowCount())] == whole.ids


def test_only_what_the_user_moves_to_counts_as_read(qtbot: QtBot, window: MainWindow) -> None:
    first = window.model.inbox_row(0)
    assert first is not None and not first.read, "desk's own first selection is not reading"
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.model.inbox_row(1).read)
    assert not window.model.inbox_row(0).read
    _press(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: not window.model.inbox_row(1).read)
    assert window.statusBar().currentMessage() == "Marked unread. Ctrl+Z undoes."


def _badge(window: MainWindow, kind: ViewKind) -> str:
    return window.sidebar._view_items[kind].text(1)


def test_shift_c_marks_the_whole_view_read_and_ctrl_z_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.sidebar.select_view(ViewKind.NOISE)
    noise = _badge(window, ViewKind.NOISE)
    action = _badge(window, ViewKind.ACTION)
    assert int(noise) > 1
    assert window.model.inbox_row(2) is not None and not window.model.inbox_row(2).read
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    # More than a handful: asked first, and Enter says yes.
    assert int(noise) > MARK_ALL_WITHOUT_ASKING
    question = _mark_question(qtbot, window)
    assert f"Mark the {noise} unread message(s) in “Noise” read?" == question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _badge(window, ViewKind.NOISE) == "")
    assert all(window.model.inbox_row(r).read for r in range(window.model.rowCount()))
    assert _badge(window, ViewKind.ACTION) == action
    assert window.statusBar().currentMessage() == (
        f"Marked {noise} message(s) read. Ctrl+Z undoes."
    )
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _badge(window, ViewKind.NOISE) == noise)
    assert not window.model.inbox_row(2).read


def _group_badges(window: MainWindow) -> list[str]:
    groups = window.sidebar._groups
    return [groups.child(i).text(1) for i in range(groups.childCount())]


def test_shift_c_in_all_clears_the_groups_badges_but_for_dings_waiting(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: after Shift+C in All, every group's badge stayed up, counting the
    # chit-chat All does not list.
    before = sum(int(b) for b in _group_badges(window) if b)
    all_badge, noise_badge = _badge(window, ViewKind.ALL), _badge(window, ViewKind.NOISE)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    question = _mark_question(qtbot, window)
    # Asked about what is marked: the DINGs waiting for confirmation stay unread. Noise's
    # said apart, and the sum: "193 条…闲聊中的 88 条也一并" left a tester asking whether
    # the 193 held the 88.
    waiting_before = window._queries.view_read_mark(View(ViewKind.ALL)).begin()
    asked = int(all_badge) - waiting_before
    assert question.text() == (
        f"Mark the {asked} unread message(s) in “All” read, and the {noise_badge} unread "
        f"in “Noise” besides ({asked + int(noise_badge)} in all)?"
    )
    assert question.informativeText() == (
        "A DING that waits for your confirmation stays unread. Ctrl+Z undoes."
    )
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _badge(window, ViewKind.NOISE) == "")
    qtbot.waitUntil(window._ops.idle)
    # Urgent counts its cards not done, read or not: the DINGs left unread are its unread.
    waiting = window._queries.view_counts()[ViewKind.URGENT]
    assert waiting > 0
    assert _badge(window, ViewKind.ALL) == str(waiting)
    # Said with the count All's badge had, and the chit-chat marked with it (from review:
    # "Marked 3 message(s) read" while hundreds in Noise were).
    marked = int(all_badge) - waiting
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            f"Marked {marked} message(s) read, and {noise_badge} more in “Noise” "
            f"({marked + int(noise_badge)} in all). Ctrl+Z undoes."
        )
    )
    # With the undo link, as after `e`, and long enough to be seen: a mark of hundreds
    # ends seconds after Enter, and in 6 s the words had gone (a tester saw none).
    bar = window.status_bar
    assert "<a href='link'>undoes</a>" in bar.message.text()
    assert bar._timer.isActive() and bar._timer.interval() >= 20_000
    # What is left is the DINGs, each in its group: the groups' badges count what All's
    # does (copies and 收到 folded under a waiting DING kept ~2,300 on them, a tester).
    after = sum(int(b) for b in _group_badges(window) if b)
    assert after == waiting < before
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _badge(window, ViewKind.NOISE) != "")


@pytest.fixture
def caught_up(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """The demo's window with all but Noise read (the DINGs waiting aside)."""
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    for kind in (ViewKind.URGENT, ViewKind.ACTION, ViewKind.INFO):
        queries.mark_view_read(View(kind))
    yield from _window_over(qtbot, store, clock)


def test_shift_c_in_all_asks_first_when_noise_holds_more_than_a_handful(
    qtbot: QtBot, caught_up: MainWindow
) -> None:
    # From review: with All nearly caught up, Shift+C there marked hundreds of chit-chat
    # read without a word.
    window = caught_up
    all_badge, noise_badge = _badge(window, ViewKind.ALL), _badge(window, ViewKind.NOISE)
    assert int(all_badge or 0) <= MARK_ALL_WITHOUT_ASKING < int(noise_badge)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    question = _mark_question(qtbot, window)
    assert f", and the {noise_badge} unread in “Noise” besides (" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Nothing was marked read.")
    assert _badge(window, ViewKind.NOISE) == noise_badge


def test_shift_c_in_noise_says_nothing_of_dings(qtbot: QtBot, caught_up: MainWindow) -> None:
    # A tester read "A DING that waits for your confirmation stays unread" in Noise, which
    # holds none, and wondered which DING.
    window = caught_up
    window.sidebar.select_view(ViewKind.NOISE)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    question = _mark_question(qtbot, window)
    assert question.informativeText() == "Ctrl+Z undoes."
    qtbot.keyClick(question, Qt.Key.Key_Escape)


def _mark_question(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.mark_question is not None and window.mark_question.isVisible())
    assert window.mark_question is not None
    return window.mark_question


def _unread_ids(store: Store) -> set[int]:
    with store.sessions() as session:
        return set(session.scalars(select(Message.id).where(Message.read.is_(False))))


def test_shift_c_on_a_big_group_asks_first_and_esc_leaves_it_unread(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    groups = window._queries.group_counts()
    big = max(groups, key=lambda g: g.unread)
    assert big.unread > MARK_ALL_WITHOUT_ASKING
    unread = _unread_ids(store)
    # From the group's right-click menu, as from the key.
    window.sidebar.setFocus()
    window._choose_view(View(ViewKind.GROUP, big.id))
    window.all_read_action.trigger()
    question = _mark_question(qtbot, window)
    waiting = window._queries.view_read_mark(View(ViewKind.GROUP, big.id)).begin()
    assert question.text() == (
        f"Mark the {big.unread - waiting} unread message(s) in “{big.name}” read?"
    )
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.mark_question is None)
    qtbot.waitUntil(window._ops.idle)
    assert window.statusBar().currentMessage() == "Nothing was marked read."
    assert _unread_ids(store) == unread
    # Nothing to take back: Ctrl+Z says so instead of undoing something else.
    qtbot.waitUntil(window.isActiveWindow)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_shift_c_marks_a_handful_without_asking(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.sidebar.select_view(ViewKind.URGENT)
    assert 0 < int(_badge(window, ViewKind.URGENT)) <= MARK_ALL_WITHOUT_ASKING
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Marked "))
    assert window.mark_question is None


@pytest.fixture
def stepping_window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """A window whose Shift+C marks five unread messages a step."""
    yield from _demo_window(qtbot, store, clock, mark_step_rows=5)


def _statements(store: Store, writes: list[str]) -> Callable[..., None]:
    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("UPDATE messages SET read"):
            writes.append("read")
        elif statement.startswith("UPDATE messages SET done"):
            writes.append("done")

    return record


def _mark_all_in_steps(
    qtbot: QtBot, window: MainWindow, said: list[str], key: Qt.Key = Qt.Key.Key_C
) -> None:
    window.statusBar().messageChanged.connect(said.append)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(_mark_question(qtbot, window), Qt.Key.Key_Return)


def test_a_key_pressed_while_shift_c_steps_is_done_before_its_remaining_steps(
    qtbot: QtBot, stepping_window: MainWindow, store: Store
) -> None:
    # From a tester: Shift+C over 300,000 unread held the store thread 13 s, and every key
    # pressed meanwhile waited as long.
    window = stepping_window
    unread = int(_badge(window, ViewKind.ALL))
    waiting = window._queries.view_read_mark(View(ViewKind.ALL)).begin()
    said: list[str] = []
    writes: list[str] = []
    record = _statements(store, writes)
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        _mark_all_in_steps(qtbot, window, said)
        qtbot.waitUntil(lambda: any(s.startswith("Marked ") and " of " in s for s in said))
        done = window.model.inbox_row(window.list.currentIndex().row())
        assert done is not None
        _press(qtbot, window, Qt.Key.Key_E)
        qtbot.waitUntil(lambda: window.model.row_of(done.id) is None)
        # The mark through (no re-read between its steps: window.idle() is no wait).
        qtbot.waitUntil(lambda: window._view_mark is None)
        qtbot.waitUntil(window._ops.idle)
        qtbot.waitUntil(window.idle)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert "done" in writes and writes.count("read") > 3, writes
    assert writes.index("done") < len(writes) - 1 - writes[::-1].index("read")
    # Its progress was shown in the status bar as it went, and its end.
    progress = [s for s in said if s.startswith("Marked ") and " of " in s]
    # Counted to what is marked: the DINGs waiting for confirmation stay unread.
    assert len(progress) > 2 and progress[-1].endswith(f" of {unread - waiting} read…")
    assert window.statusBar().currentMessage().startswith("Marked ")
    assert _badge(window, ViewKind.ALL) in ("", "1", "2")  # a DING waiting, at most


def test_ctrl_z_takes_back_a_stepped_shift_c_exactly_in_steps(
    qtbot: QtBot, stepping_window: MainWindow, store: Store
) -> None:
    window = stepping_window
    window.sidebar.select_view(ViewKind.INFO)
    unread = _unread_ids(store)
    badges = window._queries.view_counts()
    said: list[str] = []
    _mark_all_in_steps(qtbot, window, said)
    qtbot.waitUntil(lambda: _badge(window, ViewKind.INFO) == "")
    qtbot.waitUntil(window._ops.idle)
    marked = unread - _unread_ids(store)
    assert len(marked) > 20
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone"))
    settle(qtbot, window)
    assert _unread_ids(store) == unread
    assert window._queries.view_counts() == badges
    # Counted as the mark counted them, the badge's cards.
    (cards,) = [s.split()[1] for s in said if s.endswith("message(s) read. Ctrl+Z undoes.")]
    assert any(s.startswith("Made ") and s.endswith(f" of {cards} unread again…") for s in said)


def test_a_stepped_shift_c_in_all_and_its_undo_count_to_the_same_total(
    qtbot: QtBot, stepping_window: MainWindow, store: Store
) -> None:
    # From a tester: marking said "of 38,506", taking it back "of 38,000" (the DINGs left
    # waiting); and each step re-read the list and the badges, keys lagging by seconds.
    window = stepping_window
    unread = _unread_ids(store)
    refreshes: list[None] = []
    request = window.request_refresh

    def counted() -> None:
        refreshes.append(None)
        request()

    window.request_refresh = counted  # type: ignore[method-assign]
    said: list[str] = []
    _mark_all_in_steps(qtbot, window, said)
    qtbot.waitUntil(lambda: any("Ctrl+Z undoes." in s for s in said))
    qtbot.waitUntil(window._ops.idle)
    marking = [s for s in said if s.startswith("Marked ") and " of " in s]
    assert len(marking) > 10 and len(refreshes) <= 1
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone"))
    settle(qtbot, window)
    assert _unread_ids(store) == unread
    undoing = [s for s in said if s.startswith("Made ")]
    assert undoing
    totals = {s.rsplit(" of ", 1)[1].split()[0] for s in marking + undoing}
    assert len(totals) == 1, totals


def test_ctrl_z_while_shift_c_steps_stops_it_and_takes_back_what_it_marked(
    qtbot: QtBot, stepping_window: MainWindow, store: Store
) -> None:
    window = stepping_window
    unread = _unread_ids(store)
    said: list[str] = []
    _mark_all_in_steps(qtbot, window, said)
    qtbot.waitUntil(lambda: any(" of " in s for s in said))
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone"))
    settle(qtbot, window)
    assert _unread_ids(store) == unread
    assert not any(s.startswith("Marked ") and " of " not in s for s in said)


def test_ctrl_z_at_once_after_shift_c_takes_back_the_mark_not_the_change_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.sidebar.select_view(ViewKind.NOISE)
    window.list.setFocus()
    done = window.model.inbox_row(0)
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(done.id) is None)
    qtbot.waitUntil(window._ops.idle)
    noise = _badge(window, ViewKind.NOISE)
    assert int(noise) > 1
    # No time for the mark to come back before the undo.
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window._ops.idle)
    assert _badge(window, ViewKind.NOISE) == noise
    assert window.model.row_of(done.id) is None  # still done


def test_shift_c_leaves_a_search_and_done_alone(qtbot: QtBot, window: MainWindow) -> None:
    unread = _badge(window, ViewKind.ALL)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, "通知")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage().startswith("Clear the search first")
    _press(qtbot, window, Qt.Key.Key_Escape)
    window.sidebar.select_view(ViewKind.DONE)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Done holds nothing unread to mark."
    qtbot.waitUntil(window._ops.idle)
    assert _badge(window, ViewKind.ALL) == unread


def test_moving_a_card_to_the_tier_it_is_in_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    row = window.model.inbox_row(0)
    assert row is not None and row.tier is Tier.URGENT
    _press(qtbot, window, Qt.Key.Key_1)
    assert window.statusBar().currentMessage() == "Already in Urgent."


def _search_for_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """`/`, words no message holds, Enter: the list empties."""
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, "无此内容的检索")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    assert window.model.rowCount() == 0


def test_a_search_of_words_that_finds_nothing_names_each_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From review: "No message here holds “杨梅节　 直播”" read as a phrase, spaces as typed.
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, "无此内容\u3000 的检索")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    settle(qtbot, window)  # Done counted: none holds them, and it says nothing of Done
    assert window.list.empty_text() == "No message here holds all of “无此内容”, “的检索”."


def test_a_search_that_finds_nothing_says_so_and_where_done_messages_are(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search_for_nothing(qtbot, window)
    # Before Done is counted, where done messages are; after, none holds it.
    assert window.list.empty_text() in (
        "No message here holds “无此内容的检索”.\nMessages marked done are in Done.",
        "No message here holds “无此内容的检索”.",
    )
    settle(qtbot, window)
    assert window.list.empty_text() == "No message here holds “无此内容的检索”."
    window.sidebar.select_view(ViewKind.DONE)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    assert window.list.empty_text() == (
        "No message here holds “无此内容的检索”.\nPress Ctrl+1 to search the open messages in All."
    )
    # ...and the empty list paints it, where a list with no card shows only its base.
    image = window.list.viewport().grab().toImage()
    colours = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(60)}
    assert len(colours) > 1


def _search_for(qtbot: QtBot, window: MainWindow, words: str) -> None:
    """`/`, the words, Enter, from the list: the cards found are listed."""
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, words)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)


def test_a_search_outside_done_says_done_messages_hold_its_words_only_where_they_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: "done messages are not searched here" came after every search,
    # whether or not any done message held the words.
    assert window.search.placeholderText() == "Search open messages ( / )"
    _search_for(qtbot, window, "视频会议")
    qtbot.waitUntil(window._ops.idle)
    assert "Done" not in window.statusBar().currentMessage(), "no done message holds it"

    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_E)  # the first card found is done
    qtbot.waitUntil(window._ops.idle)
    _press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.view.search == "")
    _search_for(qtbot, window, "视频会议")
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "1 message(s) marked done hold “视频会议” too: Ctrl+6 shows them."
        )
    )
    window.sidebar.select_view(ViewKind.DONE)
    assert window.search.placeholderText() == "Search done messages ( / )"


def test_a_search_while_the_store_is_at_other_work_does_not_look_into_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From review: the look into Done went on the one store thread after each pause in
    # typing, ahead of the user's own writes queued behind it.
    _search_for(qtbot, window, "视频会议")
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_E)  # the first card found is done
    qtbot.waitUntil(window._ops.idle)
    _press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.view.search == "")
    qtbot.waitUntil(window._ops.idle)
    other_work = threading.Event()
    window._ops.run(other_work.wait)  # a write of the user's, a long one
    try:
        _search_for(qtbot, window, "视频会议")
    finally:
        other_work.set()
    qtbot.waitUntil(window._ops.idle)

    assert "marked done hold" not in window.statusBar().currentMessage()


def test_esc_in_the_list_clears_a_search_that_was_run(qtbot: QtBot, window: MainWindow) -> None:
    _search_for_nothing(qtbot, window)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert window.search.text() == "" and window.model.view.search == ""


def test_the_window_comes_back_at_the_size_and_pane_widths_it_was_left_at(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    kept = store.data_dir.root / "window.ini"
    window.restore_layout(kept)  # nothing kept yet: as it was
    window.resize(760, 520)  # (the offscreen screen is 800 by 600)
    qtbot.waitUntil(lambda: window._splitter.width() > 700)
    drag_pane_edge(qtbot, window._splitter, 1, -30)
    drag_pane_edge(qtbot, window._splitter, 2, -20)
    widths = window._splitter.sizes()
    assert widths[0] < 220
    window.close()  # to the tray: the layout is kept then too
    ops = StoreOps()
    again = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(again, before_close_func=MainWindow.allow_close)
    try:
        again.restore_layout(kept)
        again.show()
        assert (again.width(), again.height()) == (760, 520)
        assert again._splitter.sizes() == widths
    finally:
        ops.shutdown()


def drag_pane_edge(qtbot: QtBot, splitter: QSplitter, index: int, by: int) -> None:
    """Drags the edge left of pane `index` `by` pixels right (left if less than 0)."""
    handle = splitter.handle(index)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(by, 0))


def _deep_card(window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch) -> int:
    """The last card of All, past what the list has paged (pages of 50, deep pages of 30)."""
    _in_pages_of_50(window, monkeypatch)
    monkeypatch.setattr(inbox_model, "DEEP_PAGE", 30)
    return InboxQueries(store.sessions).page(View(), limit=10**6).ids[-1]


def test_a_card_deep_in_a_view_opens_once_the_store_thread_paged_to_it(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Paged on the GUI thread, a card far down All froze the window 0.1-0.4 s at 300,000
    # messages when a notification opened it.
    last = _deep_card(window, store, monkeypatch)
    model = window.model
    shown = model.rowCount()
    assert window.open_message(last)
    assert model.rowCount() == shown, "nothing paged on the GUI thread"
    qtbot.waitUntil(lambda: model.message_id(window.list.currentIndex().row()) == last)
    assert window.detail.toPlainText()

    def read() -> bool:
        row = InboxQueries(store.sessions).row(last)
        return row is not None and row.read

    qtbot.waitUntil(read)


def test_a_noise_or_done_card_opens_in_its_own_view(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    queries = InboxQueries(store.sessions)
    noise = queries.page(View(ViewKind.NOISE), limit=1).ids[0]
    assert window.open_message(noise)
    assert window.model.view == View(ViewKind.NOISE)
    assert window.model.message_id(window.list.currentIndex().row()) == noise
    done = queries.page(View(), limit=1).ids[0]
    queries.set_done([done], True, clock.now())
    assert window.open_message(done)
    assert window.model.view == View(ViewKind.DONE)
    assert window.model.message_id(window.list.currentIndex().row()) == done


@pytest.fixture
def window_opened_later(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """The demo's window, opened three days after its messages were stored."""
    yield from _demo_window(qtbot, store, clock, closed_for=timedelta(days=3))


def test_opened_days_later_the_inbox_lists_by_the_time_it_is_opened(
    qtbot: QtBot, window_opened_later: MainWindow, store: Store, clock: ManualClock
) -> None:
    # Scores age while desk is closed: opened on a Monday, Friday's tasks, long overdue,
    # listed as if just late, at the head of Action, until the first timed rerank.
    win = window_opened_later
    win.sidebar.select_view(ViewKind.ACTION)
    qtbot.waitUntil(lambda: win.model.view == View(ViewKind.ACTION) and win._ops.idle())
    queries = InboxQueries(store.sessions)
    listed = [win.model.message_id(row) for row in range(min(10, win.model.rowCount()))]
    with store.sessions() as session:
        first = session.get_one(Message, listed[0])
        assert first.deadline_ms is None or first.deadline_ms > to_ms(clock.now()) - 12 * 3600_000
    assert listed == queries.page(View(ViewKind.ACTION), limit=len(listed)).ids


_TASKS = (
    ("noon", "请各村于今天12点前报送秸秆禁烧巡查台账，逾期通报。"),
    ("thursday", "请各村于11月26日17点前报送防汛物资清单，逾期通报。"),
    ("untimed", "请各村报送人居环境整治进展情况。"),
)


@pytest.fixture
def tasks_window_opened_later(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> Iterator[MainWindow]:
    """A window over three tasks posted on Monday morning, opened on Thursday morning: the
    one due Monday noon listed first until the first rerank."""
    (account,) = ensure_default_account(store, clock)
    members = (MemberInfo("u1", "王五", Role.OWNER),)
    posts = tuple(
        IncomingMessage(remote_id, "g", "u1", "王五", Role.OWNER, clock.now(), text)
        for remote_id, text in _TASKS
    )
    batch = SyncBatch("c1", (GroupInfo("g", "镇政府办", members=members),), posts)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    clock.advance(timedelta(days=3))
    yield from _window_over(qtbot, store, clock)


def test_opened_days_later_the_first_card_is_shown_once_the_order_is_set(
    tasks_window_opened_later: MainWindow, store: Store
) -> None:
    # Desk shows the first card on opening; reranked after the first paint, that card
    # (due Monday noon, three days overdue now) went down the list with the selection on
    # it, and the reading pane showed what was no longer first.
    win = tasks_window_opened_later
    with store.sessions() as session:
        thursday = session.scalars(select(Message.id).where(Message.remote_id == "thursday")).one()
    assert win.model.message_id(0) == thursday
    assert win.list.currentIndex().row() == 0
    assert "防汛物资清单" in win.detail.toPlainText()


def test_a_key_pressed_while_rerank_steps_is_done_before_its_remaining_steps(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # From a tester: a first rerank of a large store held the store thread for 4.9 s, and
    # the key presses behind it waited as long.
    monkeypatch.setattr(ranking, "STEP_ROWS", 5)
    with store.sessions() as session:
        due = session.scalar(select(func.min(Message.deadline_ms)).where(Message.done.is_(False)))
    assert due is not None
    clock.set(from_ms(due) - timedelta(hours=1))
    writes: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("UPDATE messages SET score"):
            writes.append("score")
        elif statement.startswith("UPDATE messages SET done"):
            writes.append("done")

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        window.list.setFocus()
        window.rerank()
        _press(qtbot, window, Qt.Key.Key_E)
        qtbot.waitUntil(window._ops.idle)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert "done" in writes and writes.count("score") > 2
    assert writes.index("done") < len(writes) - 1 - writes[::-1].index("score")


def _status_widgets(win: MainWindow) -> list[QWidget]:
    bar = win.statusBar()
    return sorted(
        (w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()),
        key=lambda w: w.x(),
    )


def test_on_a_narrow_window_the_offline_text_elides_and_links_stay_whole(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    with store.transaction() as session:
        account = session.scalars(select(Account)).first()
        assert account is not None
        for n in range(3):
            session.add(Invite(account_id=account.id, remote_id=f"!i{n}:x", name="群", seen_ms=0))
    window.request_refresh()
    qtbot.waitUntil(lambda: not window.invites_label.isHidden())
    window.warn_calendar([2027])
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, clock.now(), "server_error", 6))
    window.resize(720, 520)
    qtbot.waitUntil(lambda: window.width() == 720)
    bar = window.statusBar()

    def laid_out() -> None:
        said = window.sync_label.said
        full = window.sync_label.text()
        assert full.startswith("Offline (") and full.endswith("retry now")
        assert said.text().endswith("…")
        assert said.toolTip().startswith(said.full_text())
        for link in (window.sync_label.link, window.calendar_warning.link, window.invites_label):
            assert link.width() >= link.sizeHint().width(), link.text()
        for permanent in (window.quiet_indicator, window.count_label):
            assert permanent.width() >= permanent.sizeHint().width()
        shown = _status_widgets(window)
        for left, right in pairwise(shown):
            assert left.geometry().right() < right.geometry().left()
        assert shown[-1].geometry().right() < bar.width()

    # The labels inside the status texts are laid out as the event loop turns.
    qtbot.waitUntil(laid_out, timeout=2000)


def test_the_window_snaps_to_half_a_small_screen_with_every_pane_usable(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # Half of 1280 (1920 at 150 %); half of 1366 is 683.
    window.warn_calendar([2027])
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, clock.now(), "server_error", 6))
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() == 640)
    # What the window's contents need, the status bar's too, fits in that.
    assert window.layout().minimumSize().width() <= 640
    splitter = window._splitter
    panes = [splitter.widget(i) for i in range(splitter.count())]
    assert all(pane.width() >= pane.minimumWidth() > 100 for pane in panes)
    assert window.sidebar.width() >= 130 and window.list.width() >= 250
    # Dragging a handle all the way does not make a pane vanish.
    splitter.moveSplitter(0, 1)
    splitter.moveSplitter(splitter.width(), 2)
    assert all(pane.width() >= pane.minimumWidth() for pane in panes)
    # The first card still names its sender, whole, beside its badges and time.
    first = window.model.inbox_row(0)
    assert first is not None
    delegate = window.list.itemDelegate()
    card = delegate._card(first, window.list.viewport().width(), window.list.font())
    assert card.header.text().endswith(first.sender_name)


def test_with_several_accounts_the_status_names_the_one_offline_or_refused(
    window: MainWindow, clock: ManualClock
) -> None:
    window.show_sync_status(
        SyncStatus(SyncState.OFFLINE, clock.now(), "server_error", 6, account="@fang:gov.cn")
    )
    assert window.sync_label.text() == (
        "Offline (server error), retrying in 6 s: @fang:gov.cn retry now"
    )
    window.show_sync_status(
        SyncStatus(SyncState.SIGN_IN, clock.now(), "M_UNKNOWN_TOKEN", account="@fang:gov.cn")
    )
    assert window.sync_label.text() == (
        "The server refused the sign-in of @fang:gov.cn: sign in again"
    )
    window.show_sync_status(SyncStatus(SyncState.OFFLINE, clock.now(), "server_error", 6))
    assert window.sync_label.text().startswith("Offline (server error), retrying in 6 s")


def test_a_refresh_asked_for_while_a_deep_card_opens_keeps_it_shown(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A sync batch landing meanwhile: its refresh, planned from the shorter list and
    # applied after the card was shown, took the card away and selected another (review).
    last = _deep_card(window, store, monkeypatch)
    model = window.model
    assert window.open_message(last)
    window.request_refresh()
    qtbot.waitUntil(lambda: model.message_id(window.list.currentIndex().row()) == last)
    qtbot.waitUntil(window.idle)
    assert model.message_id(window.list.currentIndex().row()) == last
    assert model.row_of(last) is not None


def test_a_message_no_view_shows_on_its_own_is_not_opened(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An ack whose notice was taken back stands for itself, and no view lists an ack: the
    # store paged through a whole view for it, in vain, and the click did nothing.
    _in_pages_of_50(window, monkeypatch)
    with store.transaction() as session:
        ack, notice = session.execute(
            select(Message.id, Message.ack_of).where(Message.ack_of.is_not(None)).limit(1)
        ).one()
        session.execute(delete(Message).where(Message.remote_id == notice))
    assert not InboxQueries(store.sessions).lists(View(ViewKind.NOISE), ack)
    assert not window.open_message(ack)


def _warned_at(qtbot: QtBot, window: MainWindow, width: int, height: int) -> StatusBar:
    """The window at `width` with the calendar warning standing in its status bar."""
    window.warn_calendar([2027])
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    return bar


def test_a_passing_message_on_a_narrow_window_has_room_to_be_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    # At 640 px the standing words left a passing message 110 px: "这条 DING 还在等" and the
    # A to press was lost (tester).
    bar = _warned_at(qtbot, window, 640, 520)
    said = "This DING waits for your confirmation: press A to confirm it, then mark it done."
    bar.showMessage(said, 8000)
    needed = bar.fontMetrics().horizontalAdvance(said)

    def room() -> int:
        standing = (window.calendar_warning, window.invites_label, window.quiet_indicator)
        widths = [w.width() for w in (*standing, window.count_label) if w.isVisible()]
        return bar.width() - sum(widths)

    qtbot.waitUntil(lambda: room() >= needed)
    assert window.count_label.width() > 0, "the unread count gives way last"
    bar.clearMessage()
    qtbot.waitUntil(
        lambda: window.calendar_warning.width() >= window.calendar_warning.sizeHint().width()
    )


def _tabbed_to(window: MainWindow, times: int = 30) -> list[QWidget]:
    """Where Tab goes, `times` over, from the calendar warning's link."""
    window.activateWindow()
    window.calendar_warning.link.setFocus()
    went = []
    for _ in range(times):
        window.focusNextPrevChild(True)
        went.append(QApplication.focusWidget())
    return went


def test_tab_skips_the_status_bar_s_words_that_gave_way(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # At 640 px with a long message the quiet switch and the calendar warning's link
    # were 0 px wide and still in the Tab order: the focus vanished on them, and Space
    # there turned quiet hours off unseen.
    from desk.core.quiet_state import QuietReason, QuietState

    night = QuietState(True, clock.now() + timedelta(hours=9), QuietReason.NIGHT)
    window.quiet_indicator.show_state(night, 0, clock.now())
    bar = _warned_at(qtbot, window, 640, 520)
    bar.showMessage("This DING waits for your confirmation: press A to confirm it. " * 3, 8000)
    qtbot.waitUntil(lambda: window.quiet_indicator.width() == 0)
    went = _tabbed_to(window)
    assert all(w is not None and w.width() > 0 for w in went), [
        (type(w).__name__, w.width()) for w in went if w is not None
    ]
    # The message gone and the window wider, they stand again, and Tab reaches them.
    bar.clearMessage()
    window.resize(1000, 520)
    qtbot.waitUntil(lambda: window.width() == 1000 and window.quiet_indicator.width() > 0)
    assert window.quiet_indicator in _tabbed_to(window)


def test_on_half_a_screen_at_175_the_status_bar_s_words_give_way_whole(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # At 683 px and 175 % they were cut mid-word: "已同步 · 08…", "缺…", "190 条" (a tester).
    from desk.core.quiet_state import QuietReason, QuietState

    text_size.apply(175)
    try:
        window.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
        night = QuietState(True, clock.now() + timedelta(hours=9), QuietReason.NIGHT)
        window.quiet_indicator.show_state(night, 12, clock.now())
        _warned_at(qtbot, window, 683, 740)
        sync = window.sync_label
        standing = (
            window.invites_label,
            window.quiet_indicator,
            window.calendar_warning,
            window.count_label,
        )

        def whole_or_gone() -> None:
            assert not sync.said.is_elided() and _laid_out(sync), sync.said.text()
            for widget in standing:
                if widget.isVisible() and widget.width() > 0:
                    assert widget.width() >= widget.sizeHint().width(), type(widget).__name__
                    assert widget.geometry().right() <= window.statusBar().width()

        qtbot.waitUntil(whole_or_gone)
        assert window.count_label.width() > 0, "the unread count gives way last"
        # Wide again: all of them back.
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: all(w.width() > 0 for w in standing if w.isVisible()))
        assert window.quiet_indicator.width() >= window.quiet_indicator.sizeHint().width()
    finally:
        text_size.restore()


def _laid_out(widget: QWidget) -> bool:
    """Placed in its parent, not at the 640 x 480 a widget has before its first layout."""
    parent = widget.parentWidget()
    return parent is not None and parent.rect().contains(widget.geometry())


def _standing_left(window: MainWindow) -> int:
    """Where the first standing widget shown on the status bar's right begins (its
    right edge when they all gave way to a long message)."""
    standing = (
        window.invites_label,
        window.calendar_warning,
        window.quiet_indicator,
        window.count_label,
    )
    shown = [w.x() for w in standing if w.isVisible() and w.width() > 0]
    return min(shown, default=window.statusBar().width())


@pytest.mark.parametrize("width", [1200, 1366])
def test_a_passing_message_beside_the_calendar_warning_is_whole_and_clear_of_it(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    # After `a` the confirmation ran into the calendar warning, cut mid-word: "…The sender
    # wiNo official holiday calendar for 2027" (tester, 1200 px).
    bar = _warned_at(qtbot, window, width, 700)
    said = (
        "Confirmed the DING from 区应急局-祁峰 in 云岫区应急管理·防汛工作群. "
        "The sender will see it."
    )
    bar.showMessage(said, 8000)
    warning = window.calendar_warning

    def whole_and_clear() -> None:
        assert bar.message.isVisible() and _laid_out(bar.message)
        assert bar.message.text() == said
        assert bar.message.geometry().right() < _standing_left(window)
        assert warning.isVisible() and warning.x() > bar.message.geometry().right()
        assert warning.width() >= warning.sizeHint().width(), "the warning stays whole"

    qtbot.waitUntil(whole_and_clear)


def test_a_long_passing_message_leaves_the_calendar_warning_in_its_short_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    # In English the sound message took the whole warning away at the default width,
    # where the Chinese one left it standing (tester, 1200 px): it says 缺 2027 年假日 or
    # No 2027 holidays meanwhile, whole, and all of it again once the message goes.
    bar = _warned_at(qtbot, window, 1200, 700)
    full = window.calendar_warning.text()
    said = (
        "Alert sounds cannot play on this computer (no audio output desk can use). "
        "DINGs and urgent items still flash the taskbar and show pop-ups."
    )
    bar.showMessage(said, 8000)
    warning = window.calendar_warning

    def short_and_clear() -> None:
        assert bar.message.isVisible() and _laid_out(bar.message)
        assert bar.message.text() == said
        assert warning.isVisible() and warning.width() >= warning.sizeHint().width()
        assert warning.text() == "No 2027 holidays · add days off"
        assert warning.x() > bar.message.geometry().right()

    qtbot.waitUntil(short_and_clear)
    assert warning.toolTip().startswith("No official holiday schedule(s) for 2027.")
    bar.clearMessage()
    qtbot.waitUntil(lambda: warning.text() == full and not warning.said.is_elided())


def test_the_morning_digest_takes_its_room_and_the_words_beside_it_stay_whole(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # At 1366 px the digest naming the asks of the night left "已同步 · 08…" and
    # "缺少 2027 年的官方…" (a tester): the calendar warning gives way to a short form,
    # and it and the sync time stay whole; the digest elides, its tooltip holding it.
    bar = _warned_at(qtbot, window, 1366, 700)
    window.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
    full = window.calendar_warning.text()
    asks = "、".join(f"钟丽华“谭志远书记让你马上把各村转移人数汇总{n}…”" for n in range(4))
    window.show_digest(f"Held during quiet hours: 7 (Action 1, Info 6) · 2 asking you: {asks}", [1])
    sync, calendar, digest = window.sync_label, window.calendar_warning, window.digest_label

    def crowded() -> None:
        assert _laid_out(digest) and digest.said.is_elided()
        assert not sync.said.is_elided(), sync.said.text()
        assert not calendar.said.is_elided(), calendar.said.text()
        assert calendar.text() == "No 2027 holidays · add days off"

    qtbot.waitUntil(crowded)
    assert calendar.toolTip().startswith("No official holiday schedule(s) for 2027.")
    assert bar.width() == 1366
    # Once the digest goes, the warning says it all again.
    window._digest_timer.timeout.emit()
    qtbot.waitUntil(lambda: calendar.text() == full and not calendar.said.is_elided())
    # A digest short enough leaves it whole.
    window.show_digest("Held during quiet hours: 7 (Action 1, Info 6)", [1])
    qtbot.waitUntil(lambda: _laid_out(digest) and not digest.said.is_elided())
    assert calendar.text() == full


def test_a_passing_message_too_long_for_its_room_ends_in_an_ellipsis(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = _warned_at(qtbot, window, 640, 520)
    said = " ".join(["The DING was not confirmed (the server took too long to answer)."] * 2)
    bar.showMessage(said, 100)

    def elided_and_clear() -> None:
        assert bar.message.isVisible() and _laid_out(bar.message)
        shown = bar.message.text()
        assert shown.endswith("…") and said.startswith(shown[:-1])
        assert bar.message.geometry().right() < _standing_left(window)

    qtbot.waitUntil(elided_and_clear)
    assert bar.message.toolTip() == said
    assert bar.message.accessibleName() == said
    assert not window.sync_label.isVisible()
    # Its time up, the sync state is back in its place.
    qtbot.waitUntil(lambda: bar.currentMessage() == "")
    assert window.sync_label.isVisible() and not bar.message.isVisible()


def test_a_card_withdrawn_while_read_stays_in_view_and_says_who_withdrew_it(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # Officials used to WeChat's 张三撤回了一条消息: a notice that vanished after they read
    # it made them doubt their memory.
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_J)
    _press(qtbot, window, Qt.Key.Key_J)
    target = window.model.inbox_row(2)
    assert target is not None and target.text and target.text[:8] in window.detail.toPlainText()
    qtbot.waitUntil(window._ops.idle)  # `j` marked it read
    withdrawn_at = clock.now()
    _withdraw(window, store, clock, target)

    def place() -> int | None:
        for index, row in enumerate(_rows(window)):
            if isinstance(row, InboxRow) and row.id == target.id and row.withdrawn is not None:
                return index
        return None

    qtbot.waitUntil(lambda: place() is not None)
    said = f"{target.sender_name} withdrew a message"
    assert (
        window.model.index(place()).data() == f"{target.group_name} · {target.sender_name}: {said}"
    )
    # Still the card in the reading pane, which now says what became of it.
    qtbot.waitUntil(lambda: said in window.detail.toPlainText())
    pane = window.detail.toPlainText()
    local = withdrawn_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    assert f"Withdrawn by its sender at {local}" in pane
    assert target.text[:8] not in pane


def test_after_sleep_or_a_clock_set_forward_the_due_times_are_worded_anew_at_the_next_look(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # From a week-long run: after a resume the cards read hours old for up to a minute,
    # the minute timer running on the steady clock. The first card that reads overdue (the
    # first is a DING every unit has reported on, late by nothing it still owes).
    for _ in range(6):
        _press(qtbot, window, Qt.Key.Key_J)
        if "overdue by" in window.detail.toPlainText():
            break
    qtbot.waitUntil(lambda: "overdue by" in window.detail.toPlainText())
    clock.advance(timedelta(days=3))
    # Its next look is seconds away, not the minute a steady timer had left to run.
    assert window._ageing_timer.interval() <= 10_000
    window._ageing_timer.timeout.emit()
    # Three days later than it read before (it was overdue by hours).
    late = re.search(r"overdue by (\d+) d", window.detail.toPlainText())
    assert late is not None and int(late.group(1)) >= 3


def test_a_message_arriving_while_shift_c_asks_stays_unread(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # From review: the user agreed to the 188 they were asked about, and an urgent order
    # synced in while they read the question was marked read unseen.
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    question = _mark_question(qtbot, window)
    with store.sessions() as session:
        account_id, group = session.execute(
            select(Message.account_id, Group.remote_id)
            .join(Group, Group.id == Message.group_id)
            .limit(1)
        ).one()
    order = IncomingMessage(
        "late-urgent",
        group,
        "u-boss",
        "镇长",
        Role.OWNER,
        clock.now() + timedelta(seconds=30),
        "【紧急】石门坎村山体滑坡，立即封路！各村书记马上到岗",
        mentions_me=True,
    )
    batch = SyncBatch("late", messages=(order,))
    window.on_ingested(Ingestor(store, SHANGHAI, clock).apply(account_id, batch))
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Marked "))
    settle(qtbot, window)
    with store.sessions() as session:
        read = session.scalar(select(Message.read).where(Message.remote_id == "late-urgent"))
    assert read is False


def test_ctrl_z_after_shift_c_leaves_a_card_withdrawn_since_read(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # From review: after Ctrl+Z the Urgent badge counted an unread, bold "… withdrew a
    # message".
    window.sidebar.select_view(ViewKind.URGENT)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    rows = [window.model.inbox_row(r) for r in range(window.model.rowCount())]
    target = next(r for r in rows if r is not None and not r.read and not r.pinned)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Marked "))
    settle(qtbot, window)
    _withdraw(window, store, clock, target)
    settle(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone"))
    settle(qtbot, window)
    row = window._queries.row(target.id)
    assert row is not None and row.withdrawn is not None and row.read


def _withdraw(window: MainWindow, store: Store, clock: ManualClock, row: InboxRow) -> None:
    """Its sender withdraws the card's message now, and the window hears of it."""
    with store.sessions() as session:
        account_id, group = session.execute(
            select(Message.account_id, Group.remote_id)
            .join(Group, Group.id == Message.group_id)
            .where(Message.id == row.id)
        ).one()
    recall = SyncBatch("recall", redactions=(Redaction(row.remote_id, group, clock.now()),))
    window.on_ingested(Ingestor(store, SHANGHAI, clock).apply(account_id, recall))


def test_a_confirmation_the_server_refused_is_said_at_once_and_on_its_card(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # Many work groups let only their admins post: a member's confirmation is refused
    # there, and desk said nothing but a line in its log.
    with store.sessions() as session:
        ding = session.scalars(select(Message).where(Message.ding.is_(True))).first()
        assert ding is not None
        ding_id, account_id, sender = ding.id, ding.account_id, ding.sender_name
    assert EscalationStore(store.sessions).acknowledge(ding_id, clock.now())
    with store.transaction() as session:
        session.execute(update(OutboxItem).values(state="failed"))
    window.on_ingested(IngestResult(account_id, 0, refused_confirmations=1))
    assert "1 confirmation(s) did not reach the group" in window.statusBar().currentMessage()
    assert window.open_message(ding_id)

    def card() -> InboxRow | None:
        row = window.model.inbox_row(window.list.currentIndex().row())
        return row if isinstance(row, InboxRow) and row.id == ding_id else None

    qtbot.waitUntil(lambda: (row := card()) is not None and bool(row.confirmation_refused))
    row = card()
    assert row is not None and not row.acked_by_you
    # The line under the card says so first.
    line = summary(row, SHANGHAI, clock.now())
    assert line.startswith("your confirmation did not reach the group")
    qtbot.waitUntil(lambda: f"Confirm to {sender} another way" in window.detail.toPlainText())


def test_hours_of_refreshes_and_browsing_leave_no_objects_behind(
    qtbot: QtBot, window: MainWindow
) -> None:
    """desk runs all day: each sync batch re-reads the list, and the user switches views,
    steps through cards and searches. None of that may leave objects behind (rows, laid-out
    cards, persistent indexes, timers, closures queued for the store thread): a few per
    round, ten rounds a minute, is hundreds of thousands of objects kept in a week."""

    def one_round() -> None:
        window.on_ingested(None)  # a sync batch came in
        qtbot.waitUntil(window.idle)
        for digit in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1):
            _press(qtbot, window, digit, Qt.KeyboardModifier.ControlModifier)
            for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_K):
                _press(qtbot, window, key)
        _press(qtbot, window, Qt.Key.Key_Slash)
        type_chinese(window.search, "通知")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        window.search.setFocus()
        qtbot.keyClick(window.search, Qt.Key.Key_Escape)
        qtbot.waitUntil(window.idle)

    def live_objects() -> Counter[str]:
        gc.collect()
        # Not the dead weak references to cursors the database driver keeps until its 200th
        # new cursor, when it drops them (as sqlite3 does): one per read, and bounded.
        return Counter(
            type(o).__qualname__
            for o in gc.get_objects()
            if not (type(o) is weakref.ReferenceType and o() is None)
        )

    for _ in range(3):  # first uses fill caches: compiled statements, enums, layouts
        one_round()
    live_objects()  # its own first use fills caches too (isinstance's, of the types it meets)
    # Bounded caches come and go by a few objects; what a leak adds grows in each stretch.
    rounds = 6
    counts = [live_objects()]
    for _stretch in range(2):
        for _ in range(rounds):
            one_round()
        counts.append(live_objects())
    grew = [{kind for kind, n in (b - a).items() if n >= rounds} for a, b in pairwise(counts)]
    assert grew[0] & grew[1] == set(), "objects added on every round"


def _dings_alerting(qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock) -> int:
    """The demo's DINGs alerting, as the escalation starts them: pinned, the banner showing
    the most pressing. Its id."""
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=False)
    window.ding_banner.show_ladders(escalations.running(clock.now()))
    window.request_refresh()
    qtbot.waitUntil(window.idle)
    waiting = window.ding_banner.message_id
    assert waiting is not None
    return waiting


def _search_in(qtbot: QtBot, window: MainWindow, place: int, needle: str) -> None:
    """Ctrl+`place` from the list, `/`, the needle, Enter: the search's cards are listed."""
    window.list.setFocus()
    _press(qtbot, window, getattr(Qt.Key, f"Key_{place}"), Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, needle)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))


def _selected(window: MainWindow) -> int | None:
    return window.model.message_id(window.list.currentIndex().row())


def _choose_ordinary_card(qtbot: QtBot, window: MainWindow) -> int:
    """Clicks the first card that is no DING waiting, as the user would."""
    rows = [r for r in _rows(window) if isinstance(r, InboxRow) and not r.pinned]
    assert rows
    index = window.model.index(window.model.row_of(rows[0].id) or 0)
    qtbot.mouseClick(
        window.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.list.visualRect(index).center(),
    )
    assert _selected(window) == rows[0].id
    return rows[0].id


def _pin_a_ding_below(qtbot: QtBot, window: MainWindow, store: Store) -> int:
    """A DING below the first card starts alerting, as the escalation pins it (a moment
    after the window opened, on the tester's start), and goes to the top: its id."""
    rows = [r for r in _rows(window) if isinstance(r, InboxRow)]
    ding = next(r.id for r in rows[1:] if r.ding and not r.pinned)
    with store.sessions.begin() as session:
        session.execute(update(Message).where(Message.id == ding).values(pinned=True))
    window.request_refresh()
    settle(qtbot, window)
    assert window.model.message_id(0) == ding
    return ding


def test_a_ding_pinned_after_the_window_opened_takes_the_first_card_s_place(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # From a tester: the DINGs pinned a moment after the first paint went above the card
    # desk had selected, and the selection followed that card down to the third row: the
    # window opened on a 紧急通知, not on the DING at the top.
    first = _selected(window)
    assert first == window.model.message_id(0)
    ding = _pin_a_ding_below(qtbot, window, store)
    assert window.list.currentIndex().row() == 0
    assert window.detail.row_id == ding
    top = window.model.inbox_row(0)
    assert top is not None and not top.read  # desk's choice, unread until the user's move


def test_the_first_card_shown_stays_selected_as_a_re_read_sorts_another_above_it(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # A tester relaunched at 22:30, read the card Action opened on, and 15 s later the
    # sync's re-read sorted another task above it: the reading pane showed that one. Only
    # a DING pinned above takes the place of desk's first card (the test above).
    first = _selected(window)
    second = window.model.message_id(1)
    top = window.model.inbox_row(0)
    assert top is not None and second is not None
    with store.sessions.begin() as session:
        session.execute(
            update(Message)
            .where(Message.id == second)
            .values(tier=top.tier.value, tier_rank=top.tier.rank, score=1000.0)
        )
    window.request_refresh()
    settle(qtbot, window)
    assert window.model.message_id(0) == second, "the re-read sorted it above"
    assert _selected(window) == first
    assert window.detail.row_id == first


def test_a_card_the_user_went_to_stays_selected_as_a_ding_is_pinned_above(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_J)
    _press(qtbot, window, Qt.Key.Key_K)  # back on the first card, by the user's own move
    chosen = _selected(window)
    _pin_a_ding_below(qtbot, window, store)
    assert _selected(window) == chosen


def test_a_on_a_card_shows_the_waiting_ding_in_the_view_and_search_the_user_is_in(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # From a tester: in Urgent, searching 转移, `a` on an ordinary card went to All, emptied
    # the search and selected the DING there; the DING was in the list they were reading.
    waiting = _dings_alerting(qtbot, window, store, clock)
    _search_in(qtbot, window, 2, "转移")
    assert window.model.row_of(waiting) is not None
    _choose_ordinary_card(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.URGENT, search="转移")
    assert window.search.text() == "转移"
    assert window.statusBar().currentMessage() == (
        "This DING waits for your confirmation: press a again to confirm it."
    )
    # The `a a` guard holds: the DING was shown, the next `a` confirms it.
    with qtbot.waitSignal(window.acknowledgeRequested) as confirmed:
        _press(qtbot, window, Qt.Key.Key_A)
    assert confirmed.args == [waiting]


def test_the_warning_on_e_for_a_waiting_ding_goes_with_its_view(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # A tester read "This DING waits for your confirmation" on in Noise, which holds none.
    waiting = _dings_alerting(qtbot, window, store, clock)
    window.list.setFocus()
    window.list.setCurrentIndex(window.model.index(window.model.row_of(waiting) or 0))
    _press(qtbot, window, Qt.Key.Key_E)
    said = "This DING waits for your confirmation: press A to confirm it first."
    assert window.statusBar().currentMessage() == said
    _press(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.model.view.kind is ViewKind.NOISE
    assert window.statusBar().currentMessage() == ""


def test_a_shows_the_waiting_ding_in_all_when_the_search_does_not_list_it(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    waiting = _dings_alerting(qtbot, window, store, clock)
    window.showMaximized()
    _search_in(qtbot, window, 2, "洄水湾")
    assert window.model.row_of(waiting) is None
    _choose_ordinary_card(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.ALL)
    assert window.isMaximized(), "the window in front stays as the user left it"
    assert window.search.text() == ""
    # Said, so that the jump out of the search reads as desk's doing.
    assert window.statusBar().currentMessage() == (
        "This DING is not listed here: shown in All. Press a again to confirm it."
    )


def test_a_shows_a_waiting_ding_the_search_lists_beyond_what_is_paged(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The search lists it, further down than the list has read: the store thread reads
    # on to it, in the search's own steps, rather than desk leaving the search.
    newest = _dings_alerting(qtbot, window, store, clock)
    escalations = EscalationStore(store.sessions)
    assert escalations.acknowledge(newest, clock.now())  # the older DING waits on
    window.ding_banner.show_ladders(escalations.running(clock.now()))
    waiting = window.ding_banner.message_id
    assert waiting is not None and waiting != newest
    monkeypatch.setattr(inbox_model, "PAGE", 2)
    monkeypatch.setattr(inbox_model, "MAX_PAGE", 2)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_Slash)
    type_chinese(window.search, "转移")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.idle())
    assert window.model.canFetchMore(QModelIndex())
    assert window.model.row_of(waiting) is None
    _choose_ordinary_card(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.ALL, search="转移")
    assert window.search.text() == "转移"


def test_the_banner_s_show_keeps_the_view_and_search_that_list_its_ding(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    waiting = _dings_alerting(qtbot, window, store, clock)
    _search_in(qtbot, window, 2, "转移")
    _choose_ordinary_card(qtbot, window)
    window.ding_banner.open_button.click()
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.URGENT, search="转移")
    _search_in(qtbot, window, 4, "转移")  # Info: no DING there
    window.ding_banner.open_button.click()
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.ALL)
    assert window.statusBar().currentMessage() == "This DING is not listed here: shown in All."


def test_a_in_all_searched_shows_the_waiting_ding_in_all_unsearched(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # The sidebar stays on All: leaving the search is the window's own doing.
    waiting = _dings_alerting(qtbot, window, store, clock)
    _search_in(qtbot, window, 1, "洄水湾")
    _choose_ordinary_card(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _selected(window) == waiting)
    assert window.model.view == View(ViewKind.ALL)
    assert window.search.text() == ""
    assert "not listed here: shown in All" in window.statusBar().currentMessage()
    # The cleared box's own search, run when its timer fires, changes nothing.
    qtbot.waitUntil(lambda: not window._search_timer.isActive())
    assert window.model.view == View(ViewKind.ALL) and _selected(window) == waiting


def test_ctrl_f_searches_as_slash_does(qtbot: QtBot, window: MainWindow) -> None:
    # From a tester: Ctrl+F, the search key of every other program, did nothing.
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_chinese(window.search, "视频会议")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.model.view.search == "视频会议" and window.list.hasFocus()


def test_a_search_that_finds_nothing_in_a_view_says_how_to_search_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: HPV searched in Info said only that Info held none; All holds it.
    _search_in(qtbot, window, 4, "HPV")
    assert window.model.rowCount() == 0
    settle(qtbot, window)  # Done counted: none holds it
    assert window.list.empty_text() == (
        "No message here holds “HPV”.\nPress Ctrl+1 to search the open messages in All."
    )
    # ...and Ctrl+1, from the search box too, does it with the search as typed.
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    assert window.model.view == View(ViewKind.ALL, search="HPV")
    (row,) = _rows(window)
    assert isinstance(row, InboxRow) and "HPV" in row.text


def test_the_calendar_link_stays_put_when_the_quiet_switch_counts_held_messages(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The switch widened by "· 1 held" and moved the link under a click aimed at it: the
    # click paused quiet hours for a whole holiday (tester).
    from desk.core.quiet_state import QuietReason, QuietState

    _warned_at(qtbot, window, 1366, 768)
    now = datetime(2027, 1, 1, 10, 0, tzinfo=SHANGHAI)
    state = QuietState(True, datetime(2027, 1, 4, 8, 30, tzinfo=SHANGHAI), QuietReason.HOLIDAY)
    switch, link = window.quiet_indicator, window.calendar_warning

    def settled() -> bool:
        return all(w.width() >= w.sizeHint().width() for w in (switch, link))

    switch.show_state(state, 0, now)
    qtbot.waitUntil(settled)
    where = link.mapTo(window, QPoint(0, 0))
    narrow = switch.width()

    switch.show_state(state, 12, now)

    qtbot.waitUntil(lambda: settled() and switch.width() > narrow)
    # Across: the bar may grow a pixel or two taller with the longer text.
    assert link.mapTo(window, QPoint(0, 0)).x() == where.x()


def test_a_count_the_store_could_not_read_is_read_again_at_the_next_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Left "counting" after one failed read (a busy disk), the unread counts stayed as
    # they were for the rest of the day (review).
    counting = window._queries.view_counts
    failures: list[str] = []

    def fails_once() -> dict[ViewKind, int]:
        if not failures:
            failures.append("read")
            raise OSError("disk I/O error")
        return counting()

    monkeypatch.setattr(window._queries, "view_counts", fails_once)
    window.request_refresh()
    qtbot.waitUntil(lambda: failures == ["read"] and window._ops.idle())
    first = window.model.inbox_row(0)
    assert first is not None
    window._queries.set_read([first.id], not first.read)
    unread = counting()[ViewKind.ALL]
    window.request_refresh()
    qtbot.waitUntil(lambda: window.count_label.text() == f"{unread} unread")


def test_the_cards_roll_calls_come_just_after_the_first_paint(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # The roll-call rules (their regexes, the converter to simplified characters) cost a
    # cold start some 40 ms before the first card showed: the window desk opens reads its
    # first screen without them, and a re-read just after the paint brings them, to the
    # cards and to the reading pane.
    sync_demo(store, clock)
    ops = StoreOps()
    win = MainWindow(
        InboxQueries(store.sessions), ops, clock, SHANGHAI, roll_calls_after_paint=True
    )
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    try:
        before = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
        assert before and all(row is not None and row.roll_call is None for row in before)
        win.show()
        qtbot.waitExposed(win)
        settle(qtbot, win)
        after = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
        called = [row for row in after if row is not None and row.roll_call is not None]
        assert called, "the demo's notices the villages answer count who has reported"
        card = win.model.row_of(called[0].id)
        assert card is not None
        win.list.setCurrentIndex(win.model.index(card))
        assert "reported" in win.detail.toPlainText()
    finally:
        ops.shutdown()


def test_a_card_moved_to_another_tier_in_all_leaves_the_selection_at_its_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    # In All the card stays listed, further down: the selection stays where it was, on
    # the card that followed it, as after `e` (it went down with the card).
    window.list.setFocus()
    rows = [r for r in _rows(window) if isinstance(r, InboxRow)]
    at = next(i for i, r in enumerate(rows[:-1]) if r.tier is Tier.URGENT and not r.pinned)
    card, following = rows[at], rows[at + 1]
    window.list.setCurrentIndex(window.model.index(at))
    _press(qtbot, window, Qt.Key.Key_3)  # to Info, below every urgent card and task
    qtbot.waitUntil(lambda: (window.model.row_of(card.id) or 0) > at + 1)
    settle(qtbot, window)
    assert _selected(window) == following.id
    assert window.model.inbox_row(window.model.row_of(card.id) or 0).tier is Tier.INFO


def test_e_puts_the_card_away_at_once_while_the_store_is_busy(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # From a tester: on a loaded machine `e` showed nothing for 4 s.
    window.list.setFocus()
    rows = [r for r in _rows(window) if isinstance(r, InboxRow)]
    at = next(i for i, r in enumerate(rows[:-2]) if not r.pinned)
    target, following, after_it = rows[at], rows[at + 1], rows[at + 2]
    window.list.setCurrentIndex(window.model.index(at))
    settle(qtbot, window)
    release = threading.Event()
    window._ops.run(release.wait)  # the store thread busy (a sync batch, a recount)
    try:
        _press(qtbot, window, Qt.Key.Key_E)
        assert window.model.row_of(target.id) is None
        assert _selected(window) == following.id
        assert window.detail.row_id == following.id
        assert window.statusBar().currentMessage() == "Marking done…"
        _press(qtbot, window, Qt.Key.Key_J)  # on, before the store has it
    finally:
        release.set()
    settle(qtbot, window)
    assert _selected(window) == after_it.id, "the store's answer leaves the user where they are"
    assert window.model.row_of(target.id) is None
    with store.sessions() as session:
        assert session.get_one(Message, target.id).done


@pytest.fixture
def sealed_window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """A window over one end-to-end encrypted message, which desk cannot read."""
    (account,) = ensure_default_account(store, clock)
    members = (MemberInfo("u1", "王五", Role.OWNER),)
    sealed = ENCRYPTED_PLACEHOLDER
    post = IncomingMessage("sealed", "g", "u1", "王五", Role.OWNER, clock.now(), sealed)
    batch = SyncBatch("c1", (GroupInfo("g", "保密群", members=members),), (post,))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    yield from _window_over(qtbot, store, clock)


def test_marking_done_names_a_message_as_its_card_shows_it(
    qtbot: QtBot, sealed_window: MainWindow
) -> None:
    # e says which message went by its first words: of an end-to-end encrypted one desk
    # stores a placeholder, which the status bar said as stored, in English whatever the
    # language, not as the card says it.
    win = sealed_window
    row = win.model.inbox_row(0)
    assert row is not None and row.remote_id == "sealed"
    win.list.setFocus()
    _press(qtbot, win, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith("Marked done: 王五"))
    said = win.statusBar().currentMessage()
    assert ENCRYPTED_PLACEHOLDER[:10] not in said, said
    assert f"“{first_words(message_text(row))}”" in said, said


def test_done_lists_the_card_just_marked_done_first(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # A tester's notice just marked done sat at the bottom of 已办, under five newer chats.
    listed = window._queries.page(View(), None, 30).ids
    rows = window._queries.rows(listed)
    # Not a DING: one waiting asks to be confirmed before it can be done.
    by_time = sorted((i for i in listed if not rows[i].ding), key=lambda i: rows[i].ts)
    for card in (*by_time[-5:], by_time[0]):  # five newer ones, then the oldest
        window.show_message(card)
        qtbot.waitUntil(lambda c=card: _selected(window) == c)
        clock.advance(timedelta(minutes=1))
        window.list.setFocus()
        _press(qtbot, window, Qt.Key.Key_E)
        # Written on the store thread, after the card left the list.
        qtbot.waitUntil(lambda c=card: c in window._queries.page(View(ViewKind.DONE)).ids)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.model.view.kind is ViewKind.DONE and window.model.rowCount() >= 6
    )
    shown = [window.model.message_id(r) for r in range(window.model.rowCount())]
    assert shown[:6] == [by_time[0], *reversed(by_time[-5:])]


def test_a_ding_pinned_as_desk_s_first_card_goes_takes_its_place(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # The card desk opened on was put away elsewhere in the re-read that pinned a DING:
    # the selection went to the card that had followed it, under the DING at the top.
    first = _selected(window)
    rows = [r for r in _rows(window) if isinstance(r, InboxRow)]
    ding = rows[3].id  # not the card that followed it: a DING from further down
    with store.sessions.begin() as session:
        session.execute(update(Message).where(Message.id == ding).values(ding=True, pinned=True))
        session.execute(update(Message).where(Message.id == first).values(done=True))
    window.request_refresh()
    settle(qtbot, window)
    assert window.model.message_id(0) == ding and window.model.row_of(first) is None
    assert window.list.currentIndex().row() == 0
    assert window.detail.row_id == ding


def test_ctrl_and_a_digit_go_down_the_sidebars_views_in_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    # 今日到期, listed under 待办, was Ctrl+9, after the held list (Ctrl+7) and the away
    # list (Ctrl+8) listed below it: the digits did not follow the rows.
    window.sidebar.set_held((), (), "")
    window.sidebar.set_away(View(ViewKind.AWAY), "")
    window.sidebar.set_away_unread(1, 1)  # listed once counted
    rows = [e for e in window.sidebar.entries() if e.view is not None][:9]
    assert [e.view.kind for e in rows if e.view is not None][-1] is not ViewKind.GROUP
    for digit, row in enumerate(rows, start=1):
        qtbot.keyClick(
            window.list, Qt.Key(Qt.Key.Key_0 + digit), Qt.KeyboardModifier.ControlModifier
        )
        assert window.sidebar.current_name() == row.name, f"Ctrl+{digit}"
    # The Go menu lists them in the same order, with the same digits.
    go = next(m for m in window.menuBar().actions() if m.text() == "&Go").menu()
    listed = [
        a
        for a in go.actions()
        if a.shortcut().toString().startswith("Ctrl+") and a.shortcut().toString()[5:].isdigit()
    ]
    assert [a.shortcut().toString() for a in listed] == [f"Ctrl+{d}" for d in range(1, 10)]
    assert [plain_text(a.text()).removeprefix("Go to ") for a in listed] == [r.name for r in rows]


def test_painting_uncached_cards_reads_no_store_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # From a tester: a restarted desk of 100,000 messages stayed black 47-100 s, its GUI
    # thread reading each screenful of cards from the store as it painted them.
    gui = threading.current_thread()
    on_gui: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is gui:
            on_gui.append(statement)

    row = window.model.rowCount() - 5
    assert row > 100
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        window.list.scrollTo(window.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
        window.list.viewport().repaint()
        assert on_gui == []
        # The rows come from the store thread, and are drawn then.
        qtbot.waitUntil(lambda: not window.model.reading)
        assert on_gui == []
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    painted = window.model.index(row).data(inbox_model.ROW_ROLE)
    assert painted is not None and painted.id == window.model.message_id(row)


@pytest.fixture
def paged_window(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """A window whose list reads 20 cards a page: the demo's view is many pages long."""
    monkeypatch.setattr(inbox_model, "PAGE", 20)
    monkeypatch.setattr(inbox_model, "MAX_PAGE", 20)
    yield from _demo_window(qtbot, store, clock)


def test_end_goes_to_the_last_card_of_a_view_longer_than_a_page(
    qtbot: QtBot, paged_window: MainWindow
) -> None:
    # From a tester: End in All's 38,000 cards went to the last card read, a page further
    # each press; after 7 presses it was still in the Action section.
    window = paged_window
    cards = window._queries.page(View(), None, 10_000).ids
    assert len(cards) > 3 * window.model.rowCount()
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_End)
    qtbot.waitUntil(window.idle)
    current = window.list.currentIndex().row()
    assert window.model.message_id(current) == cards[-1]
    assert current == window.model.rowCount() - 1 == len(cards) - 1
    last = window.model.inbox_row(current)
    assert last is not None and last.text.split()[0] in window.detail.toPlainText()
    _press(qtbot, window, Qt.Key.Key_Home)
    assert window.list.currentIndex().row() == 0


def test_after_the_first_paint_the_views_page_statements_are_compiled_ahead(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # The first switch to a group compiled its statements on the GUI thread: after the
    # first paint the store thread compiles them, and any group's first page compiles none.
    inbox._compiled_page_statements.cache_clear()
    for win in _demo_window(qtbot, store, clock):
        compiled = inbox._compiled_page_statements.cache_info().currsize
        assert compiled >= 6
        group = next(g.id for g in win._queries.group_counts())
        win.model.set_view(View(ViewKind.GROUP, group_id=group))
        assert win.model.rowCount() > 0
        assert inbox._compiled_page_statements.cache_info().currsize == compiled


def test_the_page_statements_are_compiled_at_the_first_paint_however_busy_the_store(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Background work of the store thread, they waited behind the first counts (seconds
    # at 100,000 messages): a first click on a group then compiled them on the GUI thread.
    sync_demo(store, clock)
    inbox._compiled_page_statements.cache_clear()
    held = threading.Event()
    ops = StoreOps()
    ops.run(held.wait)  # the store thread busy until the end
    try:
        win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: inbox._compiled_page_statements.cache_info().currsize >= 12)
    finally:
        held.set()
        ops.shutdown()


def test_what_waits_to_be_sent_stands_apart_from_the_unread_count_at_150(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # 443 条未读 1 条回复待发送 read as one phrase (a tester at 150 %): one space between
    # the two labels. Counted, the words beside it give way whole, not cut.
    from desk.core.quiet_state import QuietReason, QuietState

    text_size.apply(150)
    try:
        window.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
        night = QuietState(True, clock.now() + timedelta(hours=9), QuietReason.NIGHT)
        window.quiet_indicator.show_state(night, 136, clock.now())
        bar = _warned_at(qtbot, window, 1366, 740)
        window._replies_pending(1)
        pending = window.reply_pending_label
        assert pending.text().startswith("· "), pending.text()
        count = window.count_label
        standing = (
            window.invites_label,
            window.quiet_indicator,
            window.calendar_warning,
            count,
            pending,
        )

        def whole_or_gone() -> None:
            assert pending.isVisible() and pending.width() >= pending.sizeHint().width()
            for widget in standing:
                if widget.isVisible() and widget.width() > 0:
                    assert widget.width() >= widget.sizeHint().width(), type(widget).__name__
                    assert widget.geometry().right() <= bar.width()
            # Left of it, the count ends before its separator, set apart by it.
            gap = pending.geometry().left() - count.geometry().right()
            dot = pending.fontMetrics().horizontalAdvance("· ")
            assert count.width() == 0 or gap + dot > pending.fontMetrics().horizontalAdvance(" ")

        qtbot.waitUntil(whole_or_gone)
        # Narrower: what waits to be sent stays whole, the others give way.
        window.resize(900, 740)
        qtbot.waitUntil(lambda: window.width() == 900)
        qtbot.waitUntil(whole_or_gone)
    finally:
        text_size.restore()


def test_the_digest_waits_under_a_passing_message_not_both_cut_at_150(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # After a restart at 150 % the sound notice and the digest stood side by side, both
    # cut: 本机无法播放… and …通知 … (a tester). The digest waits for the notice to go.
    text_size.apply(150)
    try:
        bar = _warned_at(qtbot, window, 1366, 740)
        whole = (
            "本机无法播放提示音（没有 desk 可用的音频输出）。"
            "DING 和紧急消息仍会闪烁任务栏并弹出提醒。"
        )
        window.show_notice(whole, 60_000, short="本机无法播放提示音")
        line = "免打扰期间（周五 18:00 起）暂缓 136 条（紧急 1、待办 1、通知 134）"
        window.show_digest(line, [1, 2, 3])
        message = bar.message
        qtbot.waitUntil(lambda: message.text() in (whole, "本机无法播放提示音"))
        assert not window.digest_label.isVisible()
        bar.clearMessage()
        qtbot.waitUntil(window.digest_label.isVisible)
        # Gone before the message went, it is not shown after it.
        window.show_notice(whole, 60_000, short="本机无法播放提示音")
        assert not window.digest_label.isVisible()
        window.drop_digest()
        bar.clearMessage()
        assert not window.digest_label.isVisible()
    finally:
        text_size.restore()


def test_the_held_list_s_line_says_its_count_whole_where_its_order_does_not_fit(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # 免打扰期间暂缓 136 条 · 待办在前，… (a tester at 150 % and 1366 px): the count and the
    # way back whole, the order in the tooltip.
    from desk.core.notify_policy import Delivery
    from desk.store.notifications import NotificationLedger

    with store.sessions() as session:
        ids = list(session.scalars(select(Message.id).order_by(Message.id).limit(3)))
    NotificationLedger(store.sessions).record([(i, Delivery.HOLD) for i in ids])
    text_size.apply(150)
    try:
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: window.width() == 1366)
        window.show_digest("held", ids)
        window.show_held()
        settle(qtbot, window)
        label = window.found_label
        qtbot.waitUntil(lambda: label.isVisible() and label.full_text() != "")
        full, short = label.full_text(), label.short_text()
        assert short.startswith("3 held while quiet") and "Esc" in short, short
        metrics = label.fontMetrics()
        room = label.contentsRect().width()
        if metrics.horizontalAdvance(full) > room:
            assert metrics.horizontalAdvance(short) <= room
            assert label.text() == short
            assert full in label.toolTip()
        else:
            assert label.text() == full
        # Narrow, where not even the whole fits: the short wording, never the whole cut.
        window.resize(1000, 740)
        qtbot.waitUntil(lambda: window.width() == 1000)
        qtbot.waitUntil(lambda: label.text() == short or label.text().endswith("…"))
        if metrics.horizontalAdvance(short) <= label.contentsRect().width():
            assert label.text() == short
    finally:
        text_size.restore()


def test_each_re_read_of_the_inbox_reads_the_accounts_again_for_the_reading_pane(
    window: MainWindow,
) -> None:
    # The reading pane's 以…确认 reads the accounts once (InboxQueries.confirmed_as): an
    # account added or removed in the Accounts dialog, or named by sync, comes with the
    # re-read that follows either.
    queries = window._queries
    queries.confirmed_as(0)
    assert queries._accounts is not None
    window.request_refresh()
    assert queries._accounts is None


def test_the_digests_link_stays_put_as_the_start_ends(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # At the end of the start the sync state, the quiet switch's first state and the
    # calendar warning came in beside the digest's line and moved its 查看 left by some
    # 320 px: a click aimed at it hit 设置节假日 (a tester). Shown at once, not held back
    # until they came (that hid the digest in tests of alerts), its link stays put.
    from desk.core.quiet_state import NextQuiet, QuietReason, QuietState

    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.show_sync_status(SyncStatus(SyncState.SYNCING, clock.now()))
    line = (
        "免打扰期间（周四 18:00 起）暂缓 17 条（待办 3、通知 14） · @我 2 条："
        + "贺春梅“明天上午的村书记例会通知帮我起草一下”" * 3
    )
    window.show_digest(line, [1, 2, 3])
    link = window.digest_label.link
    qtbot.waitUntil(lambda: link.isVisible() and _laid_out(window.digest_label))
    places: list[int] = []

    def seen() -> None:
        qtbot.wait(50)
        assert link.isVisible()
        places.append(link.mapTo(window, link.rect().topLeft()).x())

    seen()
    now = clock.now()
    window.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, now))
    seen()
    window.quiet_indicator.set_next_quiet(NextQuiet(now.replace(hour=18, minute=0), False))
    window.quiet_indicator.show_state(QuietState(False, None, QuietReason.WORKDAY), 0, now)
    seen()
    window.warn_calendar([2027])
    seen()
    window.resize(1100, 740)
    qtbot.waitUntil(lambda: window.width() == 1100)
    seen()
    assert len(set(places)) == 1, places
    assert window.digest_label.said.is_elided()  # its words gave way, not its link


_FIRE = "关于做好今冬明春森林防火工作的通知：各乡镇于12月10日前完成隐患排查，报县应急局。"


def test_a_notice_read_is_read_in_every_view_listing_it_its_forwarded_copy_too(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # From tester test52b on a real Synapse: a notice forwarded (转发：…) to another group,
    # folded under the notice's card, was opened and answered there; `desk inbox --json`
    # still said "read": false of the copy, bold in its group's view, while All and the
    # status bar said nothing unread. A copy read in its group left the notice unread.
    (account,) = ensure_default_account(store, clock)
    members = (MemberInfo("wang", "王主任", Role.OWNER),)
    groups = (
        GroupInfo("office", "县委办工作群", members=members),
        GroupInfo("flood", "防汛指挥群", members=members),
    )
    posts = (
        IncomingMessage("notice", "office", "wang", "王主任", Role.OWNER, clock.now(), _FIRE),
        IncomingMessage(
            "fwd", "flood", "wang", "王主任", Role.OWNER, clock.now(), "转发：" + _FIRE
        ),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, SyncBatch("c1", groups, posts))

    def read() -> dict[str, bool]:
        with store.sessions() as session:
            return {r: bool(v) for r, v in session.execute(select(Message.remote_id, Message.read))}

    def ids() -> dict[str, int]:
        with store.sessions() as session:
            return {r: int(v) for r, v in session.execute(select(Message.remote_id, Message.id))}

    with store.sessions.begin() as session:
        # Read before in 县委办工作群: the notice alone.
        session.execute(update(Message).where(Message.remote_id == "notice").values(read=True))
    assert read() == {"notice": True, "fwd": False}
    for window in _window_over(qtbot, store, clock):
        (card,) = [r for r in _rows(window) if r.id == ids()["notice"]]
        assert card.read and card.also_in == ("防汛指挥群",), card
        # Desk's own first selection is not reading; the user's click on it is.
        assert window.list.currentIndex().row() == window.model.row_of(card.id)
        rect = window.list.visualRect(window.list.currentIndex())
        qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: read()["fwd"])
        flood = window._queries.group_counts()
        assert [g.unread for g in flood if g.name == "防汛指挥群"] == [0]

        # The other way: the copy read in its group's view reads the notice All shows.
        with store.sessions.begin() as session:
            session.execute(update(Message).values(read=False))
        window.request_refresh()
        (flood_id,) = [g.id for g in window._queries.group_counts() if g.name == "防汛指挥群"]
        window.sidebar.select_group(flood_id)
        qtbot.waitUntil(lambda w=window: w.model.row_of(ids()["fwd"]) is not None)
        rect = window.list.visualRect(window.model.index(window.model.row_of(ids()["fwd"]) or 0))
        qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: read() == {"notice": True, "fwd": True})
