"""The demo connector: anchored history, live traffic, bad items, registration."""

from __future__ import annotations

import asyncio
import json
import math
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from desk.connectors import registry
from desk.connectors.demo import (
    LIVE_CATCH_UP,
    LIVE_INTERVAL,
    DemoConnector,
    DemoCursor,
    live_offset,
)
from desk.connectors.demo_season import in_season
from desk.connectors.protocol import Connector, DingRequest, IncomingMessage, Outgoing, SyncBatch
from desk.core.clock import ManualClock
from desk.core.triage.deadlines import scan
from desk.core.triage.normalize import canonical
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
    # The pool's two, then its first played again.
    clock.advance(live_offset(2, 2))
    batch = _sync(connector, cursor)
    assert [m.remote_id for m in batch.messages] == ["live-0", "live-1", "live-2"]
    assert batch.messages[1].ding
    # Its sender gave 30 minutes to confirm it.
    assert batch.messages[1].ding_due == batch.messages[1].ts + timedelta(minutes=30)
    assert batch.messages[0].ding_due is None
    # The same cursor gives the same messages: a crash before commit re-fetches them.
    assert _sync(connector, cursor).messages == batch.messages
    assert _sync(connector, batch.next_cursor).messages == ()


def test_a_long_absence_does_not_flood(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    clock.advance(timedelta(days=2))
    batch = _sync(connector, cursor)
    # The pool's DING is not played again: fewer than the items caught up with.
    assert 0 < len(batch.messages) <= LIVE_CATCH_UP
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
    named = [m.text for m in batch.messages if "17:30前报送" in m.text]
    assert named and all(f"请于{today.month}月{today.day}日17:30前" in t for t in named)
    assert not [m.text for m in batch.messages if "{date" in m.text]


def test_the_live_pool_plays_again_without_its_orders_to_the_user(clock: ManualClock) -> None:
    connector = _demo(clock)
    cursor = _sync(connector, None).next_cursor
    pool = len(json.loads(Path(MINI).read_text("utf-8"))["live"])
    clock.advance(live_offset(2 * pool - 1, pool))
    seen: list[IncomingMessage] = []
    while (batch := _sync(connector, cursor)).messages:
        seen.extend(batch.messages)
        cursor = batch.next_cursor

    def round_of(m: IncomingMessage) -> int:
        return int(m.remote_id.removeprefix("live-")) // pool

    first = [m for m in seen if round_of(m) == 0]
    again = [m for m in seen if round_of(m) == 1]
    assert any(m.ding for m in first)
    # Played again as chatter, a DING's words (30 分钟内报送) came as a new order each round.
    ordered = [m for m in first if m.ding or m.mentions_me]
    assert [m.text for m in again] == [m.text for m in first if m not in ordered]
    assert not any(m.ding or m.mentions_me for m in again)


def test_an_edit_or_a_withdrawal_of_an_order_is_not_played_again_without_it(
    clock: ManualClock,
) -> None:
    workspace = json.loads(Path(MINI).read_text("utf-8"))
    # The DING, then its sender's edit of it and a withdrawal of the edit's target.
    workspace["live"] = [
        workspace["live"][1],
        {"edits": -1, "text": "紧急：马上到村委会集合，带上名册"},
        {"recalls": -2},
    ]
    connector = DemoConnector(workspace, clock)
    cursor = _sync(connector, None).next_cursor
    clock.advance(LIVE_INTERVAL * 3)
    batch = _sync(connector, cursor)
    assert [m.remote_id for m in batch.messages] == ["live-0"]
    assert [e.target_id for e in batch.edits] == ["live-0"]
    assert [r.target_id for r in batch.redactions] == ["live-0"]
    # The second round plays none of it: the edit would name a message never sent.
    clock.set(clock.now() - LIVE_INTERVAL * 3 + live_offset(5, 3))
    again = _sync(connector, batch.next_cursor)
    assert DemoCursor.decode(again.next_cursor).live == 6
    assert (again.messages, again.edits, again.redactions) == ((), (), ())


def test_a_scripted_re_ding_names_the_ding_it_repeats(clock: ManualClock) -> None:
    # As a Matrix one does: its card is the first DING's (sync.dings.re_ding_folds).
    posted = {"group": "g1", "sender": "u1", "text": "速回电", "ding": True}
    workspace = {
        "me": {"id": "u-me", "name": "测试员"},
        "groups": [
            {"id": "g1", "name": "群", "members": [{"id": "u1", "name": "甲", "role": "owner"}]}
        ],
        "messages": [
            {**posted, "id": "d1", "at": "-10m"},
            {**posted, "id": "d2", "at": "-5m", "repeats": "d1"},
            {**posted, "id": "n1", "at": "-4m", "ding": False, "repeats": "d1"},
        ],
    }
    batch = _sync(DemoConnector(workspace, clock), None)
    assert [(m.remote_id, m.repeats) for m in batch.messages] == [
        ("d1", None),
        ("d2", "d1"),
        ("n1", None),  # no DING repeats nothing
    ]


def test_a_weekday_in_a_text_is_said_from_the_day_it_is_posted(clock: ManualClock) -> None:
    # The clock's Monday; a message posted the evening before, a Sunday.
    sunday = {"at": "-1d 20:00", "group": "g1", "sender": "u1"}
    workspace = {
        "me": {"id": "u-me", "name": "测试员"},
        "groups": [
            {"id": "g1", "name": "群", "members": [{"id": "u1", "name": "甲", "role": "owner"}]}
        ],
        "messages": [
            {
                **sunday,
                "id": "w1",
                "text": "明天（{weekday+1}）|{week+3}|{week+7}|{week+15}|{week-1}|{date+1}",
            },
            {**sunday, "id": "w2", "text": "{weekday+7}前报"},
        ],
    }
    batch = _sync(DemoConnector(workspace, clock), None)
    (said,) = batch.messages
    assert said.text == "明天（周一）|下周三|下周日|12月7日|本周六|11月24日"
    # A bare 周日 said on a Sunday is today, not a week on: the script cannot mean it.
    assert [(b.remote_id, b.reason) for b in batch.bad_items] == [("w2", "malformed")]


# The demo first run on each day of one week (2026-11-23 is a Monday): at the time a tester
# first ran it, and after midnight, when the history's "minutes ago" falls on the day before.
_WEEK = [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]
_FIRST_RUNS = [datetime.combine(d, t, SHANGHAI) for d in _WEEK for t in (time(8, 45), time(0, 30))]
_WEEKDAYS = "一二三四五六日"
_SAID_ON = re.compile(r"周([一二三四五六日])了")  # 早上好☀️ 周一了
_DAY_AND_WEEKDAY = re.compile(r"(今天|明天|后天)[（(]周([一二三四五六日])[)）]")  # 明天（周五）
# 本周五前; not 这周一定追上来 ("this week for sure").
_THIS_WEEK = re.compile(r"(?:本|这)周([一二三四五六日])(?!定)")
_DAY_TOKEN = re.compile(r"\{(?:week|weekday)([+-]\d+)\}")


def _first_run(first: datetime) -> tuple[list[IncomingMessage], dict[str, Any]]:
    """Everything the demo shows: its history and a round of the live pool after it."""
    clock = ManualClock(first)
    connector = _demo(clock, None)
    batch = _sync(connector, None)
    assert batch.bad_items == ()
    seen = list(batch.messages)
    workspace = json.loads(resource("demo", "workspace.json").read_text("utf-8"))
    for _ in range(math.ceil(len(workspace["live"]) / LIVE_CATCH_UP)):
        clock.advance(LIVE_INTERVAL * LIVE_CATCH_UP)
        batch = _sync(connector, batch.next_cursor)
        assert batch.bad_items == ()
        seen.extend(batch.messages)
    return seen, workspace


@pytest.mark.parametrize("first", _FIRST_RUNS, ids=lambda t: t.strftime("%a-%H%M"))
def test_weekdays_the_demo_names_fit_the_day_each_message_is_posted(first: datetime) -> None:
    # A tester's Monday: "早上好☀️ 周一了" on Friday, and "明天（周五）" said on Monday.
    seen, _workspace = _first_run(first)
    wrong = []
    for m in seen:
        posted = m.ts.astimezone(SHANGHAI).date()
        if "{" in m.text:
            wrong.append(m.text)
        for said in _SAID_ON.finditer(m.text):
            if _WEEKDAYS.index(said[1]) != posted.weekday():
                wrong.append(f"{posted:%a}: {said[0]}")
        for said in _DAY_AND_WEEKDAY.finditer(m.text):
            day = posted + timedelta(days=("今天", "明天", "后天").index(said[1]))
            if _WEEKDAYS.index(said[2]) != day.weekday():
                wrong.append(f"{posted:%a}: {said[0]}")
        for said in _THIS_WEEK.finditer(m.text):
            if _WEEKDAYS.index(said[1]) < posted.weekday():
                wrong.append(f"{posted:%a}: {said[0]} (passed)")
    assert wrong == []


@pytest.mark.parametrize("first", _FIRST_RUNS, ids=lambda t: t.strftime("%a-%H%M"))
def test_each_weekday_the_demo_names_is_read_as_the_day_its_script_means(first: datetime) -> None:
    # The script says which day it means as days after the post ({week+4}: the Friday of
    # a Monday's notice); triage reads the words it became as that day.
    seen, workspace = _first_run(first)
    live = workspace["live"]
    raw_texts = {str(r["id"]): in_season(r["text"], first.month) for r in workspace["messages"]}
    checked = 0
    for m in seen:
        if m.remote_id.startswith("live-"):
            k = int(m.remote_id.removeprefix("live-")) % len(live)
            raw = in_season(live[k]["text"], m.ts.astimezone(SHANGHAI).month)
        else:
            raw = raw_texts[m.remote_id]
        meant = {
            m.ts.astimezone(SHANGHAI).date() + timedelta(days=int(n))
            for n in _DAY_TOKEN.findall(raw)
        }
        read = {found.day for found in scan(canonical(m.text), m.ts, SHANGHAI)}
        assert meant <= read, (m.remote_id, m.text)
        checked += len(meant)
    assert checked >= 30
