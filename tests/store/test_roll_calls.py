"""Roll calls read with a page of cards: who of the units a notice asks has reported."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from sqlcipher3.dbapi2 import Cursor

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, Redaction, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.core.triage.roll_call import RollCall
from desk.store import roll_calls
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
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
    for statement in (roll_calls._SENDERS, roll_calls._WINDOW):
        plans = _plans(demo_store, statement, group=1, n=2000)
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


# A township's group: its office asks the villages to report, each village's staff a member.
_OFFICE = MemberInfo("u0", "镇党政办-王五", Role.OWNER)
_VILLAGERS = tuple(
    MemberInfo(f"u{n}", name, Role.MEMBER)
    for n, name in enumerate(("上坪村-张三", "竹溪村-李四", "花溪村-赵六"), start=1)
)


def _said(
    remote_id: str, at: datetime, sender: MemberInfo | tuple[str, str], said: str
) -> IncomingMessage:
    user_id, name = (sender.user_id, sender.name) if isinstance(sender, MemberInfo) else sender
    return IncomingMessage(remote_id, "g", user_id, name, Role.MEMBER, at, said)


def _in_group(
    cursor: str, *said: IncomingMessage, members: tuple[MemberInfo, ...] = ()
) -> SyncBatch:
    group = GroupInfo("g", "桐坪镇党政办", members=(_OFFICE, *_VILLAGERS, *members))
    return SyncBatch(cursor, (group,), said)


def _notices_call(queries: InboxQueries) -> RollCall:
    (row,) = [
        r
        for r in queries.rows(queries.page(View(ViewKind.ALL), limit=50).ids).values()
        if r.text.startswith("请各村")
    ]
    assert row.roll_call is not None
    return row.roll_call


@pytest.fixture
def called(store: Store, clock: ManualClock) -> tuple[Ingestor, int]:
    """The office's notice asking the villages to report, and 上坪村's report on it."""
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    at = clock.now() - timedelta(hours=1)
    ingestor.apply(
        account.id,
        _in_group(
            "c1",
            _said("$notice", at, _OFFICE, "请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。"),
            _said(
                "$shangping",
                at + timedelta(minutes=5),
                _VILLAGERS[0],
                "上坪村：秸秆禁烧巡查台账已报送，无火点",
            ),
        ),
    )
    return ingestor, account.id


def _senders_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the senders of a group's latest messages are read from now on."""
    read = [0]
    reading = roll_calls._senders

    def counted(cursor: Cursor, group: int) -> tuple[str, ...]:
        read[0] += 1
        return reading(cursor, group)

    monkeypatch.setattr(roll_calls, "_senders", counted)
    return read


def test_a_roll_call_read_again_counts_the_units_come_since(
    store: Store, clock: ManualClock, called: tuple[Ingestor, int]
) -> None:
    # Who posted lately in a group is kept from page to page (roll_calls.SendersSeen): a
    # village that joined the group, or posted in it, since the last read is counted at
    # the next, and one whose only word there was withdrawn no longer is.
    ingestor, account = called
    queries = InboxQueries(store.sessions)
    first = _notices_call(queries)
    assert first.expected == ("上坪村", "竹溪村", "花溪村")
    assert first.reported == ("上坪村",)
    assert _notices_call(queries) == first

    joined = MemberInfo("u7", "石门坎村-孙七", Role.MEMBER)
    ingestor.apply(account, _in_group("c2", members=(joined,)))
    assert _notices_call(queries).expected == ("上坪村", "竹溪村", "花溪村", "石门坎村")

    # Not a member: seen by their 收到 alone, no report; then 花溪村 reports.
    ingestor.apply(
        account,
        _in_group(
            "c3",
            _said("$ack", clock.now() - timedelta(minutes=30), ("u8", "杨梅岭村-周八"), "收到"),
            _said(
                "$huaxi",
                clock.now() - timedelta(minutes=10),
                _VILLAGERS[2],
                "花溪村：秸秆禁烧巡查台账已报送",
            ),
            members=(joined,),
        ),
    )
    after = _notices_call(queries)
    assert after.expected == ("上坪村", "竹溪村", "花溪村", "石门坎村", "杨梅岭村")
    assert after.reported == ("上坪村", "花溪村")

    # Withdrawn, the 收到 leaves the store, and 杨梅岭村 is no longer seen in the group,
    # though the group's newest message is the same.
    ingestor.apply(account, SyncBatch("c4", redactions=(Redaction("$ack", "g"),)))
    withdrawn = _notices_call(queries)
    assert withdrawn.expected == ("上坪村", "竹溪村", "花溪村", "石门坎村")
    assert withdrawn.reported == ("上坪村", "花溪村")
    # Each read as a fresh InboxQueries reads it.
    assert _notices_call(queries) == _notices_call(InboxQueries(store.sessions))


def test_a_groups_senders_are_read_once_for_each_thread_until_it_changes(
    store: Store, clock: ManualClock, called: tuple[Ingestor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2,000 senders read for each card asking units, on every page and every re-read,
    # took 87 % of reading 27 cards near All's 10,000th row at 100,000 messages.
    ingestor, account = called
    queries = InboxQueries(store.sessions)
    read = _senders_read(monkeypatch)
    first = _notices_call(queries)
    assert read[0] == 1
    assert _notices_call(queries) == first
    assert read[0] == 1
    # Another thread (the GUI's, where a test's model reads itself) keeps its own.
    elsewhere = threading.Thread(target=_notices_call, args=(queries,))
    elsewhere.start()
    elsewhere.join()
    assert read[0] == 2
    _notices_call(queries)
    assert read[0] == 2
    ingestor.apply(
        account, _in_group("c2", _said("$more", clock.now(), _VILLAGERS[1], "请问台账模板在哪"))
    )
    _notices_call(queries)
    assert read[0] == 3
