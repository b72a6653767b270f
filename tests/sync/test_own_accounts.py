"""Two accounts of one official: what either of them sent is the user's own under both
(a reply sent as @hantao, read by @second's sync first, is no card of someone else's).
Real store, real triage."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from desk.connectors.matrix.wire import outgoing_event
from desk.connectors.protocol import (
    DingRequest,
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    SendResult,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.delivery import Delivery
from desk.core.escalation import LadderConfig
from desk.core.messages import Role, Tier
from desk.core.reasons import ANSWERS, FROM_YOU, REPLIED
from desk.store import escalations
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.models import Account, Message
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.sync.accounts import set_shared
from desk.sync.ingest import Ingestor
from desk.sync.outbox import enqueue, flush, group_members, to_outgoing
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import NOTICE, post, room_batch, rows_by_account, two_accounts

HANTAO = "@hantao:synapse.local"
SECOND = "@second:synapse.local"
REPLY = "已安排安监站12月9日前完成自查"


def _cards(queries: InboxQueries, view: View | None = None) -> list[InboxRow]:
    page = queries.page(view or View(ViewKind.ALL))
    rows = queries.rows(page.ids)
    return [rows[i] for i in page.ids]


def _accounts(store: Store, clock: ManualClock) -> tuple[int, int]:
    first, second = two_accounts(store, clock)
    with store.transaction() as session:
        for account_id, user_id in ((first, HANTAO), (second, SECOND)):
            session.execute(
                update(Account).where(Account.id == account_id).values(config={"user_id": user_id})
            )
    return first, second


def _reply(at_minutes: int, sender: str = HANTAO) -> IncomingMessage:
    """The user's reply quoting the notice $n1, as the connector of an account that did
    not send it gives it: someone else's, by its sender's id."""
    return replace(
        post("$r1", datetime(2026, 11, 23, 10, at_minutes, tzinfo=SHANGHAI), REPLY),
        sender_id=sender,
        sender_name="刘敏",
        sender_role=Role.MEMBER,
        reply_to="$n1",
    )


@pytest.mark.parametrize("second_first", [True, False])
def test_a_reply_sent_under_one_account_is_the_users_own_under_the_other(
    store: Store, clock: ManualClock, second_first: bool
) -> None:
    first, second = _accounts(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    notice = post("$n1", clock.now())
    # Synced before: the reply is news to each account, not history.
    ingestor.apply(first, room_batch("a1", notice))
    ingestor.apply(second, room_batch("b1", notice))
    clock.advance(timedelta(minutes=5))
    as_sent = replace(_reply(5), from_me=True)  # the sending account's connector's
    order = [(second, _reply(5)), (first, as_sent)]
    for account_id, reply in order if second_first else reversed(order):
        ingestor.apply(account_id, room_batch(f"{account_id}b2", reply))
    rows = rows_by_account(store)
    for account_id in (first, second):
        row = rows[(account_id, "$r1")]
        assert any(code == FROM_YOU for code, _args in row.reasons), account_id
        assert row.tier != Tier.ACTION.value
        assert row.read
        # No news, and nothing for quiet hours to hold.
        assert row.notify_state == Delivery.SILENT.value
    # Under the notice as the user's reply (回复 ×1（我）), no card of its own in All or 通知.
    queries = InboxQueries(store.sessions)
    (card,) = _cards(queries)
    assert card.text == NOTICE
    assert [(a.text, a.yours) for a in card.answers] == [(REPLY, True)]
    assert _cards(queries, View(ViewKind.INFO)) == []


def test_a_reply_answers_the_message_it_quotes_not_the_latest_ding(
    store: Store, clock: ManualClock
) -> None:
    (first,) = two_accounts(store, clock, n=1)
    ingestor = Ingestor(store, SHANGHAI, clock)
    notice = post("$n1", clock.now())
    later = clock.now() + timedelta(minutes=2)
    ding = post("$d1", later, "请各镇今天12点前报送安全生产自查情况，收到请回复", ding=True)
    ingestor.apply(first, room_batch("a1", notice, ding))
    clock.advance(timedelta(minutes=5))
    # Quoting the notice, not the DING after it: 收到 and more, which triage alone took
    # for what the group's latest notice (the DING) is confirmed with.
    reply = replace(_reply(5), from_me=True, text="收到，" + REPLY)
    ingestor.apply(first, room_batch("a2", reply))
    rows = rows_by_account(store)
    stored = rows[(first, "$r1")]
    assert (stored.reply_to, stored.answers) == ("$n1", None)
    assert not any(code == ANSWERS for code, _args in stored.reasons)
    # What `desk inbox --json` says it answers.
    queries = InboxQueries(store.sessions)
    assert queries.rows([stored.id])[stored.id].answering == "$n1"
    # The notice quoted reads answered; the DING, still to confirm, does not.
    assert any(code == REPLIED for code, _args in rows[(first, "$n1")].reasons)
    assert not any(code == REPLIED for code, _args in rows[(first, "$d1")].reasons)
    by_text = {c.text: c for c in _cards(queries)}
    assert [a.text for a in by_text[NOTICE].answers] == ["收到，" + REPLY]
    assert by_text[ding.text].answers == ()


@pytest.mark.parametrize("words", [REPLY, "东山村已报", "我下午过去看看"])
def test_every_reply_of_the_users_is_listed_under_its_notice_not_a_card(
    store: Store, clock: ManualClock, words: str
) -> None:
    # A tester: some of their replies stood as cards in 通知 marked 我发出的, others not
    # (those with a task's words were made information, the rest kept triage's tier).
    (first,) = two_accounts(store, clock, n=1)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ingestor.apply(first, room_batch("a2", replace(_reply(5), from_me=True, text=words)))
    queries = InboxQueries(store.sessions)
    for kind in (ViewKind.ALL, ViewKind.INFO, ViewKind.ACTION, ViewKind.URGENT):
        assert [c.text for c in _cards(queries, View(kind))] == (
            [NOTICE] if kind in (ViewKind.ALL, ViewKind.ACTION) else []
        ), kind
    (card,) = _cards(queries)
    assert [(a.text, a.yours) for a in card.answers] == [(words, True)]
    # Nor in 杂项 or its group (fix48c listed it there still, under its quote as well), and
    # the badges say what the lists do.
    assert _cards(queries, View(ViewKind.NOISE)) == []
    (group,) = queries.group_counts()
    in_group = _cards(queries, View(ViewKind.GROUP, group_id=group.id))
    assert [c.text for c in in_group] == [NOTICE]
    assert group.unread == sum(not c.read for c in in_group)
    assert queries.view_counts().get(ViewKind.NOISE, 0) == 0
    # A search still finds it.
    assert words in [c.text for c in _cards(queries, View(search=words))]
    stored = rows_by_account(store)[(first, "$r1")]
    assert stored.tier == Tier.NOISE.value
    assert any(code == FROM_YOU for code, _args in stored.reasons)


def test_a_reply_of_the_users_to_a_message_never_stored_stays_in_its_group(
    store: Store, clock: ManualClock
) -> None:
    # Quoting what desk never stored (before its first sync): no card lists it.
    (first,) = two_accounts(store, clock, n=1)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n0", clock.now(), "今天下午三点开会")))
    clock.advance(timedelta(minutes=5))
    ingestor.apply(first, room_batch("a2", replace(_reply(5), from_me=True, text="东山村已报")))
    queries = InboxQueries(store.sessions)
    (group,) = queries.group_counts()
    listed = [c.text for c in _cards(queries, View(ViewKind.GROUP, group_id=group.id))]
    assert "东山村已报" in listed


def test_what_a_removed_account_sends_later_is_still_the_users_own(
    store: Store, clock: ManualClock
) -> None:
    """The phone still signed in as the removed account sends as the user: its reply,
    seen by the account left, is no card of someone else's."""
    first, second = _accounts(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    with store.transaction() as session:
        escalations.remove_account(session, second)
    clock.advance(timedelta(minutes=5))
    ingestor.apply(first, room_batch("a2", _reply(5, sender=SECOND)))
    row = rows_by_account(store)[(first, "$r1")]
    assert any(code == FROM_YOU for code, _args in row.reasons)
    assert row.tier != Tier.ACTION.value
    assert row.read
    assert row.notify_state == Delivery.SILENT.value


DUTY_DING = "请各村今晚8点前上报防汛值班表，收到请回复"


def _shared_second(store: Store, clock: ManualClock) -> tuple[int, int]:
    """@hantao, the official's own, and @second, a duty room's (值班室) signed in on
    several PCs, added as their second account and said shared."""
    first, second = _accounts(store, clock)
    set_shared(store, second, True)
    return first, second


def _rings(row: Message) -> bool:
    return (
        row.ding
        and not row.read
        and row.notify_state != Delivery.SILENT.value
        and not any(code == FROM_YOU for code, _args in row.reasons)
    )


def test_a_colleagues_ding_from_a_shared_account_rings_under_the_users_own(
    store: Store, clock: ManualClock
) -> None:
    # A tester: a colleague's DING from the duty room, an account the official had added,
    # was taken as their own: it never rang, and was marked read.
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    # Synced before: the DING is news, not history.
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    ingestor.apply(second, room_batch("b0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", ding))
    row = rows_by_account(store)[(first, "$d1")]
    assert _rings(row), (row.ding, row.read, row.notify_state, row.reasons)
    # Under the duty room's own account, sent from another PC (no transaction of this
    # desk's): someone else's post, unread, though no DING for it to confirm.
    as_sent = replace(ding, ding=False, from_me=True, own_ding=DingRequest(None, None))
    ingestor.apply(second, room_batch("b1", as_sent))
    row = rows_by_account(store)[(second, "$d1")]
    assert not any(code == FROM_YOU for code, _args in row.reasons)
    assert not row.ding


def test_what_this_desk_sent_from_a_shared_account_is_still_the_users_own(
    store: Store, clock: ManualClock
) -> None:
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    ingestor.apply(second, room_batch("b1", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    enqueue(store, second, "g", REPLY, clock=clock, reply_to="$n1")
    with store.transaction() as session:
        session.execute(update(OutboxItem).values(state="sent", remote_id="$r1"))
    # Echoed to its own session with the transaction id; seen by @hantao without one.
    ingestor.apply(second, room_batch("b2", replace(_reply(5, SECOND), from_me=True, txn_id="t")))
    ingestor.apply(first, room_batch("a2", _reply(5, SECOND)))
    rows = rows_by_account(store)
    for account_id in (first, second):
        row = rows[(account_id, "$r1")]
        assert any(code == FROM_YOU for code, _args in row.reasons), account_id
        assert row.read


def test_what_a_removed_shared_account_sends_later_is_still_someone_elses(
    store: Store, clock: ManualClock
) -> None:
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    with store.transaction() as session:
        escalations.remove_account(session, second)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", ding))
    assert _rings(rows_by_account(store)[(first, "$d1")])


def test_a_removed_account_said_shared_again_is_someone_elses_after_it_was_the_users(
    store: Store, clock: ManualClock
) -> None:
    # Removed before it was said shared (its id kept as the user's), added again shared.
    first, second = _accounts(store, clock)
    with store.transaction() as session:
        escalations.remove_account(session, second)
    (again,) = two_accounts(store, clock, n=1)
    with store.transaction() as session:
        session.execute(
            update(Account).where(Account.id == again).values(config={"user_id": SECOND})
        )
    set_shared(store, again, True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", ding))
    assert _rings(rows_by_account(store)[(first, "$d1")])


def test_turned_shared_the_messages_stored_from_it_are_sorted_again_as_someone_elses(
    store: Store, clock: ManualClock
) -> None:
    first, second = _accounts(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    urgent = replace(
        post("$u1", clock.now(), "紧急通知：请各村今晚8点前上报转移人数"),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=2))
    ingestor.apply(first, room_batch("a2", urgent))
    stored = rows_by_account(store)[(first, "$u1")]
    assert stored.read  # taken as the user's own
    assert set_shared(store, second, True) == 1
    while ingestor.resort(first) is not None:
        pass
    row = rows_by_account(store)[(first, "$u1")]
    assert not any(code == FROM_YOU for code, _args in row.reasons)
    assert not row.read
    assert row.tier == Tier.URGENT.value
    assert row.unsorted_by is None
    # Said the user's own again: read, theirs.
    assert set_shared(store, second, False) == 1
    while ingestor.resort(first) is not None:
        pass
    row = rows_by_account(store)[(first, "$u1")]
    assert any(code == FROM_YOU for code, _args in row.reasons)
    assert row.read
    assert set_shared(store, second, False) == 0


@pytest.mark.parametrize("duty_first", [True, False])
def test_a_colleagues_ding_from_a_shared_account_is_one_card_the_users_own_account_confirms(
    store: Store, clock: ManualClock, duty_first: bool
) -> None:
    # The same event under the duty room's account (sent from it, no DING to it) and the
    # official's own (a DING to them): one card, the DING, whichever syncs first.
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    ingestor.apply(second, room_batch("b0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    as_sent = replace(ding, ding=False, from_me=True, own_ding=DingRequest(None, None))
    order = [(second, as_sent), (first, ding)]
    for account_id, message in order if duty_first else reversed(order):
        ingestor.apply(account_id, room_batch(f"{account_id}b1", message))
    rows = rows_by_account(store)
    card, twin = rows[(first, "$d1")], rows[(second, "$d1")]
    assert (card.twin_of, twin.twin_of) == (None, card.id)
    assert _rings(card)


def test_turned_back_to_the_users_own_a_colleagues_ding_from_it_rings_no_more(
    store: Store, clock: ManualClock
) -> None:
    # Said shared, a colleague's DING from the duty room's id rang under the user's own
    # account. Said the user's own again, it is theirs (我发出的, read), as ingest stores
    # the user's own DINGs: no DING of theirs asks them to confirm it. Its ladder rang on.
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", ding))
    ladders = escalations.EscalationStore(store.sessions)
    config = LadderConfig()
    ladders.start_new(clock.now(), config, urgent_items=False)
    row = rows_by_account(store)[(first, "$d1")]
    assert [ladder.message_id for ladder in ladders.running(clock.now())] == [row.id]
    assert set_shared(store, second, False) == 1
    while ingestor.resort(first) is not None:
        pass
    ladders.start_new(clock.now(), config, urgent_items=False)
    assert ladders.running(clock.now()) == []
    row = rows_by_account(store)[(first, "$d1")]
    assert any(code == FROM_YOU for code, _args in row.reasons)
    assert (row.read, row.ding, row.pinned, row.mentions_me) == (True, False, False, False)


def test_added_again_as_shared_what_it_sent_while_kept_as_the_users_is_someone_elses(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The duty room's account, added before as the user's own and removed (its id kept
    # as theirs), then added again with `desk account add --shared`: what came from it
    # meanwhile under the user's own account, stored as theirs (read, no DING), stayed
    # so; said shared with `desk account shared`, it would have been sorted again.
    from desk.connectors import matrix
    from desk.connectors.matrix.connector import Credentials
    from desk.sync.sign_in import add_matrix_account

    first, second = _accounts(store, clock)
    with store.transaction() as session:
        escalations.remove_account(session, second)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=2))
    urgent = replace(
        post("$u1", clock.now(), "紧急通知：请各村今晚8点前上报转移人数"),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a2", urgent))
    assert rows_by_account(store)[(first, "$u1")].read  # taken as the user's own

    async def signed_in(*_args: object, **_kwargs: object) -> Credentials:
        return Credentials(SECOND, "token", "DEVICE")

    monkeypatch.setattr(matrix, "login", signed_in)
    added = add_matrix_account(store, clock, "https://synapse.local", SECOND, "secret", shared=True)
    assert not added.renewed
    while ingestor.resort(first) is not None:
        pass
    row = rows_by_account(store)[(first, "$u1")]
    assert not any(code == FROM_YOU for code, _args in row.reasons)
    assert not row.read
    assert row.tier == Tier.URGENT.value


class _Sends:
    """A connector that answers each send with `remote_id`."""

    def __init__(self, remote_id: str) -> None:
        self._remote_id = remote_id

    async def send(self, item: object) -> SendResult:
        return SendResult(self._remote_id)


def test_a_ding_sent_from_a_shared_account_synced_by_the_users_own_first_is_theirs(
    store: Store, clock: ManualClock
) -> None:
    # The server tells the user's own account's open sync of a DING sent from the duty
    # room's as it answers the send: stored before the outbox had its server id, it was a
    # colleague's DING, and the user's own rang at them.
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    enqueue(store, second, "g", DUTY_DING, clock=clock)
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    ingestor.apply(first, room_batch("a1", ding))
    assert _rings(rows_by_account(store)[(first, "$d1")])
    ladders = escalations.EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert asyncio.run(flush(_Sends("$d1"), second, store, clock)).sent == 1  # type: ignore[arg-type]
    row = rows_by_account(store)[(first, "$d1")]
    assert any(code == FROM_YOU for code, _args in row.reasons)
    assert (row.read, row.ding, row.notify_state) == (True, False, Delivery.SILENT.value)
    assert ladders.running(clock.now()) == []


def test_what_this_desk_sent_from_a_shared_account_is_the_users_own_after_its_removal(
    store: Store, clock: ManualClock
) -> None:
    # The user's own account offline as the duty room's was removed: its outbox went with
    # it, and the DING the user had sent from it, synced later, was a colleague's that
    # rang at them.
    first, second = _shared_second(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a0", post("$n1", clock.now())))
    clock.advance(timedelta(minutes=5))
    enqueue(store, second, "g", DUTY_DING, clock=clock)
    assert asyncio.run(flush(_Sends("$d1"), second, store, clock)).sent == 1  # type: ignore[arg-type]
    with store.transaction() as session:
        escalations.remove_account(session, second)
    ding = replace(
        post("$d1", clock.now(), DUTY_DING, ding=True),
        sender_id=SECOND,
        sender_name="值班室",
        sender_role=Role.MEMBER,
    )
    colleagues = replace(ding, remote_id="$d2")
    ingestor.apply(first, room_batch("a1", ding, colleagues))
    rows = rows_by_account(store)
    assert any(code == FROM_YOU for code, _args in rows[(first, "$d1")].reasons)
    assert not rows[(first, "$d1")].ding
    # What a colleague sent from it is still someone else's: it rings.
    assert _rings(rows[(first, "$d2")])


def test_the_users_text_never_mentions_their_other_accounts(
    store: Store, clock: ManualClock
) -> None:
    # A tester signed "收到，刘敏" from @liumin: @liumin2, the user's other account of the
    # same display name, was in m.mentions. A shared account (a duty room's, a colleague
    # there) is someone else: its name written tells it.
    first, _second = _accounts(store, clock)
    duty = two_accounts(store, clock, 1)[0]
    with store.transaction() as session:
        session.execute(
            update(Account).where(Account.id == duty).values(config={"user_id": "@duty:s"})
        )
    set_shared(store, duty, True)
    members = (
        MemberInfo(HANTAO, "刘敏", Role.MEMBER),
        MemberInfo(SECOND, "刘敏", Role.MEMBER),
        MemberInfo("@duty:s", "值班室", Role.MEMBER),
        MemberInfo("u1", "王五", Role.OWNER),
    )
    now = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    Ingestor(store, SHANGHAI, clock).apply(
        first,
        SyncBatch("a1", (GroupInfo("g", "桐坪镇党政办", members=members),), (post("$n1", now),)),
    )
    item = OutboxItem(
        account_id=first,
        txn_id="t1",
        group_remote_id="g",
        text="收到，刘敏。请值班室和王五留意",
        reply_to="$n1",
    )
    found = group_members(store, first, [item])
    outgoing = to_outgoing(item, "u1", found.get("g", ()))
    _type, content = outgoing_event(outgoing, HANTAO)
    assert content["m.mentions"] == {"user_ids": ["u1", "@duty:s"]}
