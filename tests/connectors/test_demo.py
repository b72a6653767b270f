"""The demo connector: anchored history, live traffic, bad items, registration."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path

from desk.connectors import registry
from desk.connectors.demo import LIVE_CATCH_UP, LIVE_INTERVAL, DemoConnector, DemoCursor
from desk.connectors.protocol import Connector, DingRequest, IncomingMessage, Outgoing, SyncBatch
from desk.core.clock import ManualClock
from desk.resources import resource
from tests.conftest import SHANGHAI

MINI = str(Path(__file__).parents[1] / "data" / "mini_workspace.json")


def _demo(clock: ManualClock, workspace: str | None = MINI) -> DemoConnector:
    config = {"workspace": workspace} if workspace else {}
    return DemoConnector.from_config(config, {}, clock=clock)


def _sync(connector: DemoConnector, cursor: str | None) -> SyncBatch:
    return asyncio.run(connector.sync(cursor))


def test_registered_under_its_entry_point() -> None:
    assert registry.factory("demo") is DemoConnector
    assert isinstance(_demo(ManualClock(datetime(2026, 1, 1, tzinfo=SHANGHAI))), Connector)


def test_history_is_anchored_at_the_first_sync(clock: ManualClock) -> None:
    batch = _sync(_demo(clock), None)
    by_id = {m.remote_id: m for m in batch.messages}
    anchor = clock.now()
    assert by_id["m1"].ts == datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI)
    assert by_id["m3"].ts == anchor - timedelta(minutes=30)
    assert by_id["m3"].mentions_me
    assert by_id["m1"].sender_role.value == "owner"
    assert DemoCursor.decode(batch.next_cursor).anchor == anchor
    assert [g.remote_id for g in batch.groups] == ["g1", "g2"]
    assert batch.me_name == "测试员"


def test_bad_items_are_typed_and_skipped(clock: ManualClock) -> None:
    batch = _sync(_demo(clock), None)
    assert {(b.remote_id, b.reason) for b in batch.bad_items} == {
        ("m4", "unknown_group_or_sender"),
        ("m5", "bad_time"),
    }
    assert {m.remote_id for m in batch.messages} == {"m1", "m2", "m3"}


def test_live_messages_arrive_as_time_passes(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    assert _sync(connector, cursor).messages == ()
    clock.advance(LIVE_INTERVAL * 3)
    batch = _sync(connector, cursor)
    assert [m.remote_id for m in batch.messages] == ["live-0", "live-1", "live-2"]
    assert batch.messages[1].ding
    # The same cursor gives the same messages: a crash before commit re-fetches them.
    assert _sync(connector, cursor).messages == batch.messages
    assert _sync(connector, batch.next_cursor).messages == ()


def test_a_long_absence_does_not_flood(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    clock.advance(timedelta(days=2))
    batch = _sync(connector, cursor)
    assert len(batch.messages) == LIVE_CATCH_UP
    assert batch.messages[-1].ts <= clock.now()


def test_sent_replies_come_back_as_my_messages(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    asyncio.run(connector.send(Outgoing("txn-1", "g1", "收到", reply_to="m1")))
    (mine,) = _sync(connector, cursor).messages
    assert (mine.remote_id, mine.sender_name, mine.reply_to) == ("sent-txn-1", "测试员", "m1")


def test_what_the_user_sent_comes_again_until_the_store_has_it(clock: ManualClock) -> None:
    # A batch the store failed (triage died, the disk was full) is fetched again from the
    # old cursor: the user's sent DING was in it, and was lost with its confirmations.
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    asyncio.run(connector.send(Outgoing("txn-d", "g1", "紧急：立即到岗", ding=DingRequest())))
    failed = _sync(connector, cursor)
    retried = _sync(connector, cursor)
    assert [m.remote_id for m in failed.messages] == ["sent-txn-d"]
    assert retried.messages == failed.messages
    assert [d.txn_id for d in DemoCursor.decode(retried.next_cursor).dings] == ["txn-d"]
    # Once the store has it (the worker syncs on from its cursor), it is not sent again.
    after = _sync(connector, retried.next_cursor)
    assert after.messages == ()
    assert [d.txn_id for d in DemoCursor.decode(after.next_cursor).dings] == ["txn-d"]


def test_a_ding_sent_while_a_sync_waits_is_confirmed_later(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor

    async def send_while_waiting() -> SyncBatch:
        waiting = asyncio.create_task(connector.sync(cursor, wait_s=0.01))
        await asyncio.sleep(0)  # the sync is now waiting for news, as the worker's is
        await connector.send(Outgoing("txn-d", "g1", "紧急：立即到岗", ding=DingRequest()))
        return await waiting

    batch = asyncio.run(send_while_waiting())
    assert [d.txn_id for d in DemoCursor.decode(batch.next_cursor).dings] == ["txn-d"]
    clock.advance(timedelta(minutes=30))
    later = _sync(connector, batch.next_cursor)
    assert {a.target_id for a in later.acks} == {"sent-txn-d"}, "the members confirm it"


def test_the_bundled_workspace_is_a_realistic_size(clock: ManualClock) -> None:
    workspace = json.loads(resource("demo", "workspace.json").read_text("utf-8"))
    batch = _sync(_demo(clock, None), None)
    assert batch.bad_items == ()
    assert len(batch.groups) >= 12
    assert len(batch.messages) == len(workspace["messages"]) >= 300
    assert any(m.ding for m in batch.messages)
    assert all(m.ts <= clock.now() for m in batch.messages)
    assert len(workspace["live"]) >= 60


def test_days_the_demo_names_are_days_around_today(clock: ManualClock) -> None:
    # From a new user: 请于6月28日17:30前报送 in December, due next June.
    batch = _sync(_demo(clock, None), None)
    today = clock.now().astimezone(SHANGHAI).date()
    named = [m.text for m in batch.messages if "17:30前报送上半年" in m.text]
    assert named and all(f"请于{today.month}月{today.day}日17:30前" in t for t in named)
    assert not [m.text for m in batch.messages if "{date" in m.text]


def test_the_live_pool_plays_again_without_its_dings(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    pool = len(json.loads(Path(MINI).read_text("utf-8"))["live"])
    clock.advance(LIVE_INTERVAL * 2 * pool)
    seen: list[IncomingMessage] = []
    while len(seen) < 2 * pool:
        batch = _sync(connector, cursor)
        assert batch.messages
        seen.extend(batch.messages)
        cursor = batch.next_cursor
    first, again = seen[:pool], seen[pool : 2 * pool]
    assert [m.text for m in first] == [m.text for m in again]
    assert any(m.ding for m in first)
    assert not any(m.ding for m in again)
