"""Confirmations of the DINGs the user sends: stored once, through the demo and by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desk.connectors.demo import SentDing
from desk.connectors.protocol import (
    AckEvent,
    DingRequest,
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    Redaction,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Role
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Account, DingConfirmation, Message
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.dings import DingOutbox, ReDingRefused
from desk.sync.ingest import Ingestor
from desk.sync.outbox import pending
from tests.conftest import SHANGHAI
from tests.helpers.demo_desk import DemoAccount

GROUP = "g05"  # 桐坪镇防汛应急指挥群


@pytest.fixture
def demo(store: Store, clock: ManualClock) -> Iterator[DemoAccount]:
    account = DemoAccount(store, clock)
    account.round()
    yield account
    account.close()


def test_colleagues_confirm_a_ding_over_the_next_minutes(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    dings = DingOutbox(store, clock)
    dings.send(demo.ref.id, GROUP, "紧急：今晚8点前各村上报转移人数", deadline=None)
    demo.round()
    (sent,) = dings.sent()
    assert sent.sent and sent.remote_id is not None
    everyone = sent.roster.expected
    assert everyone == len(dings.members(demo.ref.id, GROUP)) > 10
    assert "u-me" not in {p.user_id for p in sent.roster.unconfirmed}
    assert sent.roster.confirmed == ()

    seen = [0]
    for _ in range(12):
        clock.advance(timedelta(minutes=1))
        demo.round()
        seen.append(len(dings.sent()[0].roster.confirmed))
    assert seen == sorted(seen), "confirmations only accumulate"
    final = dings.sent()[0].roster
    assert 0 < len(final.confirmed) < everyone, "most confirm, some never do"
    assert final.expected == everyone
    assert all(c.name and c.name != c.user_id for c in final.confirmed)
    assert all(sent.created < c.ts <= clock.now() for c in final.confirmed)
    # A few confirmed with a "收到" reply, the others with an acknowledgement event.
    with store.sessions() as session:
        sources = dict(
            session.execute(
                select(DingConfirmation.source, func.count()).group_by(DingConfirmation.source)
            ).all()
        )
    assert sources.get("ack", 0) > 0 and sources.get("reply", 0) > 0


def test_a_ding_to_some_members_waits_only_for_them(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    dings = DingOutbox(store, clock)
    members = dings.members(demo.ref.id, GROUP)
    chosen = tuple(p.user_id for p in members[:3])
    deadline = datetime(2026, 11, 23, 12, 0, tzinfo=SHANGHAI)
    dings.send(demo.ref.id, GROUP, "请三位站长马上回电", deadline=deadline, recipients=chosen)
    demo.round()
    (sent,) = dings.sent()
    assert sent.deadline == deadline and sent.recipients == chosen
    assert [p.user_id for p in sent.roster.unconfirmed] == list(chosen)
    clock.advance(timedelta(minutes=15))
    demo.round()
    roster = dings.sent()[0].roster
    assert {c.user_id for c in roster.confirmed} <= set(chosen)
    assert roster.expected == 3


def test_a_colleague_the_ding_did_not_ask_confirms_nothing(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    dings = DingOutbox(store, clock)
    members = dings.members(demo.ref.id, GROUP)
    chosen = tuple(p.user_id for p in members[:2])
    other = members[2].user_id
    dings.send(demo.ref.id, GROUP, "请两位站长马上回电", deadline=None, recipients=chosen)
    demo.round()
    (sent,) = dings.sent()
    assert sent.remote_id is not None
    # Someone else in the group answers 收到 to it (a receipt, as any member may send).
    late = AckEvent("x1", GROUP, other, sent.remote_id, clock.now() + timedelta(seconds=30))
    Ingestor(store, SHANGHAI, clock).apply(demo.ref.id, SyncBatch(next_cursor="x1", acks=(late,)))

    roster = dings.sent()[0].roster
    assert other not in {c.user_id for c in roster.confirmed}
    assert roster.expected == 2, "the roster counts the two it was sent to"


def test_re_ding_is_refused_within_five_minutes_and_goes_to_the_unconfirmed(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    dings = DingOutbox(store, clock)
    dings.send(demo.ref.id, GROUP, "紧急：防汛值班人员立即到岗")
    demo.round()
    (sent,) = dings.sent()
    clock.advance(timedelta(minutes=4, seconds=30))
    demo.round()
    with pytest.raises(ReDingRefused) as refused:
        dings.re_ding(sent.outbox_id)
    assert refused.value.wait == timedelta(seconds=30)
    clock.advance(timedelta(seconds=30))
    demo.round()
    before = dings.sent()[0].roster
    assert before.unconfirmed
    txn = dings.re_ding(sent.outbox_id)
    with pytest.raises(ReDingRefused):
        dings.re_ding(sent.outbox_id)  # the re-DING restarts the five minutes
    (again,) = dings.sent()
    assert again.re_dings == 1 and again.last_ding == clock.now()
    demo.round()
    with store.sessions() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == txn)).one()
        assert item.ding is not None
        assert item.ding["recipients"] == [p.user_id for p in before.unconfirmed]
        assert item.state == "sent"
    clock.advance(timedelta(minutes=10))
    demo.round()
    after = dings.sent()[0].roster
    # Confirmations of the re-DING count for the DING.
    assert len(after.confirmed) > len(before.confirmed)
    assert after.expected == before.expected


def test_acks_and_ack_replies_are_stored_once(store: Store, clock: ManualClock) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    members = (
        MemberInfo("u1", "钟书记", Role.OWNER),
        MemberInfo("u2", "李站长", Role.MEMBER),
        MemberInfo("u3", "王主任", Role.MEMBER),
    )
    now = clock.now()

    def msg(remote_id: str, sender: str, text: str, **kw: object) -> IncomingMessage:
        name = {m.user_id: m.name for m in members}[sender]
        return IncomingMessage(
            remote_id,
            "g1",
            sender,
            name,
            Role.MEMBER,
            now + timedelta(minutes=len(remote_id)),
            text,
            **kw,  # type: ignore[arg-type]
        )

    ding = msg("d1", "u1", "紧急：全体人员十分钟内到镇政府集合", ding=True)
    batch = SyncBatch(
        next_cursor="c1",
        groups=(GroupInfo("g1", "镇机关干部群", members=members),),
        messages=(
            ding,
            msg("r1", "u2", "收到", reply_to="d1"),
            msg("r22", "u3", "收到，但我们村今天人手不够，能否延后？", reply_to="d1"),
        ),
        acks=(AckEvent("a1", "g1", "u3", "d1", now + timedelta(minutes=5)),),
    )
    result = ingestor.apply(account.id, batch)
    assert result.confirmations == 2
    again = SyncBatch(next_cursor="c2", acks=(*batch.acks, AckEvent("a2", "g1", "u2", "d1", now)))
    assert ingestor.apply(account.id, again).confirmations == 0
    with store.sessions() as session:
        rows = session.execute(
            select(
                DingConfirmation.user_id, DingConfirmation.name, DingConfirmation.source
            ).order_by(DingConfirmation.user_id)
        ).all()
    assert [tuple(r) for r in rows] == [("u2", "李站长", "reply"), ("u3", "王主任", "ack")]


@pytest.mark.parametrize(
    "how", ["reply from the phone", "promise from the phone", "another desk's acknowledgement"]
)
def test_a_ding_the_user_confirmed_on_another_device_stops_alerting(
    store: Store, clock: ManualClock, how: str
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    members = (MemberInfo("u1", "钟书记", Role.OWNER), MemberInfo("u-me", "方晓宇", Role.MEMBER))
    ding = IncomingMessage(
        "d1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), "紧急：十分钟内到镇政府集合", ding=True
    )
    first = SyncBatch(
        next_cursor="c1",
        groups=(GroupInfo("g1", "镇机关干部群", members=members),),
        messages=(ding,),
    )
    ingestor.apply(account.id, first)
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), False) == 1
    with store.sessions() as session:
        ding_id = session.scalars(select(Message.id).where(Message.remote_id == "d1")).one()
    assert escalations.is_running(ding_id)

    clock.advance(timedelta(minutes=2))
    # ui44: a promise with the 收到, listed among the user's replies since (not as an ack),
    # no longer confirmed the DING it quoted: it went on ringing.
    if how != "another desk's acknowledgement":
        reply = IncomingMessage(
            "r1",
            "g1",
            "u-me",
            "方晓宇",
            Role.MEMBER,
            clock.now(),
            "收到" if how == "reply from the phone" else "收到，马上到",
            reply_to="d1",
            from_me=True,
        )
        later = SyncBatch(next_cursor="c2", messages=(reply,))
    else:
        _own_id(store, account.id, "u-me")
        later = SyncBatch(next_cursor="c2", acks=(AckEvent("a1", "g1", "u-me", "d1", clock.now()),))
    ingestor.apply(account.id, later)

    assert not escalations.is_running(ding_id)
    with store.sessions() as session:
        stored = session.get_one(Message, ding_id)
        assert not stored.pinned and stored.read
        # The sender has the confirmation already: nothing is sent again.
        assert session.scalars(select(OutboxItem).where(OutboxItem.ack_of == "d1")).all() == []
    assert escalations.start_new(clock.now(), LadderConfig(), False) == 0


def _ding_waiting(
    store: Store, clock: ManualClock, *messages: IncomingMessage
) -> tuple[int, Ingestor, EscalationStore]:
    """The account (the user is u-me) with these messages in, their DINGs' ladders running."""
    (account,) = ensure_default_account(store, clock)
    _own_id(store, account.id, "u-me")
    members = (
        MemberInfo("u1", "钟书记", Role.OWNER),
        MemberInfo("u2", "李站长", Role.MEMBER),
        MemberInfo("u-me", "方晓宇", Role.MEMBER),
    )
    ingestor = Ingestor(store, SHANGHAI, clock)
    first = SyncBatch(
        next_cursor="c1",
        groups=(GroupInfo("g1", "镇机关干部群", members=members),),
        messages=messages,
    )
    ingestor.apply(account.id, first)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    return account.id, ingestor, escalations


