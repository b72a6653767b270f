"""A counted view (InboxModel, COUNTED_FROM): every row is there from the start, the scroll
bar goes deep at once, and the cards read there are the view's own, in its order, and can
be selected, read and put away as anywhere else (issue 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.store import Store
from desk.ui import inbox_model
from desk.ui.inbox_model import ROW_ROLE, Snapshot
from desk.ui.main_window import MainWindow
from tests.helpers.settled import settle
from tests.ui.test_keys_and_arrivals import _arrive
from tests.ui.test_main_window import _demo_window


@pytest.fixture
def window(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The demo's All, counted, its ids read 20 at a time: most are not read at first."""
    monkeypatch.setattr(inbox_model, "PAGE", 20)
    monkeypatch.setattr(inbox_model, "IDS_BEYOND", 5)
    monkeypatch.setattr(inbox_model, "COUNTED_FROM", 50)
    monkeypatch.setattr(inbox_model, "RECOUNT_S", 0.0)  # each re-read counts
    for win in _demo_window(qtbot, store, clock):
        win.sidebar.select_view(ViewKind.INFO)
        win.sidebar.select_view(ViewKind.ALL)
        yield win


def _all(store: Store) -> list[int]:
    return InboxQueries(store.sessions).page(View(), limit=10**6).ids


def _shown(win: MainWindow) -> range:
    list_ = win.list
    top = list_.rowAt(1)
    bottom = list_.rowAt(list_.viewport().height() - 2)
    return range(top, (bottom if bottom >= 0 else win.model.rowCount() - 1) + 1)


def _jump(qtbot: QtBot, win: MainWindow, row: int) -> None:
    """The scroll bar dragged to `row`, and the list painted until its cards are read."""
    win.list.scrollTo(win.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
    win.list.viewport().repaint()

    def read() -> bool:
        win.list.viewport().repaint()
        return all(win.model.index(r).data(ROW_ROLE) is not None for r in _shown(win))

    qtbot.waitUntil(read)


def test_every_row_is_there_before_its_id_is_read(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    whole = _all(store)
    assert len(whole) > 150
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    assert len(model.ids) < len(whole) // 2, "only the first pages' ids read"
    assert model.canFetchMore(window.list.rootIndex())


def test_a_jump_deep_down_shows_the_cards_of_those_rows(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    deep = len(whole) - 40
    window.list.scrollTo(model.index(deep), QAbstractItemView.ScrollHint.PositionAtTop)
    # Before their ids come, the rows are drawn empty: never another card.
    for r in _shown(window):
        row = model.index(r).data(ROW_ROLE)
        assert row is None or row.id == whole[r]
    _jump(qtbot, window, deep)
    assert [model.index(r).data(ROW_ROLE).id for r in _shown(window)] == [
        whole[r] for r in _shown(window)
    ]
    assert len(model.ids) < len(whole), "the ids read as far as the screen, not to the end"
    assert model.rowCount() == len(whole)
    # Scrolling back up finds the cards read before, in their places.
    _jump(qtbot, window, 0)
    assert model.ids == whole[: len(model.ids)]


def test_a_card_chosen_deep_down_is_shown_and_marked_read(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    deep = len(whole) - 40
    _jump(qtbot, window, deep)
    rect = window.list.visualRect(model.index(deep + 2))
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.list.currentIndex().row() == deep + 2
    chosen = whole[deep + 2]
    assert window.detail.toPlainText()
    queries = InboxQueries(store.sessions)
    qtbot.waitUntil(lambda: queries.rows([chosen])[chosen].read)
    # j goes to the next card of the view, and reads it.
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    after = whole[deep + 3]
    assert model.message_id(window.list.currentIndex().row()) == after
    qtbot.waitUntil(lambda: queries.rows([after])[after].read)
    qtbot.waitUntil(window.idle)
    assert model.message_id(window.list.currentIndex().row()) == after, "kept by the re-read"
    assert model.rowCount() == len(whole)


def test_a_row_not_read_yet_can_be_selected(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    # Page Down, or a click before the paint's read came: the card is read then.
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    far = len(whole) - 30
    assert far >= len(model.ids)
    window.list.setCurrentIndex(model.index(far))
    assert model.message_id(far) == whole[far]
    qtbot.waitUntil(lambda: window._current_id() == whole[far])


def test_a_card_put_away_deep_down_leaves_the_count_right(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    deep = len(whole) - 40
    _jump(qtbot, window, deep)
    window.list.setCurrentIndex(model.index(deep))
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    qtbot.waitUntil(window.idle)
    assert model.rowCount() == len(whole) - 1 == len(_all(store))
    assert model.message_id(window.list.currentIndex().row()) == whole[deep + 1]


def test_end_reads_the_view_through(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.list.currentIndex().row() == len(whole) - 1)
    assert list(model.ids) == whole
    assert not model.canFetchMore(window.list.rootIndex())


def test_a_card_arriving_while_deep_down_is_counted_and_the_screen_stays(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    whole = _all(store)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(whole))
    deep = len(whole) - 40
    _jump(qtbot, window, deep)
    top = model.message_id(window.list.rowAt(1))
    arrived = _arrive(store, clock, "deep-arrival")
    window.request_refresh()
    qtbot.waitUntil(lambda: model.rowCount() == len(whole) + 1)
    settle(qtbot, window)
    now = _all(store)
    assert arrived in now
    _jump(qtbot, window, window.list.rowAt(1))
    assert model.message_id(window.list.rowAt(1)) == top, "the screen stays where it was"
    assert [model.index(r).data(ROW_ROLE).id for r in _shown(window)] == [
        now[r] for r in _shown(window)
    ]


def test_a_re_read_counts_again_only_after_a_while(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A flood re-reads after every batch: a count each time was a scan of the view's index.
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(_all(store)))
    snapshot = model.reread()()
    assert isinstance(snapshot, Snapshot) and snapshot.count == len(_all(store))
    model.apply(snapshot)
    monkeypatch.setattr(inbox_model, "RECOUNT_S", 60.0)
    snapshot = model.reread()()
    assert isinstance(snapshot, Snapshot) and snapshot.count is None
    model.apply(snapshot)
    assert model.rowCount() == len(_all(store)), "the count known stays"
