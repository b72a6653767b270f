"""The sidebar's counts as a new user reads them beside the list, and Due today: a
党政办主任's Monday morning (a tester's 紧急 1 stood beside ten red cards)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text, update

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message, to_ms
from desk.store.store import Store
from desk.sync.ingest import _mark_replied
from desk.ui.card_text import summary
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle
from tests.store.test_open_and_due_counts import undated

# Monday 7 December 2026, 08:35 in Shanghai.
MONDAY = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


def _window(qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps) -> MainWindow:
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    return window


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _listed(window: MainWindow) -> list[int]:
    rows = (window.model.inbox_row(r) for r in range(window.model.rowCount()))
    return [row.id for row in rows if row is not None]


def _count(window: MainWindow, kind: ViewKind) -> tuple[str, bool, str]:
    """The sidebar's count beside the view: its text, whether bold, its tooltip."""
    item = window.sidebar._view_items[kind]
    return item.text(1), item.font(1).bold(), item.toolTip(1)


def _make(store: Store, ids: list[int], tier: Tier, **values: object) -> None:
    with store.sessions() as session, session.begin():
        session.execute(
            update(Message)
            .where(Message.id.in_(ids))
            .values(tier=tier.value, tier_rank=tier.rank, **values)
        )


def test_ten_open_urgent_cards_one_unread_the_sidebar_says_ten_and_one_unread(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    urgent = queries.page(View(ViewKind.URGENT), None, 1000).ids
    queries.set_done(urgent, True, clock.now())
    ten = queries.page(View(ViewKind.INFO), None, 10).ids
    _make(store, ten, Tier.URGENT)
    queries.set_read(ten[1:], True)
    window = _shown(qtbot, _window(qtbot, store, clock, ops))

    window.sidebar.select_view(ViewKind.URGENT)
    settle(qtbot, window)
    assert sorted(_listed(window)) == sorted(ten)
    shown, bold, tip = _count(window, ViewKind.URGENT)
    assert (shown, bold) == ("10", True)
    assert "10 not done yet" in tip and "1 of them unread" in tip
    # All of them read: still ten to do, no longer bold.
    queries.set_read(ten[:1], True)
    window._update_counts()
    settle(qtbot, window)
    shown, bold, tip = _count(window, ViewKind.URGENT)
    assert (shown, bold) == ("10", False)
    assert "All of them read" in tip


@pytest.fixture
def monday(store: Store, clock: ManualClock) -> dict[str, int]:
    """Monday 08:35: a card overdue since Friday, one due at 17:30 today, one tomorrow."""
    sync_demo(store, clock)
    clock.set(MONDAY)
    with store.sessions() as session, session.begin():
        undated(session)
        cards = list(
            session.scalars(
                text(
                    "SELECT id FROM messages WHERE done = 0 AND ack_of IS NULL AND"
                    " (cluster IS NULL OR cluster = remote_id) AND tier != 'noise'"
                    " ORDER BY id LIMIT 3"
                )
            )
        )
    due = {
        "overdue": MONDAY - timedelta(days=3),
        "today": MONDAY.replace(hour=17, minute=30),
        "tomorrow": MONDAY.replace(hour=9, minute=0) + timedelta(days=1),
    }
    for card, when in zip(cards, due.values(), strict=True):
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(when))
    return dict(zip(due, cards, strict=True))


def test_due_today_lists_today_s_and_the_overdue_and_moves_on_at_midnight(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monday: dict[str, int]
) -> None:
    window = _shown(qtbot, _window(qtbot, store, clock, ops))
    qtbot.keyClick(window.list, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.DUE
    assert _listed(window) == [monday["today"], monday["overdue"]]
    assert _count(window, ViewKind.DUE)[0] == "2"
    assert window.sidebar.currentItem().text(0) == "Due & overdue"

    # Late on Monday (quiet hours, say) nothing moves; a minute past midnight, it does.
    clock.set(MONDAY.replace(hour=23, minute=59))
    window._ageing_timer.timeout.emit()
    settle(qtbot, window)
    assert _listed(window) == [monday["today"], monday["overdue"]]
    clock.set(MONDAY.replace(hour=0, minute=1) + timedelta(days=1))
    window._ageing_timer.timeout.emit()
    settle(qtbot, window)
    assert _listed(window) == [monday["tomorrow"], monday["today"], monday["overdue"]]
    assert _count(window, ViewKind.DUE)[0] == "3"


def test_the_card_read_in_due_today_stays_in_the_pane_past_midnight(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monday: dict[str, int]
) -> None:
    # Working late (a flood night), the user reads today's task at 23:59: at midnight the
    # view moved on to the new day and went back to its first card, the one in the
    # reading pane and the reply box's gone from under them.
    window = _shown(qtbot, _window(qtbot, store, clock, ops))
    window.sidebar.select_view(ViewKind.DUE)
    settle(qtbot, window)
    assert window._current_id() == monday["today"]

    clock.set(MONDAY.replace(hour=0, minute=1) + timedelta(days=1))
    window._ageing_timer.timeout.emit()
    settle(qtbot, window)

    assert _listed(window) == [monday["tomorrow"], monday["today"], monday["overdue"]]
    assert window._current_id() == monday["today"]
    assert window.detail.row_id == monday["today"]


def test_a_restart_comes_back_to_due_today_as_of_the_new_day(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monday: dict[str, int]
) -> None:
    window = _window(qtbot, store, clock, ops)
    window.restore_layout(store.data_dir.root / "window.ini")
    _shown(qtbot, window)
    window.sidebar.select_view(ViewKind.DUE)
    settle(qtbot, window)
    window.save_layout()
    window.close()

    clock.set(MONDAY + timedelta(days=1))  # opened again on Tuesday morning
    again = _window(qtbot, store, clock, ops)
    again.restore_layout(store.data_dir.root / "window.ini")
    _shown(qtbot, again)
    assert again.model.view.kind is ViewKind.DUE
    assert _listed(again) == [monday["tomorrow"], monday["today"], monday["overdue"]]


def test_nothing_due_says_so(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monday: dict[str, int]
) -> None:
    InboxQueries(store.sessions).set_done(list(monday.values()), True, clock.now())
    window = _shown(qtbot, _window(qtbot, store, clock, ops))
    window.sidebar.select_view(ViewKind.DUE)
    settle(qtbot, window)
    assert _listed(window) == []
    assert window.list.empty_text() == "Nothing open is due today, and nothing is overdue."
    assert _count(window, ViewKind.DUE)[0] == ""


def test_a_task_answered_before_its_time_passed_says_so_in_due_today(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monday: dict[str, int]
) -> None:
    # Answered on Friday, not marked done: it stays in Due today, below today's task, and
    # its line says it was answered and that its time has passed, not 已逾期 in red.
    friday = MONDAY - timedelta(days=3)
    with store.sessions() as session, session.begin():
        account_id, remote_id = session.execute(
            select(Message.account_id, Message.remote_id).where(Message.id == monday["overdue"])
        ).one()
        _mark_replied(session, account_id, remote_id, friday + timedelta(hours=1), friday)
    window = _shown(qtbot, _window(qtbot, store, clock, ops))
    qtbot.keyClick(window.list, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)

    assert _listed(window) == [monday["today"], monday["overdue"]]
    answered = window.model.inbox_row(1)
    assert answered is not None
    line = summary(answered, SHANGHAI, clock.now())
    assert "you replied 12-04 09:35 · past due" in line, line
    assert "overdue" not in line
    today_s = window.model.inbox_row(0)
    assert today_s is not None and "past due" not in summary(today_s, SHANGHAI, clock.now())
