"""New messages (Message → New message…) through the outbox, against the demo connector:
queued once with a fixed transaction id, kept while offline, sent once on reconnecting,
back as the user's own message, and a notice of theirs counting the reports on it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desk.connectors.protocol import (
    ConnectorError,
    IncomingMessage,
    Outgoing,
    SendResult,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import InboxQueries
from desk.store.models import Group, Message
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.dings import DingOutbox
from desk.sync.posts import GroupClosed, Posted, PostOutbox
from desk.sync.replies import ReplyOutbox, ReplyState
from tests.helpers.demo_desk import DemoAccount

GROUP = "桐坪镇党政办"
NOTICE = "请各位今天下午5点前报送本周值班安排，收到请回复。"
VILLAGES = "桐坪镇村（社区）联络群"
ASKS_VILLAGES = "请各村（社区）今天下午5点前报送本周防汛值班表。"


class _Counted:
    """The demo connector's send, counted; `offline` makes it fail as a lost network does."""

    def __init__(self, demo: DemoAccount) -> None:
        self._send = demo.connector.send
        self.sent: list[Outgoing] = []
        self.offline = False
        demo.connector.send = self  # type: ignore[method-assign]

    async def __call__(self, item: Outgoing) -> SendResult:
        if self.offline:
            raise ConnectorError("network")
        self.sent.append(item)
        return await self._send(item)


def _group(posts: PostOutbox, name: str = GROUP) -> tuple[int, str]:
    (choice,) = [g for g in posts.groups() if g.name == name]
    return choice.account_id, choice.remote_id


def _outbox(store: Store) -> list[OutboxItem]:
    with store.sessions() as session:
        return list(session.scalars(select(OutboxItem)))


def test_a_new_message_queued_offline_is_sent_once_when_back_online(
    store: Store, clock: ManualClock
) -> None:
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        sends = _Counted(demo)
        posts = PostOutbox(store, clock)
        account_id, remote_id = _group(posts)
        posted = posts.send(account_id, remote_id, NOTICE)
        assert posted.group_name == GROUP and posted.text == NOTICE
        (item,) = _outbox(store)
        # A plain message: no reply, no DING, no acknowledgement; its txn id fixed now.
        assert (item.txn_id, item.reply_to, item.ding, item.ack_of) == (
            posted.txn_id,
            None,
            None,
            None,
        )
        sends.offline = True
        with pytest.raises(ConnectorError):
            demo.round()
        assert posts.states([posted.txn_id]) == {posted.txn_id: ReplyState.QUEUED}
        # desk closed offline and opened again: the next run follows it as its own.
        assert PostOutbox(store, clock).waiting() == [posted]
        # ...and the reply box does not take it for a reply (nor DINGs I sent for a DING).
        assert ReplyOutbox(store, clock).waiting() == []
        assert DingOutbox(store, clock).sent() == []
        sends.offline = False
        clock.advance(timedelta(minutes=2))
        demo.round()
        demo.round()
        assert [s.txn_id for s in sends.sent] == [posted.txn_id]
        assert sends.sent[0].reply_to is None and sends.sent[0].ding is None
        assert posts.states([posted.txn_id]) == {posted.txn_id: ReplyState.SENT}
        assert posts.waiting() == []
        with store.sessions() as session:
            mine = session.execute(
                select(Message.remote_id, Message.sender_name, Message.read).where(
                    Message.text == NOTICE
                )
            ).all()
        # Back through sync once, as the user's own message, read.
        assert mine == [(f"sent-{posted.txn_id}", demo.connector.me, True)]  # type: ignore[attr-defined]
    finally:
        demo.close()


def test_the_user_s_own_notice_counts_the_reports_on_it(store: Store, clock: ManualClock) -> None:
    # Posted from desk, a notice asking the villages to report is the user's own notice
    # once back from the server: the villages' reports count on its card (已报 2/n).
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        posts = PostOutbox(store, clock)
        account_id, remote_id = _group(posts, VILLAGES)
        posted = posts.send(account_id, remote_id, ASKS_VILLAGES)
        demo.round()
        mine = f"sent-{posted.txn_id}"
        villages = [
            p
            for p in DingOutbox(store, clock).members(account_id, remote_id)
            if p.name.split("-")[0].endswith("村")
        ][:2]
        reports = tuple(
            IncomingMessage(
                remote_id=f"report-{n}",
                group_id=remote_id,
                sender_id=person.user_id,
                sender_name=person.name,
                sender_role=Role.MEMBER,
                ts=clock.now() + timedelta(minutes=5 + n),
                text=f"{person.name.split('-')[0]}本周防汛值班表已报送，请审阅。",
            )
            for n, person in enumerate(villages)
        )
        demo.ingestor.apply(account_id, SyncBatch("post-reports", (), reports))
        with store.sessions() as session:
            (card,) = session.scalars(select(Message.id).where(Message.remote_id == mine))
        row = InboxQueries(store.sessions).rows([card])[card]
        assert row.roll_call is not None, row
        assert set(row.roll_call.reported) == {v.name.split("-")[0] for v in villages}
        assert len(row.roll_call.expected) > 2
    finally:
        demo.close()


def test_no_message_goes_to_a_group_left_or_encrypted(store: Store, clock: ManualClock) -> None:
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        posts = PostOutbox(store, clock)
        account_id, remote_id = _group(posts)
        with store.transaction() as session:
            session.execute(
                update(Group).where(Group.remote_id == remote_id).values(encrypted=True)
            )
        with pytest.raises(GroupClosed) as encrypted:
            posts.send(account_id, remote_id, NOTICE)
        assert not encrypted.value.left
        with store.transaction() as session:
            session.execute(update(Group).where(Group.remote_id == remote_id).values(left_ms=1))
        with pytest.raises(GroupClosed) as left:
            posts.send(account_id, remote_id, NOTICE)
        assert left.value.left and left.value.group_name == GROUP
        with pytest.raises(LookupError):
            posts.send(account_id, "!gone:example.org", NOTICE)
        assert _outbox(store) == []
    finally:
        demo.close()


def test_a_refused_message_reads_refused(store: Store, clock: ManualClock) -> None:
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        posts = PostOutbox(store, clock)
        posted: Posted = posts.send(*_group(posts), NOTICE)
        with store.transaction() as session:
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.txn_id == posted.txn_id)
                .values(state=OutboxState.FAILED.value)
            )
        assert posts.states([posted.txn_id]) == {posted.txn_id: ReplyState.REFUSED}
        assert posts.waiting() == []
    finally:
        demo.close()
