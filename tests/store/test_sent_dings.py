"""The user's own DING in the inbox: how many have confirmed it, read a page at a time."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from desk.connectors.protocol import (
    AckEvent,
    DingRequest,
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    MessageEdit,
    Redaction,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Role, Tier
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.models import Account, Message
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.accounts import ensure_default_account
from desk.sync.dings import DingOutbox, ReDingRefused
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.outbox import pending, to_outgoing
from tests.conftest import SHANGHAI
from tests.helpers.plans import query_plans

MEMBERS = (
    MemberInfo("u1", "钟书记", Role.OWNER),
    MemberInfo("u2", "李站长", Role.MEMBER),
    MemberInfo("u3", "王主任", Role.MEMBER),
    MemberInfo("u-me", "方晓宇", Role.MEMBER),
)
NAMES = {m.user_id: m.name for m in MEMBERS}


class Office:
    """The user (u-me) in 镇机关干部群 with three colleagues, sending DINGs from desk."""

    def __init__(self, store: Store, clock: ManualClock) -> None:
        self.store, self.clock = store, clock
        (account,) = ensure_default_account(store, clock)
        self.account_id = account.id
        with store.transaction() as session:
            stored = session.get_one(Account, account.id)
            stored.config = {**stored.config, "user_id": "u-me"}
        self.ingestor = Ingestor(store, SHANGHAI, clock)
        self.dings = DingOutbox(store, clock)
        self.queries = InboxQueries(store.sessions)
        self.batches = 0
        self.sync(groups=(GroupInfo("g1", "镇机关干部群", members=MEMBERS),))

    def sync(self, **batch: Any) -> IngestResult:
        self.batches += 1
        return self.ingestor.apply(
            self.account_id, SyncBatch(next_cursor=f"c{self.batches}", **batch)
        )

    def send_ding(self, remote_id: str, text: str, **how: Any) -> None:
        """Queued, taken by the server as `remote_id` (as `flush` marks it), back by sync."""
        txn = self.dings.send(self.account_id, "g1", text, **how)
        self.came_back(txn, remote_id, text)

    def came_back(self, txn: str, remote_id: str, text: str) -> None:
        with self.store.transaction() as session:
            item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == txn)).one()
            item.state, item.remote_id = OutboxState.SENT.value, remote_id
        mine = IncomingMessage(
            remote_id, "g1", "u-me", "方晓宇", Role.MEMBER, self.clock.now(), text, from_me=True
        )
        self.sync(messages=(mine,))

    def phone_ding(
        self,
        remote_id: str,
        text: str,
        recipients: tuple[str, ...] | None = None,
        repeats: str | None = None,
        **batch: Any,
    ) -> IngestResult:
        """A DING the user sent from their phone (a re-DING of `repeats`), arriving by sync
        (with whatever else)."""
        mine = IncomingMessage(
            remote_id,
            "g1",
            "u-me",
            "方晓宇",
            Role.MEMBER,
            self.clock.now(),
            text,
            from_me=True,
            own_ding=DingRequest(recipients=recipients, repeats=repeats),
        )
        return self.sync(messages=(mine, *batch.pop("messages", ())), **batch)

    def ack(self, event_id: str, user_id: str, ding: str) -> IngestResult:
        self.clock.advance(timedelta(seconds=30))
        return self.sync(acks=(AckEvent(event_id, "g1", user_id, ding, self.clock.now()),))

    def reply(self, remote_id: str, user_id: str, ding: str, text: str = "收到") -> None:
        self.clock.advance(timedelta(seconds=30))
        reply = IncomingMessage(
            remote_id,
            "g1",
            user_id,
            NAMES[user_id],
            Role.MEMBER,
            self.clock.now(),
            text,
            reply_to=ding,
        )
        self.sync(messages=(reply,))

    def card(self, remote_id: str) -> InboxRow:
        with self.store.sessions() as session:
            message_id = session.scalars(
                select(Message.id).where(Message.remote_id == remote_id)
            ).one()
        row = self.queries.row(message_id)
        assert row is not None
        return row


@pytest.fixture
def office(store: Store, clock: ManualClock) -> Office:
    return Office(store, clock)


def _progress(row: InboxRow) -> tuple[list[str], list[str]]:
    roster = row.sent_roster
    assert roster is not None, "the card knows it is a DING the user sent"
    return [c.name for c in roster.confirmed], [p.name for p in roster.unconfirmed]


def test_the_card_counts_each_colleague_once_and_never_the_user(office: Office) -> None:
    office.send_ding("$d1", "紧急：十分钟内到镇政府集合")
    assert _progress(office.card("$d1")) == ([], ["钟书记", "李站长", "王主任"])

    office.ack("$a1", "u1", "$d1")
    # The same colleague again, with a 收到 reply as well as the reaction.
    office.reply("$r1", "u1", "$d1")
    office.ack("$a1b", "u1", "$d1")
    # The user's own 收到 to their DING, from the phone, confirms nothing.
    office.ack("$a-me", "u-me", "$d1")
    office.reply("$r-me", "u-me", "$d1")
    office.ack("$a3", "u3", "$d1")

    assert _progress(office.card("$d1")) == (["钟书记", "王主任"], ["李站长"])


def test_a_confirmation_taken_back_counts_no_more_and_the_window_reads_again(
    office: Office,
) -> None:
    office.send_ding("$d1", "紧急：十分钟内到镇政府集合")
    office.ack("$a1", "u1", "$d1")
    office.ack("$a2", "u2", "$d1")
    assert _progress(office.card("$d1"))[0] == ["钟书记", "李站长"]

    # 李站长 clicks the 👍 off again: the reaction is redacted, no message changes.
    taken_back = office.sync(redactions=(Redaction("$a2", "g1"),))
    assert taken_back.confirmations == 1, "the window re-reads the count under the DING"
    assert _progress(office.card("$d1")) == (["钟书记"], ["李站长", "王主任"])


def test_a_ding_to_some_counts_only_them_and_its_re_ding_counts_for_it(office: Office) -> None:
    office.send_ding("$d1", "请两位站长马上回电", recipients=("u2", "u3"))
    office.ack("$a1", "u1", "$d1")  # not asked: a receipt, no confirmation
    office.ack("$a2", "u2", "$d1")
    assert _progress(office.card("$d1")) == (["李站长"], ["王主任"])

    office.clock.advance(timedelta(minutes=5))
    (sent,) = office.dings.sent()
    txn = office.dings.re_ding(sent.outbox_id)
    office.came_back(txn, "$d2", "请两位站长马上回电")
    office.ack("$a3", "u3", "$d2")
    again = office.card("$d2")
    assert again.sent_ding is not None and again.sent_ding.outbox_id == sent.outbox_id
    assert _progress(again) == _progress(office.card("$d1")) == (["李站长", "王主任"], [])


def test_the_user_s_own_ding_is_information_and_never_alerts_or_waits(
    office: Office, store: Store, clock: ManualClock
) -> None:
    office.send_ding("$d1", "紧急：今晚8点前各村上报转移人数，逾期通报")
    office.ack("$a1", "u1", "$d1")
    row = office.card("$d1")
    assert row.tier is Tier.INFO
    assert not row.ding and not row.pinned and row.read
    # Neither an escalation ladder (urgent items included) nor a notification.
    assert EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), True) == 0
    assert not office.card("$d1").pinned
    with store.sessions() as session:
        state = session.scalars(select(Message.notify_state).where(Message.remote_id == "$d1"))
        assert state.one() == "silent"


def test_what_the_user_sent_that_is_no_ding_knows_no_roster(office: Office) -> None:
    txn = office.dings.send(office.account_id, "g1", "x")  # a DING, for contrast
    office.came_back(txn, "$d1", "x")
    plain = IncomingMessage(
        "$m1", "g1", "u-me", "方晓宇", Role.MEMBER, office.clock.now(), "好的", from_me=True
    )
    office.sync(messages=(plain,))
    assert office.card("$m1").sent_ding is None
    assert office.card("$d1").sent_ding is not None


def test_a_ding_sent_from_the_phone_reads_as_one_sent_from_desk(
    office: Office, store: Store, clock: ManualClock
) -> None:
    sent_at = clock.now()
    office.phone_ding("$p1", "紧急：十分钟内到镇政府集合")
    assert _progress(office.card("$p1")) == ([], ["钟书记", "李站长", "王主任"])

    office.ack("$a1", "u1", "$p1")
    office.reply("$r3", "u3", "$p1")
    office.ack("$a-me", "u-me", "$p1")  # the user's own 收到 confirms nothing
    row = office.card("$p1")
    assert _progress(row) == (["钟书记", "王主任"], ["李站长"])
    # Listed in DINGs I sent…, whose roster the card's link opens.
    (listed,) = office.dings.sent()
    assert row.sent_ding is not None and listed.outbox_id == row.sent_ding.outbox_id
    assert listed.sent and listed.text == "紧急：十分钟内到镇政府集合"
    assert listed.created == sent_at
    # The user's, so nothing for them: information, read, silent, never pinned or escalated.
    assert row.tier is Tier.INFO
    assert not row.ding and not row.pinned and row.read
    assert EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), True) == 0
    with store.sessions() as session:
        state = session.scalars(select(Message.notify_state).where(Message.remote_id == "$p1"))
        assert state.one() == "silent"
    # The phone sent it: desk never does.
    assert pending(store, office.account_id) == []


def test_a_ding_from_the_phone_to_some_counts_only_them_even_in_its_own_batch(
    office: Office,
) -> None:
    office.clock.advance(timedelta(seconds=30))
    # 李站长's 收到 comes in the same sync as the DING it confirms.
    office.phone_ding(
        "$p1",
        "请两位站长马上回电",
        recipients=("u2", "u3"),
        acks=(AckEvent("$a2", "g1", "u2", "$p1", office.clock.now()),),
    )
    office.ack("$a1", "u1", "$p1")  # not asked: a receipt, no confirmation
    assert _progress(office.card("$p1")) == (["李站长"], ["王主任"])
    assert office.card("$p1").sent_roster is not None
    assert office.card("$p1").sent_roster.expected == 2  # type: ignore[union-attr]


def test_a_ding_desk_sent_is_not_counted_again_when_it_comes_back_marked_as_one(
    office: Office, store: Store
) -> None:
    # Sent and marked sent by flush, then back by sync without the transaction id that
    # tells desk's own (desk signed in again meanwhile, as a new device): the outbox knows
    # its remote id, so it is the DING desk sent, not one from the phone.
    txn = office.dings.send(office.account_id, "g1", "紧急：十分钟内到镇政府集合")
    with store.transaction() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == txn)).one()
        item.state, item.remote_id = OutboxState.SENT.value, "$d1"
    office.phone_ding("$d1", "紧急：十分钟内到镇政府集合")
    (listed,) = office.dings.sent()
    assert listed.remote_id == "$d1"
    assert office.card("$d1").sent_ding == listed


@pytest.mark.parametrize("sent_from", ["phone", "desk"])
def test_a_ding_corrected_from_the_phone_is_listed_and_dinged_again_in_its_new_words(
    office: Office, store: Store, sent_from: str
) -> None:
    # The user fixes the time in a DING from the phone: DINGs I sent… says what the card
    # says, and a re-DING from desk asks the unconfirmed for the new time, not the old.
    first, fixed = "紧急：下午三点到镇政府集合", "紧急：下午四点到镇政府集合"
    if sent_from == "phone":
        office.phone_ding("$d1", first)
    else:
        office.send_ding("$d1", first)
    office.clock.advance(timedelta(minutes=1))
    edit = MessageEdit("$d1", "g1", "u-me", fixed, office.clock.now(), "$e1")
    office.sync(edits=(edit,))
    assert office.card("$d1").text == fixed
    (listed,) = office.dings.sent()
    assert listed.text == fixed
    office.clock.advance(timedelta(minutes=5))
    office.dings.re_ding(listed.outbox_id)
    assert [item.text for item in pending(store, office.account_id)] == [fixed]
    # The correction taken back: the first words again, there too.
    office.sync(redactions=(Redaction("$e1", "g1", office.clock.now()),))
    assert office.card("$d1").text == first
    assert office.dings.get(listed.outbox_id).text == first  # type: ignore[union-attr]


@pytest.mark.parametrize("sent_from", ["phone", "desk"])
def test_a_re_ding_from_the_other_device_counts_for_the_ding_it_repeats(
    office: Office, sent_from: str
) -> None:
    # The user DINGs from one device and, five minutes on, DINGs the unconfirmed again
    # from the other (desk at home, say): here it is one DING, DINGed again, as a re-DING
    # from this desk is, not a second DING with a roster of its own.
    if sent_from == "phone":
        office.phone_ding("$d1", "紧急：十分钟内到镇政府集合")
    else:
        office.send_ding("$d1", "紧急：十分钟内到镇政府集合")
    office.ack("$a1", "u1", "$d1")
    office.clock.advance(timedelta(minutes=5))
    office.phone_ding("$r1", "紧急：十分钟内到镇政府集合", recipients=("u2", "u3"), repeats="$d1")
    office.ack("$a2", "u2", "$r1")
    (listed,) = office.dings.sent()
    assert listed.re_dings == 1 and listed.last_ding == office.clock.now() - timedelta(seconds=30)
    assert _progress(office.card("$d1")) == (["钟书记", "李站长"], ["王主任"])
    assert office.card("$r1").sent_ding == listed
    # Not again from here within five minutes of the other device's re-DING.
    with pytest.raises(ReDingRefused):
        office.dings.re_ding(listed.outbox_id)


def test_a_re_ding_of_a_ding_this_desk_never_saw_is_a_ding_of_its_own(office: Office) -> None:
    office.phone_ding("$r1", "紧急：十分钟内到镇政府集合", recipients=("u2",), repeats="$old")
    # Nor does one that names itself leave the list.
    office.phone_ding("$r2", "紧急：马上回电", repeats="$r2")
    assert [(d.remote_id, d.re_dings) for d in office.dings.sent()] == [("$r2", 0), ("$r1", 0)]


def test_a_ding_and_its_re_dings_in_one_first_sync_are_one_ding(office: Office) -> None:
    # The other device re-DINGed twice, the second time from the re-DING it listed (it
    # never saw the first DING); this desk signs in and reads all three at once.
    def sent(remote_id: str, minutes: int, repeats: str | None) -> IncomingMessage:
        return IncomingMessage(
            remote_id,
            "g1",
            "u-me",
            "方晓宇",
            Role.MEMBER,
            office.clock.now() + timedelta(minutes=minutes),
            "紧急：十分钟内到镇政府集合",
            from_me=True,
            own_ding=DingRequest(repeats=repeats),
        )

    office.sync(messages=(sent("$d1", 0, None), sent("$r1", 5, "$d1"), sent("$r2", 10, "$r1")))
    (listed,) = office.dings.sent()
    assert (listed.remote_id, listed.re_dings) == ("$d1", 2)
    assert office.card("$r2").sent_ding == listed


def test_a_re_ding_says_which_ding_it_repeats(office: Office, store: Store) -> None:
    # So the user's other devices count it for that DING (see above).
    office.send_ding("$d1", "紧急：十分钟内到镇政府集合")
    office.clock.advance(timedelta(minutes=5))
    (listed,) = office.dings.sent()
    office.dings.re_ding(listed.outbox_id)
    (item,) = pending(store, office.account_id)
    assert to_outgoing(item).ding == DingRequest(recipients=("u1", "u2", "u3"), repeats="$d1")


def test_a_ding_withdrawn_from_the_phone_leaves_dings_i_sent(office: Office) -> None:
    office.phone_ding("$p1", "紧急：十分钟内到镇政府集合")
    office.phone_ding(
        "$p2", "紧急：发错了", redactions=(Redaction("$p2", "g1", office.clock.now()),)
    )
    office.sync(redactions=(Redaction("$p1", "g1", office.clock.now()),))
    assert office.dings.sent() == []
    assert office.card("$p1").sent_ding is None


def _statements(store: Store, action: Any) -> list[str]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def test_a_page_reads_its_sent_dings_in_a_few_statements_whatever_their_number(
    office: Office, store: Store
) -> None:
    office.send_ding("$d0", "紧急：第0项")
    with store.sessions() as session:
        one = list(session.scalars(select(Message.id)))
    for n in range(1, 8):
        office.send_ding(f"$d{n}", f"紧急：第{n}项")
        office.ack(f"$a{n}", "u1", f"$d{n}")
    others = IncomingMessage(
        "$o1", "g1", "u2", "李站长", Role.MEMBER, office.clock.now(), "东岭村已转移12人"
    )
    office.sync(messages=(others,))
    with store.sessions() as session:
        every = list(session.scalars(select(Message.id).where(Message.ack_of.is_(None))))
        theirs = list(session.scalars(select(Message.id).where(Message.remote_id == "$o1")))

    many = _statements(store, lambda: office.queries.rows(every))
    assert len(many) == len(_statements(store, lambda: office.queries.rows(one))) <= 8
    assert sum(not r.sent_ding for r in office.queries.rows(every).values()) == 1
    # A page of what others posted asks nothing more than its rows, and the user's replies
    # the outbox still holds unsent (收到 · 待发送): one statement for the page, not per row.
    asked = _statements(store, lambda: office.queries.rows(theirs))
    assert len(asked) == 2 and "FROM outbox" in asked[1], asked
    # Which cards are the user's DINGs, by the outbox's index: never a walk of the outbox.
    plans = query_plans(store, lambda: office.queries.rows(every))
    assert not [p for p in plans if "SCAN outbox" in p], plans
    assert any("USING INDEX ix_outbox_remote" in p for p in plans), plans