def _message_id(store: Store, remote_id: str) -> int:
    with store.sessions() as session:
        return session.scalars(select(Message.id).where(Message.remote_id == remote_id)).one()


def _posted(remote_id: str, sender: str, at: datetime, text: str, **kw: Any) -> IncomingMessage:
    names = {"u1": "钟书记", "u2": "李站长", "u-me": "方晓宇"}
    return IncomingMessage(remote_id, "g1", sender, names[sender], Role.MEMBER, at, text, **kw)


def test_a_shou_dao_the_user_gave_another_message_leaves_the_ding_alerting(
    store: Store, clock: ManualClock
) -> None:
    t0 = clock.now()
    notice = _posted("x1", "u2", t0, "明天上午九点在三楼会议室开周例会")
    d1 = _posted("d1", "u1", t0 + timedelta(minutes=1), "紧急：十分钟内到镇政府集合", ding=True)
    d2 = _posted("d2", "u2", t0 + timedelta(minutes=2), "紧急：立即上报转移人数", ding=True)
    account_id, ingestor, escalations = _ding_waiting(store, clock, notice, d1, d2)
    clock.advance(timedelta(minutes=3))
    # From the phone: 收到 to the meeting notice, then to d1 (triage attaches a bare 收到
    # to the last message, d2, by its time alone).
    replies = (
        _posted("r1", "u-me", clock.now(), "收到", reply_to="x1", from_me=True),
        _posted("r2", "u-me", clock.now(), "收到", reply_to="d1", from_me=True),
    )
    ingestor.apply(account_id, SyncBatch(next_cursor="c2", messages=replies))
    assert not escalations.is_running(_message_id(store, "d1"))
    assert escalations.is_running(_message_id(store, "d2"))


