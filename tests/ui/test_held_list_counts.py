"""The line above what quiet hours held counts the whole list, not the rows paged in."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.delivery import Delivery
from desk.core.messages import Role
from desk.store.inbox import InboxQueries, ViewKind
from desk.store.models import Message
from desk.store.notifications import NotificationLedger
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.inbox_model import PAGE
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import NOTICE, post, room_batch, rows_by_account, two_accounts
from tests.helpers.settled import settle

ALERTED = PAGE + 30
HELD = 12


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


# Characters each message draws its own few from: alike texts fold into one card.
_POOL = "山水田林湖草村镇街道路桥河堤坝渠站所院校医养老幼农林牧渔电水气暖防汛抗旱消防安全"


def _words(n: int) -> str:
    """A text of its own for message `n`, read by no rule as any other's."""
    picked = random.Random(n).sample(_POOL, 12)
    return "".join(picked) + f"（{n}）"


def _night(store: Store, clock: ManualClock, count: int) -> list[int]:
    """`count` messages, each its own card, a minute apart; their ids, oldest first."""
    batch = SyncBatch(
        next_cursor="night",
        groups=(GroupInfo("g", "镇工作群"),),
        messages=tuple(
            IncomingMessage(
                remote_id=f"n{n}",
                group_id="g",
                sender_id="u1",
                sender_name="钟书记",
                sender_role=Role.MEMBER,
                ts=clock.now() - timedelta(minutes=count - n),
                text=_words(n),
            )
            for n in range(count)
        ),
    )
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    with store.sessions() as session:
        cards = select(Message.id).where(Message.cluster.is_(None)).order_by(Message.id)
        return list(session.scalars(cards))


def test_the_held_list_counts_all_that_came_through_not_the_rows_paged_in(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # More came through while quiet than a page lists: the line said "200 more alerted"
    # (the first page, all of them alerted), and nothing held, for 230 alerted and 12 held.
    ids = _night(store, clock, ALERTED + HELD)
    assert len(ids) == ALERTED + HELD, "each its own card"
    woken, held = ids[:ALERTED], ids[ALERTED:]
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.show_digest("held", [*woken, *held], (), woken)
    window.show_held()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert window.model.rowCount() < ALERTED + HELD, "paged: not every row loaded"
    assert window.found_label.full_text() == (
        f"{HELD} held while quiet, {ALERTED} more alerted as usual"
        " · asking you first, then tasks, then newest · Esc: back"
    )


def test_the_digest_s_list_has_its_count_in_the_sidebar_as_the_status_bar_said_it(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # From a tester, 08:35 after a night: every view had its count, and 免打扰期间, the
    # digest's list, none; the status bar had said 12 条暂缓 all night.
    ids = _night(store, clock, 3 + HELD)
    woken, held = ids[:3], ids[3:]
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.show_digest("held", [*woken, *held], (), woken)
    item = window.sidebar._held
    # What was held, as the bar counted it: not what came through, listed first.
    qtbot.waitUntil(lambda: item.text(1) == str(HELD))
    assert item.toolTip(1) == f"{HELD} held while quiet"
    # Gone through, as a view's count goes down: a card marked done leaves it.
    window.show_held()
    settle(qtbot, window)
    row = window.model.row_of(held[-1])
    assert row is not None
    window.list.setCurrentIndex(window.model.index(row, 0))
    window.done_action.trigger()
    qtbot.waitUntil(lambda: item.text(1) == str(HELD - 1))
    # Said again (a click on the digest's line) it keeps its count, not blank meanwhile.
    window._show_digested()
    assert item.text(1) == str(HELD - 1)


def test_the_digest_s_list_is_counted_at_once_while_the_store_is_busy(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # At 08:30 under load the line said 免打扰期间（周五 18:00 起）暂缓 10 条 while the
    # sidebar's 免打扰期间 had no number for 5-20 s: the count waited on the store's thread,
    # busy with sync and triage. The digest's own count stands meanwhile.
    ids = _night(store, clock, 3 + HELD)
    woken, held = ids[:3], ids[3:]
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    busy = threading.Event()
    ops.run(lambda: busy.wait(10))  # a sync batch holding the store's thread
    try:
        window.show_digest("held", [*woken, *held], (), woken)
        item = window.sidebar._held
        assert item.text(1) == str(HELD)
        assert item.toolTip(1) == f"{HELD} held while quiet"
    finally:
        busy.set()
    settle(qtbot, window)
    assert window.sidebar._held.text(1) == str(HELD)


def test_a_notice_held_under_two_accounts_is_one_card_in_the_held_list(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # Two accounts of one official: quiet hours held a notice under the first, and a relay
    # of it into a group only the second is in, which folds into that account's row of the
    # notice, a twin (no card). The morning's list showed the notice twice, and the sidebar
    # and the digest counted 2.
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    relay = post("$r1", now + timedelta(minutes=5), "转发：" + NOTICE, group="h")
    ingestor.apply(second, room_batch("b1", post("$n1", now), relay, rooms=("g", "h")))
    rows = rows_by_account(store)
    card = rows[(first, "$n1")].id
    ledger = NotificationLedger(store.sessions)
    ledger.record([(card, Delivery.HOLD), (rows[(second, "$r1")].id, Delivery.HOLD)])
    held = [candidate.message_id for candidate in ledger.held()]
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.show_digest("held", held, (), ())
    qtbot.waitUntil(lambda: window.sidebar._held.text(1) == "1")
    window.show_held()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert window.model.ids == [card]
