"""The messages around one in its group, as they came: what a 收到 answered."""

from __future__ import annotations

from datetime import timedelta

from desk.connectors.protocol import Redaction, SyncBatch
from desk.core.clock import ManualClock
from desk.store.conversation import conversation, conversation_places
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.store.test_inbox_queries import _NOTICE, _posted


def test_a_message_is_read_among_its_group_s_in_the_order_they_came(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("二组", "乙", "二组的事"),
        ("一组", "甲", "收到"),
        ("一组", "丙", "台账用哪个表？"),
        ("一组", "镇农业办", "用上周发的表"),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    cards = queries.rows(queries.page(View(ViewKind.ALL, search="哪个表")).ids)
    (question,) = cards.values()

    found = conversation(store.sessions, question.id)

    assert found is not None and found.group_name == "一组群"
    # The ack folded under the notice, and the answer after, in their places; nothing of 二组.
    assert [(s.sender_name, s.text, s.ack) for s in found.said] == [
        ("镇农业办", _NOTICE, False),
        ("甲", "收到", True),
        ("丙", "台账用哪个表？", False),
        ("镇农业办", "用上周发的表", False),
    ]
    assert found.said[2].id == found.message_id == question.id
    assert not found.more_before and not found.more_after


def test_a_long_group_is_read_so_far_each_side_and_says_there_is_more(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, *[("一组", f"人{n}", f"第{n}条消息的内容") for n in range(9)])
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (middle,) = queries.page(View(ViewKind.ALL, search="第4条")).ids

    found = conversation(store.sessions, middle, around=2)

    assert found is not None
    assert [s.sender_name for s in found.said] == ["人2", "人3", "人4", "人5", "人6"]
    assert found.more_before and found.more_after


def test_a_withdrawn_message_is_there_without_its_words(store: Store, clock: ManualClock) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), ("一组", "甲", "发错群了"))
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(account.id, batch)
    clock.advance(timedelta(minutes=1))
    gone = Redaction(target_id="p1", group_id="一组", ts=clock.now())
    ingest.apply(account.id, SyncBatch(next_cursor="gone", redactions=(gone,)))
    queries = InboxQueries(store.sessions)
    (notice,) = queries.page(View(ViewKind.ALL, search="秸秆")).ids

    found = conversation(store.sessions, notice)

    assert found is not None
    assert [(s.sender_name, s.withdrawn) for s in found.said] == [("镇农业办", False), ("甲", True)]


def test_a_folded_notice_is_read_in_each_group_it_was_forwarded_into(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: the card said "also in: 三组群, 二组群", and T showed only its own
    # group's conversation, not who had replied to the copies.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("三组", "镇农业办", f"转发：{_NOTICE}"),
        ("三组", "乙", "三组的台账周四报"),
        ("二组", "镇农业办", _NOTICE),
        ("三组", "镇农业办", f"【转】{_NOTICE}"),
        ("一组", "甲", "收到"),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (card,) = [r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values() if r.cluster]

    places = conversation_places(store.sessions, card.id)

    # The card's own group first, then each other group once, at its first copy.
    assert [p.group_name for p in places] == ["一组群", "三组群", "二组群"]
    assert places[0].message_id == card.id
    third = conversation(store.sessions, places[1].message_id)
    assert third is not None and third.group_name == "三组群"
    assert [s.text for s in third.said] == [
        f"转发：{_NOTICE}",
        "三组的台账周四报",
        f"【转】{_NOTICE}",
    ]
    assert third.said[0].id == third.message_id


def test_a_message_nothing_is_folded_with_has_its_own_group_alone(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), ("二组", "乙", "二组的事"))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (notice,) = queries.page(View(ViewKind.ALL, search="秸秆")).ids

    assert [p.group_name for p in conversation_places(store.sessions, notice)] == ["一组群"]
    assert conversation_places(store.sessions, notice + 100) == ()


def test_a_reply_waiting_to_a_copy_of_a_folded_notice_shows_on_its_card(
    store: Store, clock: ManualClock
) -> None:
    # 收到 from 二组's view (Shift+R on the copy there), offline: its card in All, where the
    # notice folds, said nothing of it, and then 收到 (我) once sent.
    from desk.sync.outbox import enqueue

    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), ("二组", "镇农业办", _NOTICE))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    enqueue(store, account.id, "二组", "收到", clock=clock, reply_to="p1")
    queries = InboxQueries(store.sessions)

    (card,) = queries.rows(queries.page(View(ViewKind.ALL)).ids).values()
    group = queries.page(View(ViewKind.GROUP, group_id=_group_id(store, "二组")))
    (copy,) = queries.rows(group.ids).values()

    assert card.remote_id == "p0" and card.also_in
    assert card.waiting_replies == ("收到",)
    assert copy.remote_id == "p1" and copy.waiting_replies == ("收到",)


def _group_id(store: Store, remote_id: str) -> int:
    from sqlalchemy import select

    from desk.store.models import Group

    with store.sessions() as session:
        found = session.scalar(select(Group.id).where(Group.remote_id == remote_id))
    assert found is not None
    return found
