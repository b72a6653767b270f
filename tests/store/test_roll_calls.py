"""Roll calls read with a page of cards: who of the units a notice asks has reported."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desk.core.clock import ManualClock
from desk.store import roll_calls
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.store import Store
from tests.helpers.seed import sync_demo


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


def _card(store: Store, needle: str, opening: str) -> InboxRow:
    queries = InboxQueries(store.sessions)
    ids = queries.page(View(ViewKind.ALL, search=needle), limit=50).ids
    return next(r for r in queries.rows(ids).values() if r.text.startswith(opening))


def test_the_audited_income_notice_lists_the_villages_yet_to_report(demo_store: Store) -> None:
    # From a tester: the card read 收到 ×2, and 洄水湾's word that its table was e-mailed
    # was a card of its own; nothing said which villages still owed it. (The demo's
    # November asks for this year's figures so far, its June for last year's.)
    row = _card(demo_store, "经营性收入明细", "请各村于")
    assert row.roll_call is not None
    assert row.roll_call.reported == ("洄水湾村",)
    assert set(row.roll_call.missing) == {"竹溪村", "杨梅岭村", "石门坎村", "上坪村", "花溪村"}


def test_the_district_notice_counts_the_villages_its_forwards_asked(demo_store: Store) -> None:
    # The district asked the towns; the township's forwards asked the villages, whose
    # reports (上坪村的表刚发…, 新街社区…报“零”) are what the township collects.
    row = _card(demo_store, "自建房", "云岫区安委办")
    assert row.roll_call is not None
    assert "白鹭镇" not in row.roll_call.expected
    assert {"上坪村", "新街社区", "竹溪村"} <= set(row.roll_call.reported)


def test_a_notice_no_unit_has_reported_on_has_no_roll_call(demo_store: Store) -> None:
    row = _card(demo_store, "经营性收入预估", "请各村于")
    assert row.roll_call is None


def _plans(store: Store, statement: str, **parameters: object) -> list[str]:
    with store.engine.connect() as conn:
        return [
            row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {statement}"), parameters)
        ]


def test_who_posted_lately_in_a_group_is_read_from_an_index_alone(demo_store: Store) -> None:
    # Read from the rows, the senders of a group's latest 2,000 messages cost opening a
    # group's view tens of ms at 100,000 messages (tests/bench/scale.py): every page of
    # their texts was decrypted for a name.
    plans = _plans(demo_store, roll_calls._SEEN.text, group=1, n=2000)
    reads = [p for p in plans if " messages " in f"{p} "]
    assert reads, plans
    assert all("COVERING INDEX ix_messages_group" in p for p in reads), plans


def test_a_notices_copies_are_found_by_its_cluster(demo_store: Store) -> None:
    # Left to choose, SQLite searched the index of acks for ack_of IS NULL: every card of
    # the account, read and decrypted. Opening a group's view took 290 ms at 100,000
    # messages, where it had taken 29 ms before roll calls.
    plans = _plans(demo_store, roll_calls._COPIES.text, account=1, head="m1")
    assert any("INDEX ix_messages_cluster (account_id=? AND cluster=?)" in p for p in plans), plans


def test_a_call_to_report_now_counts_who_has_answered(demo_store: Store) -> None:
    # From a tester: the district's 各镇（街道）15分钟内报当前累计转移人数 read 已逾期 20 分钟
    # with every village's figures in. The township's copy, 各村现在报当前累计转移人数，5分钟内！,
    # was not read as asking the villages to report.
    row = _card(demo_store, "累计转移", "各镇（街道）15分钟内报")
    assert row.roll_call is not None
    assert row.all_reported
    assert len(row.roll_call.reported) == 8


def test_a_reminder_of_who_has_not_reported_is_done_once_they_have(demo_store: Store) -> None:
    # From a tester: 郝文涛's 还差上坪村、新街社区没报 (04:15) stayed in 待办, due in 3.2 h,
    # though both reported at 05:30 and 05:35; the notice it chases, a card above, read 已报齐.
    row = _card(demo_store, "还差上坪村", "提醒：自建房")
    assert row.roll_call is not None
    assert row.roll_call.expected == ("上坪村", "新街社区")
    assert row.all_reported


def test_the_demo_users_town_is_guessed_and_said_apart(demo_store: Store) -> None:
    # The demo user is 桐坪镇-方晓宁 in the district's groups: under the district's call for
    # the towns' figures, 严国栋's 桐坪镇：累计转移89人 is the town's report.
    assert InboxQueries(demo_store.sessions).guessed_unit() == "桐坪镇"
    row = _card(demo_store, "累计转移", "各镇（街道）15分钟内报")
    assert row.roll_call is not None
    assert row.roll_call.own == "桐坪镇"
    assert row.roll_call.own_by == "严国栋"
    # The district's notice on self-built houses: the villages all reported to the town,
    # and the town has not reported to the district: the town still owes it.
    house = _card(demo_store, "自建房", "云岫区安委办")
    assert house.roll_call is not None and not house.roll_call.missing
    assert not house.all_reported
    assert house.roll_call.own == "桐坪镇" and not house.roll_call.own_reported


def test_the_unit_set_wins_over_the_guess(demo_store: Store) -> None:
    queries = InboxQueries(demo_store.sessions, lambda: "白鹭镇")
    ids = queries.page(View(ViewKind.ALL, search="累计转移"), limit=50).ids
    row = next(r for r in queries.rows(ids).values() if r.text.startswith("各镇（街道）15分钟内报"))
    assert row.roll_call is not None and row.roll_call.own == "白鹭镇"
    assert not row.roll_call.own_reported
