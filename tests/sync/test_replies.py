"""The reply box's outbox: where a reply goes, queueing it, and how it stands."""

from __future__ import annotations

from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.store.models import Message
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.dings import DingOutbox
from desk.sync.replies import ReplyOutbox, ReplyState
from tests.helpers.demo_desk import DemoAccount

TASK = "@方晓宁 明天党课的签到表、桌签今天下班前弄好"


def _task_id(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalars(select(Message.id).where(Message.text.startswith(TASK))).one())


def test_a_reply_is_no_ding_sent(store: Store, clock: ManualClock) -> None:
    # Queued with no DING, its `ding` was stored as JSON null, which is no SQL NULL: the
    # reply was listed in DINGs I sent, with everyone in its group yet to confirm it.
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        replies = ReplyOutbox(store, clock)
        target = replies.target(_task_id(store))
        assert target is not None
        replies.send(target, "桌签按上次的格式")
        assert DingOutbox(store, clock).sent() == []
        demo.round()
        assert DingOutbox(store, clock).sent() == []
    finally:
        demo.close()


def test_a_reply_s_state_follows_the_outbox(store: Store, clock: ManualClock) -> None:
    demo = DemoAccount(store, clock)
    try:
        demo.round()
        replies = ReplyOutbox(store, clock)
        target = replies.target(_task_id(store))
        assert target is not None and target.group_name == "桐坪镇党政办"
        queued = replies.send(target, "桌签按上次的格式")
        refused = replies.send(target, "投影仪下午试")
        assert replies.states([queued]) == {queued: ReplyState.QUEUED}
        assert [(t, row.id, text) for t, row, text in replies.waiting()] == [
            (queued, target.message_id, "桌签按上次的格式"),
            (refused, target.message_id, "投影仪下午试"),
        ]
        with store.transaction() as session:
            item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == refused)).one()
            item.state = OutboxState.FAILED.value
        demo.round()
        assert replies.states([queued, refused, "gone"]) == {
            queued: ReplyState.SENT,
            refused: ReplyState.REFUSED,
        }
        assert replies.waiting() == []
    finally:
        demo.close()
