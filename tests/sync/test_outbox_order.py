"""Two accounts of the user's writing to one room: the outbox sends in the order written
across them, and waits no longer than CROSS_ACCOUNT_WAIT_MS behind an account that cannot
send. Real store; a connector that records what it sends (a real Synapse's order is
tested in tests/connectors/matrix/test_sync_e2e.py)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from desk.connectors.protocol import Outgoing, SendResult
from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.sync.outbox import CROSS_ACCOUNT_WAIT_MS, enqueue, flush
from desk.sync.status import AccountStatuses, SyncState, SyncStatus
from tests.helpers.group_posts import two_accounts


class _Recording:
    """Sends nothing: records what it was given, in order."""

    def __init__(self, sent: list[str]) -> None:
        self._sent = sent

    async def send(self, item: Outgoing) -> SendResult:
        self._sent.append(item.text)
        return SendResult(f"${len(self._sent)}")


def test_a_reply_waits_behind_another_accounts_older_one_to_the_same_room_for_a_while(
    store: Store, clock: ManualClock
) -> None:
    own, duty = two_accounts(store, clock)
    sent: list[str] = []
    enqueue(store, own, "!work", "东山村已报", clock=clock)
    enqueue(store, duty, "!work", "更正：西山村已报", clock=clock)
    connector = _Recording(sent)
    # The user's own account offline: the duty room's reply waits behind its older one...
    result = asyncio.run(flush(connector, duty, store, clock))  # type: ignore[arg-type]
    assert (result.sent, result.held, sent) == (0, 1, [])
    clock.advance(timedelta(milliseconds=CROSS_ACCOUNT_WAIT_MS - 1000))
    assert asyncio.run(flush(connector, duty, store, clock)).held == 1  # type: ignore[arg-type]
    # ...no longer than a while: that account is stuck, and the reply is not held for good.
    clock.advance(timedelta(seconds=2))
    result = asyncio.run(flush(connector, duty, store, clock))  # type: ignore[arg-type]
    assert (result.sent, result.held, sent) == (1, 0, ["更正：西山村已报"])


def test_a_reply_waits_behind_no_account_known_not_to_send(
    store: Store, clock: ManualClock
) -> None:
    # The user's own account to be signed in again: its older reply to the room cannot
    # go, and the duty room's correction waited 2 minutes behind it (待发送).
    own, duty = two_accounts(store, clock)
    sent: list[str] = []
    enqueue(store, own, "!work", "东山村已报", clock=clock)
    enqueue(store, duty, "!work", "更正：西山村已报", clock=clock)
    connector = _Recording(sent)
    result = asyncio.run(flush(connector, duty, store, clock, not_sending={own}))  # type: ignore[arg-type]
    assert (result.sent, result.held, sent) == (1, 0, ["更正：西山村已报"])


def test_the_accounts_that_cannot_send_are_those_to_sign_in_again() -> None:
    statuses = AccountStatuses()
    at = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    statuses.set(1, "@own", SyncStatus(SyncState.SIGN_IN, at))
    statuses.set(2, "@duty", SyncStatus(SyncState.UP_TO_DATE, at))
    statuses.set(3, "@third", SyncStatus(SyncState.OFFLINE, at))
    statuses.set(4, "@fourth", SyncStatus(SyncState.SYNCING, at))
    # Offline may pass within the wait: not these.
    assert statuses.not_sending() == {1}