def test_a_confirmation_taken_back_counts_no_more_and_the_user_s_alerts_again(
    store: Store, clock: ManualClock
) -> None:
    d1 = _posted("d1", "u1", clock.now(), "紧急：十分钟内到镇政府集合", ding=True)
    account_id, ingestor, escalations = _ding_waiting(store, clock, d1)
    ding = _message_id(store, "d1")
    clock.advance(timedelta(minutes=1))
    reactions = (
        AckEvent("$colleague", "g1", "u2", "d1", clock.now()),
        AckEvent("$mine", "g1", "u-me", "d1", clock.now()),
    )
    ingestor.apply(account_id, SyncBatch(next_cursor="c2", acks=reactions))
    assert not escalations.is_running(ding)
    clock.advance(timedelta(minutes=1))
    # Clicking a 👍 again in Element takes it back (the reaction is redacted).
    taken_back = (Redaction("$colleague", "g1"), Redaction("$mine", "g1"))
    ingestor.apply(account_id, SyncBatch(next_cursor="c3", redactions=taken_back))
    with store.sessions() as session:
        assert session.scalars(select(DingConfirmation.user_id)).all() == []
        stored = session.get_one(Message, ding)
        assert stored.pinned and not stored.read
    assert escalations.is_running(ding)


def test_a_ding_whose_confirmation_is_taken_back_waits_in_its_place_again(
    store: Store, clock: ManualClock
) -> None:
    # Confirmed elsewhere, a DING with no due time lists at the foot of 紧急 (ui44b);
    # taken back, it waits again, among the DINGs waiting in the order they had.
    t0 = clock.now()
    d1 = _posted("d1", "u1", t0, "紧急：全体到镇政府集合", ding=True)
    d2 = _posted("d2", "u2", t0 + timedelta(minutes=1), "紧急：请到镇政府集合", ding=True)
    account_id, ingestor, _escalations = _ding_waiting(store, clock, d1, d2)
    queries = InboxQueries(store.sessions)
    waiting = queries.page(View(ViewKind.URGENT)).ids
    # The newer first, as they came with nothing else to tell them apart.
    assert waiting == [_message_id(store, "d2"), _message_id(store, "d1")]
    clock.advance(timedelta(minutes=2))
    mine = (AckEvent("$mine", "g1", "u-me", "d2", clock.now()),)
    ingestor.apply(account_id, SyncBatch(next_cursor="c2", acks=mine))
    assert queries.page(View(ViewKind.URGENT)).ids == waiting[::-1]
    clock.advance(timedelta(minutes=1))
    taken_back = (Redaction("$mine", "g1"),)
    ingestor.apply(account_id, SyncBatch(next_cursor="c3", redactions=taken_back))
    assert queries.page(View(ViewKind.URGENT)).ids == waiting


