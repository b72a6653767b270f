"""A search in the window lists what the user looks for first: notices and tasks, then
the rest (two testers, session 33: 值班 listed the duty notice last of 22, off screen)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Tier
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, InboxRow, View
from desk.store.store import Store
from desk.ui import inbox_model
from desk.ui.inbox_model import REST_STARTS_ROLE, InboxModel
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, _window_over, type_chinese

# The district's duty notice, in any season's demo (主汛期防汛 or 森林防火期).
DUTY_NOTICE = "值班值守工作的通知"


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _search(qtbot: QtBot, win: MainWindow, needle: str) -> None:
    """`/`, the needle, Enter, as a person searches: every card found."""
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Slash)
    type_chinese(win.search, needle)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.model.canFetchMore(QModelIndex()))
    settle(qtbot, win)


def _listed(model: InboxModel) -> list[InboxRow]:
    rows = [model.inbox_row(r) for r in range(model.rowCount())]
    assert all(rows)
    return [r for r in rows if r is not None]


def test_the_duty_notice_is_on_the_first_screen_of_a_search_for_duty(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "值班")
    listed = _listed(window.model)
    assert len(listed) > 15
    at = next(n for n, r in enumerate(listed) if DUTY_NOTICE in r.text)
    assert at < 5
    # ...on the screen, not below it.
    shown = window.list.visualRect(window.model.index(at))
    assert window.list.viewport().rect().contains(shown)
    # The chatter that mentions duty comes after every notice and task, however new.
    chatter = next(n for n, r in enumerate(listed) if "能看回放吗" in r.text)
    assert all(n < chatter for n, r in enumerate(listed) if r.tier.asks_action)
    assert listed[-1].tier is not Tier.URGENT
    # The first card, the notice, is the one opened.
    assert window.list.currentIndex().row() == 0
    assert DUTY_NOTICE in window.detail.toPlainText()


def test_the_count_says_notices_and_tasks_come_first(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "值班")
    found = window.model.rowCount()
    assert window.found_label.full_text() == f"{found} found · notices and tasks first"
    assert "newest first" in window.found_label.toolTip()


def test_a_search_read_in_steps_lists_as_one_read_at_once_and_moves_no_card(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At a million messages a search reads on a window of ids at a time: each card found
    # later goes after the last of its standing, never moving one listed before it.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    view = View(search="值班")
    whole = queries.search_order(view, queries.page(view, limit=10**6).ids)
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(inbox_model, "SMALLEST_SEARCH_WINDOW", 40)
    monkeypatch.setattr(inbox_model, "SEARCH_STEPS", 1)
    model = InboxModel(queries, SHANGHAI, clock)
    seen: list[list[int]] = []
    model.rowsInserted.connect(lambda *_: seen.append(list(model.ids)))
    model.set_view(view)
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert list(model.ids) == whole
    assert len(seen) > 2, "found in several steps"
    for before, after in pairwise(seen):
        assert [card for card in after if card in before] == before
    # A refresh (after a sync batch) lists it in the same order.
    model.refresh()
    assert list(model.ids) == whole


def test_a_line_marks_where_the_notices_and_tasks_end(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "值班")
    model = window.model
    starts = [r for r in range(model.rowCount()) if model.index(r).data(REST_STARTS_ROLE)]
    assert starts == [model.standing_out]
    first_of_rest = model.inbox_row(starts[0])
    assert first_of_rest is not None and not first_of_rest.tier.asks_action
    above = model.inbox_row(starts[0] - 1)
    assert above is not None and (above.tier.asks_action or above.acks or above.answers)
    # Drawn: the top pixel row of that card is the line, not the card's own background.
    shown = window.list.visualRect(model.index(starts[0]))
    image = window.list.viewport().grab().toImage()
    line = image.pixelColor(shown.center().x(), shown.top())
    under = image.pixelColor(shown.center().x(), shown.top() + 4)
    assert line != under
    # No search, no line.
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: model.view == View())
    assert not any(model.index(r).data(REST_STARTS_ROLE) for r in range(model.rowCount()))


@pytest.fixture
def ding_waiting(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """The demo's window with its DINGs waiting for confirmation."""
    sync_demo(store, clock)
    EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), urgent_items=False)
    yield from _window_over(qtbot, store, clock)


def test_with_a_ding_waiting_first_the_count_says_it_comes_first(
    qtbot: QtBot, ding_waiting: MainWindow
) -> None:
    # The DING waiting leads a search, whatever its title says; the count's tip said the
    # cards with the words in their title came first.
    _search(qtbot, ding_waiting, "防汛")
    assert _listed(ding_waiting.model)[0].pinned
    assert (
        "Notices and tasks come first: what waits for your confirmation (a DING, or an "
        "urgent item escalated like one), then" in ding_waiting.found_label.toolTip()
    )
