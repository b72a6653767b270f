"""What the notification ledger reads, and how."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from desk.core.clock import ManualClock
from desk.store.models import Message
from desk.store.notifications import NotificationLedger
from desk.store.store import Store
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import post, room_batch, rows_by_account, two_accounts
from tests.helpers.plans import query_plans


def test_the_asks_that_came_through_while_quiet_are_read_by_time(
    store: Store, clock: ManualClock
) -> None:
    # Every message notified in a year of use holds notify_state 'notify': read by that
    # index, the morning digest's look at the night decrypted them all.
    ledger = NotificationLedger(store.sessions)
    plans = query_plans(store, lambda: ledger.woken(clock.now() - timedelta(hours=16)))
    reads = [p for p in plans if " messages" in p.split("::")[1]]
    assert reads, plans
    assert all("INDEX ix_messages_ts (ts_ms>?)" in p or "PRIMARY KEY" in p for p in reads), plans
    assert any("ix_messages_ts" in p for p in reads), plans


def test_what_quiet_hours_hold_is_read_by_its_state_not_by_every_open_card(
    store: Store,
) -> None:
    # Counted each batch of a night's flood (the status bar's 7 条暂缓) and read each batch
    # of the day (the digest's look), it was read through every card not done: 90 ms a
    # batch at 100,000 messages, for the few held.
    ledger = NotificationLedger(store.sessions)
    for action in (ledger.held_count, ledger.held):
        plans = query_plans(store, action)
        reads = [p.split(" :: ")[1] for p in plans]
        reads = [p for p in reads if p.startswith(("SEARCH ", "SCAN "))]
        assert reads, plans
        assert not any(p.startswith("SCAN ") for p in reads), plans
        assert any("ix_messages_notify_state" in p for p in reads), plans
        # Each held message's card, by its key (a notice forwarded into four groups is
        # one card), and by its id.
        assert all(
            "ix_messages_notify_state" in p
            or "sqlite_autoindex_messages_1 (account_id=? AND remote_id=?)" in p
            or "INTEGER PRIMARY KEY" in p
            for p in reads
        ), plans


def test_a_message_received_under_a_second_account_is_a_twin_candidate(
    store: Store, clock: ManualClock
) -> None:
    # A DING to @liumin2 came to @liumin and the shared @duty too: one card, which rang as
    # a DING and popped up again as urgent under another account (a tester).
    first, second = two_accounts(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    ingestor.apply(second, room_batch("b1", post("$n1", clock.now())))
    rows = rows_by_account(store)
    assert rows[(second, "$n1")].twin_of == rows[(first, "$n1")].id
    with store.transaction() as session:
        # Undecided, as a later sync's messages are (a first sync's are history).
        session.execute(update(Message).values(notify_state=None))
    twins = {c.message_id: c.twin for c in NotificationLedger(store.sessions).undecided()}
    assert twins == {rows[(first, "$n1")].id: False, rows[(second, "$n1")].id: True}