def _own_id(store: Store, account_id: int, user_id: str) -> None:
    with store.transaction() as session:
        account = session.get_one(Account, account_id)
        account.config = {**account.config, "user_id": user_id}


def test_an_ack_of_something_that_is_no_ding_is_not_a_confirmation(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = SyncBatch(next_cursor="c1", acks=(AckEvent("a1", "g1", "u3", "nope", clock.now()),))
    assert Ingestor(store, SHANGHAI, clock).apply(account.id, batch).confirmations == 0


def test_the_demo_schedule_follows_from_the_txn_id() -> None:
    sent = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    a = SentDing("desk-abc", "g05", sent, ("u1", "u2", "u3", "u4", "u5", "u6"))
    assert a.schedule() == SentDing.from_json(a.to_json()).schedule()
    assert a.schedule() != SentDing("desk-abd", "g05", sent, a.targets).schedule()
    assert all(
        sent + timedelta(seconds=30) <= t <= sent + timedelta(minutes=9)
        for _u, t, _r in a.schedule()
    )


@pytest.mark.parametrize("txn", [f"desk-{n:04x}" for n in range(40)])
def test_every_demo_ding_has_someone_silent_and_someone_replying(txn: str) -> None:
    sent = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    targets = tuple(f"u{n}" for n in range(12))
    schedule = SentDing(txn, "g05", sent, targets).schedule()
    assert len(schedule) == 10  # two of twelve never confirm
    assert sum(by_reply for _u, _t, by_reply in schedule) == 2
    assert len(SentDing(txn, "g05", sent, ("u1",)).schedule()) == 1


def test_a_ding_waits_in_the_outbox_until_sent(store: Store, clock: ManualClock) -> None:
    (account,) = ensure_default_account(store, clock)
    dings = DingOutbox(store, clock)
    dings.send(account.id, "g1", "紧急")
    (pending,) = dings.sent()
    assert not pending.sent
    with pytest.raises(ReDingRefused):
        dings.re_ding(pending.outbox_id)


def test_a_ding_the_user_withdrew_elsewhere_leaves_dings_i_sent_with_its_words(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    # From review: withdrawn on the phone, its words stayed in the outbox, the roster
    # listed it with 22 unconfirmed, and a re-DING would have sent it to them again.
    dings = DingOutbox(store, clock)
    words = "紧急：今晚8点前各村上报转移人数"
    dings.send(demo.ref.id, GROUP, words)
    demo.round()
    (sent,) = dings.sent()
    assert sent.remote_id is not None
    withdrawn = Redaction(sent.remote_id, GROUP, clock.now())
    Ingestor(store, SHANGHAI, clock).apply(demo.ref.id, SyncBatch("wd", redactions=(withdrawn,)))
    assert dings.sent() == []
    with store.sessions() as session:
        assert words not in session.scalars(select(OutboxItem.text)).all()
    clock.advance(timedelta(minutes=6))
    with pytest.raises(ReDingRefused):
        dings.re_ding(sent.outbox_id)


def test_a_ding_from_the_phone_is_never_sent_and_desk_s_re_ding_of_it_counts_for_it(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    # The user DINGs three colleagues from the phone; at the office PC desk shows its
    # roster, and a re-DING from there to the two still silent counts for the same DING.
    dings = DingOutbox(store, clock)
    asked = tuple(p.user_id for p in dings.members(demo.ref.id, GROUP)[:3])
    words = "紧急：三位站长马上回电"
    phone = IncomingMessage(
        "$phone-1",
        GROUP,
        "u-me",
        "方晓宁",
        Role.MEMBER,
        clock.now(),
        words,
        from_me=True,
        own_ding=DingRequest(recipients=asked),
    )
    ingestor = Ingestor(store, SHANGHAI, clock)
    with store.sessions() as session:
        cursor = session.get_one(Account, demo.ref.id).cursor
    assert cursor is not None

    def arrives(**batch: Any) -> int:
        # Between the demo's own rounds, which go on from its cursor.
        return ingestor.apply(demo.ref.id, SyncBatch(cursor, **batch)).confirmations

    arrives(messages=(phone,))
    # The same batch again (its cursor lost in a crash): one DING still.
    arrives(messages=(phone,))
    (sent,) = dings.sent()
    assert (sent.remote_id, sent.recipients, sent.roster.expected) == ("$phone-1", asked, 3)
    clock.advance(timedelta(minutes=1))
    assert arrives(acks=(AckEvent("$ack-1", GROUP, asked[0], "$phone-1", clock.now()),)) == 1

    assert pending(store, demo.ref.id) == []
    demo.round()
    with store.sessions() as session:
        mine = session.scalars(select(Message.text).where(Message.sender_id == "u-me")).all()
    assert mine.count(words) == 1, "the phone sent it; desk never does"

    clock.advance(timedelta(minutes=5))
    dings.re_ding(sent.outbox_id)
    demo.round()
    for _ in range(10):
        clock.advance(timedelta(minutes=1))
        demo.round()
    (again,) = dings.sent()
    assert again.outbox_id == sent.outbox_id and again.re_dings == 1
    assert {c.user_id for c in again.roster.confirmed} == set(asked)
    assert again.roster.unconfirmed == ()


def test_a_plain_shou_dao_confirms_the_ding_its_sender_still_owes_not_the_last_message(
    store: Store, clock: ManualClock
) -> None:
    # A township secretary (a tester): after 大坪村's report, 赵支书, the last of two DINGs'
    # unconfirmed, sent a plain 收到. It showed as 收到 ×1 under the report, and both
    # DINGs kept him 未确认.
    (account,) = ensure_default_account(store, clock)
    _own_id(store, account.id, "u-me")
    members = (
        MemberInfo("u-me", "方晓宁", Role.OWNER),
        MemberInfo("u1", "赵支书", Role.MEMBER),
        MemberInfo("u2", "大坪村-李主任", Role.MEMBER),
    )
    t0 = clock.now()

    def said(remote_id: str, sender: str, minutes: int, text: str, **kw: Any) -> IncomingMessage:
        name = {m.user_id: m.name for m in members}[sender]
        at = t0 + timedelta(minutes=minutes)
        return IncomingMessage(remote_id, "g1", sender, name, Role.MEMBER, at, text, **kw)

    asked = DingRequest(recipients=("u1", "u2"))
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(
        account.id,
        SyncBatch(
            "c1",
            groups=(GroupInfo("g1", "镇防汛群", members=members),),
            messages=(
                said("d1", "u-me", 0, "紧急：各村支书立即到岗", from_me=True, own_ding=asked),
                said("d2", "u-me", 5, "紧急：今晚8点前上报转移人数", from_me=True, own_ding=asked),
            ),
            acks=(
                AckEvent("a1", "g1", "u2", "d1", t0 + timedelta(minutes=6)),
                AckEvent("a2", "g1", "u2", "d2", t0 + timedelta(minutes=7)),
            ),
        ),
    )
    report = said("r", "u2", 20, "大坪村已转移7人，累计转移7人")
    ingestor.apply(account.id, SyncBatch("c2", messages=(report, said("k1", "u1", 21, "收到"))))

    dings = {d.remote_id: d for d in DingOutbox(store, clock).sent()}
    assert [p.user_id for p in dings["d2"].roster.unconfirmed] == []
    assert [p.user_id for p in dings["d1"].roster.unconfirmed] == ["u1"]
    with store.sessions() as session:
        ack_of = dict(session.execute(select(Message.remote_id, Message.ack_of)).all())
    assert ack_of["k1"] == "d2"
    # His next 收到 confirms the other one he owes.
    ingestor.apply(account.id, SyncBatch("c3", messages=(said("k2", "u1", 22, "收到"),)))
    assert DingOutbox(store, clock).sent()[1].roster.unconfirmed == ()


def test_a_shou_dao_with_a_question_confirms_the_ding_and_stays_a_reply(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    dings = DingOutbox(store, clock)
    members = dings.members(demo.ref.id, GROUP)
    asker, quiet, silent, outsider = (p.user_id for p in members[:4])
    chosen = (asker, quiet, silent)
    dings.send(demo.ref.id, GROUP, "请三村马上组织转移", deadline=None, recipients=chosen)
    demo.round()
    (sent,) = dings.sent()
    assert sent.remote_id is not None and sent.roster.confirmed == ()
    at = clock.now() + timedelta(seconds=30)

    def said(rid: str, who: str, text: str, reply_to: str | None = None) -> IncomingMessage:
        return IncomingMessage(rid, GROUP, who, who, Role.MEMBER, at, text, reply_to=reply_to)

    batch = SyncBatch(
        next_cursor="q1",
        messages=(
            # Quoting the DING, with a question after the receipt.
            said("q1", asker, "收到，请问我们村转移到哪个安置点？", sent.remote_id),
            # Quoting nothing: the DING in the group they owe.
            said("q2", quiet, "收到收到。车辆几点到村口？"),
            # Only begins with the word: no receipt.
            said("q3", silent, "收到通知后要上报吗？"),
            # Not asked by this DING.
            said("q4", outsider, "已收到，请问我们组要去吗？"),
        ),
    )
    Ingestor(store, SHANGHAI, clock).apply(demo.ref.id, batch)

    roster = dings.sent()[0].roster
    assert {c.user_id for c in roster.confirmed} == {asker, quiet}
    assert [p.user_id for p in roster.unconfirmed] == [silent]
    with store.sessions() as session:
        asked = session.scalars(select(Message).where(Message.remote_id == "q1")).one()
        assert not asked.ack, "the question is shown as a reply, not folded as an ack"
    # The re-DING goes to the one still silent only.
    clock.advance(timedelta(minutes=5))
    dings.re_ding(sent.outbox_id)
    (again,) = [i for i in pending(store, demo.ref.id) if i.ding and i.ding.get("repeats")]
    assert again.ding is not None and again.ding["recipients"] == [silent]


def test_a_plain_shou_dao_beside_a_confirmation_in_the_same_batch_confirms_the_other_ding(
    store: Store, clock: ManualClock
) -> None:
    # 赵支书 owes two DINGs: he clicks 收到 on the later one and, after a village's report,
    # writes a plain 收到 for the other, both in one sync batch. The plain one went to the
    # later DING too (its roster read before the click was stored), and the earlier kept
    # him 未确认: in two batches it went to the earlier one.
    (account,) = ensure_default_account(store, clock)
    _own_id(store, account.id, "u-me")
    members = (
        MemberInfo("u-me", "方晓宁", Role.OWNER),
        MemberInfo("u1", "赵支书", Role.MEMBER),
        MemberInfo("u2", "大坪村-李主任", Role.MEMBER),
    )
    t0 = clock.now()

    def said(remote_id: str, sender: str, minutes: int, text: str, **kw: Any) -> IncomingMessage:
        name = {m.user_id: m.name for m in members}[sender]
        at = t0 + timedelta(minutes=minutes)
        return IncomingMessage(remote_id, "g1", sender, name, Role.MEMBER, at, text, **kw)

    asked = DingRequest(recipients=("u1",))
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(
        account.id,
        SyncBatch(
            "c1",
            groups=(GroupInfo("g1", "镇防汛群", members=members),),
            messages=(
                said("d1", "u-me", 0, "紧急：各村支书立即到岗", from_me=True, own_ding=asked),
                said("d2", "u-me", 5, "紧急：今晚8点前上报转移人数", from_me=True, own_ding=asked),
            ),
        ),
    )
    ingestor.apply(
        account.id,
        SyncBatch(
            "c2",
            messages=(
                said("r", "u2", 19, "大坪村已转移7人，累计转移7人"),
                said("k1", "u1", 21, "收到"),
            ),
            acks=(AckEvent("a2", "g1", "u1", "d2", t0 + timedelta(minutes=20)),),
        ),
    )
    dings = {d.remote_id: d for d in DingOutbox(store, clock).sent()}
    assert dings["d2"].roster.unconfirmed == ()
    assert dings["d1"].roster.unconfirmed == (), "the plain 收到 went to the DING he had confirmed"


def test_a_receipt_with_a_question_delivered_again_confirms_no_other_ding(
    store: Store, clock: ManualClock
) -> None:
    # A server's backfill may bring a message desk stored already. 收到，请问… confirmed
    # the later DING its sender owed; brought again, that DING was no longer owed and the
    # earlier one, which he had not answered, was counted confirmed.
    (account,) = ensure_default_account(store, clock)
    _own_id(store, account.id, "u-me")
    members = (MemberInfo("u-me", "方晓宁", Role.OWNER), MemberInfo("u1", "赵支书", Role.MEMBER))
    t0 = clock.now()

    def said(remote_id: str, sender: str, minutes: int, text: str, **kw: Any) -> IncomingMessage:
        name = {m.user_id: m.name for m in members}[sender]
        at = t0 + timedelta(minutes=minutes)
        return IncomingMessage(remote_id, "g1", sender, name, Role.MEMBER, at, text, **kw)

    asked = DingRequest(recipients=("u1",))
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(
        account.id,
        SyncBatch(
            "c1",
            groups=(GroupInfo("g1", "镇防汛群", members=members),),
            messages=(
                said("d1", "u-me", 0, "紧急：各村支书立即到岗", from_me=True, own_ding=asked),
                said("d2", "u-me", 5, "紧急：今晚8点前上报转移人数", from_me=True, own_ding=asked),
            ),
        ),
    )
    question = said("q1", "u1", 10, "收到，请问转移人数按户还是按人报？")
    ingestor.apply(account.id, SyncBatch("c2", messages=(question,)))
    dings = {d.remote_id: d for d in DingOutbox(store, clock).sent()}
    assert dings["d2"].roster.unconfirmed == ()
    assert [p.user_id for p in dings["d1"].roster.unconfirmed] == ["u1"]
    ingestor.apply(account.id, SyncBatch("c3", messages=(question,)))
    dings = {d.remote_id: d for d in DingOutbox(store, clock).sent()}
    assert [p.user_id for p in dings["d1"].roster.unconfirmed] == ["u1"], "confirmed twice"
