"""Keys pressed while a long job holds the store thread: none lost, the counts with the
change (a tester on a loaded PC: 紧急 said 4 beside an emptied Urgent, Ctrl+3 lost)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import View, ViewKind
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.sidebar import SidebarEntry
from tests.helpers.settled import settle
from tests.helpers.store_thread import hold_store_thread
from tests.ui.test_main_window import _demo_window, _press


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _entry(window: MainWindow, kind: ViewKind) -> SidebarEntry:
    """The sidebar's row of view `kind`, for all groups."""
    return next(
        entry
        for entry in window.sidebar.entries()
        if isinstance(entry.view, View)
        and entry.view.kind is kind
        and entry.view.group_id is None
        and entry.name
    )


def _count(window: MainWindow, kind: ViewKind) -> str:
    """The count beside view `kind` in the sidebar."""
    return _entry(window, kind).count


def _plain_cards(window: MainWindow) -> list[int]:
    """The cards listed that no DING pins (`e` leaves those alone)."""
    rows = [window.model.inbox_row(row) for row in range(window.model.rowCount())]
    return [row.id for row in rows if row is not None and not row.pinned]


def _on_a_plain_card_all_read(qtbot: QtBot, window: MainWindow, kind: ViewKind) -> int:
    """View `kind` shown, all of it read (the card `e` moves on to is not marked read, whose
    re-read would count), its first plain card current: returns the view's count."""
    window.sidebar.select_view(kind)
    settle(qtbot, window)
    window._queries.set_read(tuple(window.model.ids), True)
    window.request_refresh()
    settle(qtbot, window)
    window.list.setFocus()
    card = _plain_cards(window)[0]
    window.list.setCurrentIndex(window.model.index(window.model.row_of(card) or 0))
    settle(qtbot, window)
    return int(_count(window, kind))


def _hold(window: MainWindow, *, behind: bool = False) -> threading.Event:
    return hold_store_thread(window._ops, behind=behind)


def test_a_card_marked_done_is_counted_with_the_change_not_after_the_work_behind_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = _on_a_plain_card_all_read(qtbot, window, ViewKind.ACTION)
    gate = _hold(window)
    behind = threading.Event()
    try:
        _press(qtbot, window, Qt.Key.Key_E)
        # Work queued behind the change (the next key's, a sync batch's re-read): a count
        # asked once the change came back waited for it.
        behind = _hold(window, behind=True)
        gate.set()
        qtbot.waitUntil(lambda: _count(window, ViewKind.ACTION) == str(before - 1))
        assert not behind.is_set(), "counted while the job behind the change held the thread"
    finally:
        gate.set()
        behind.set()
    settle(qtbot, window)


def test_a_view_chosen_while_the_store_thread_is_held_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Urgent emptied with e, Ctrl+3 pressed while the changes waited for the store thread:
    # the tester's Action never came.
    window.sidebar.select_view(ViewKind.URGENT)
    settle(qtbot, window)
    window.list.setFocus()
    plain = _plain_cards(window)
    assert plain, "the demo's Urgent holds cards e puts away"
    pinned = window.model.rowCount() - len(plain)
    window.list.setCurrentIndex(window.model.index(window.model.row_of(plain[0]) or 0))
    settle(qtbot, window)
    gate = _hold(window)
    try:
        for _card in plain:
            _press(qtbot, window, Qt.Key.Key_E)
        _press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert window.model.view.kind is ViewKind.ACTION, "shown at once, read here"
    finally:
        gate.set()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.ACTION
    assert window.sidebar.current_name() == _entry(window, ViewKind.ACTION).name
    tiers = {row.tier for row in (window.model.inbox_row(r) for r in range(3)) if row}
    assert tiers == {Tier.ACTION}
    # Urgent's count: its DINGs, which e leaves.
    assert _count(window, ViewKind.URGENT) == (str(pinned) if pinned else "")


def test_quick_changes_show_the_counts_once_the_last_is_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 8 quick `e` on a loaded PC: each change shown in turn (the sidebar laid out anew,
    # the list re-read) held the window's keys, Ctrl+3 taken seconds late (a tester).
    before = _on_a_plain_card_all_read(qtbot, window, ViewKind.ACTION)
    shown: list[object] = []
    set_counts = window.sidebar.set_counts
    monkeypatch.setattr(
        window.sidebar, "set_counts", lambda *a, **k: (shown.append(a), set_counts(*a, **k))
    )
    gate = _hold(window)
    try:
        for _press_number in range(3):
            _press(qtbot, window, Qt.Key.Key_E)
    finally:
        gate.set()
    settle(qtbot, window)
    assert len(shown) == 1
    assert _count(window, ViewKind.ACTION) == str(before - 3)
    assert window.model.rowCount() == before - 3, "the list as the store has it"
