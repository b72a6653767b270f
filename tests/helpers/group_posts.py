"""Posts in a Matrix group as a connector returns them, and two accounts of one official
that receive them (twins, tables.messages.twin_of): shared by the tests of ingest, twins
and the migration that makes twins of what was stored twice before."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.models import Account, Message
from desk.store.store import Store

NOTICE = "请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。"
MEMBERS = (MemberInfo("u1", "王五", Role.OWNER), MemberInfo("u2", "赵六", Role.MEMBER))


def post(
    remote_id: str,
    at: datetime,
    text: str = NOTICE,
    group: str = "g",
    *,
    ding: bool = False,
    sender: tuple[str, str] = ("u1", "王五"),
) -> IncomingMessage:
    """A post in `group`, by its owner 王五 unless `sender` says another (a member)."""
    return IncomingMessage(
        remote_id=remote_id,
        group_id=group,
        sender_id=sender[0],
        sender_name=sender[1],
        sender_role=Role.OWNER if sender[0] == "u1" else Role.MEMBER,
        ts=at,
        text=text,
        ding=ding,
    )


def two_accounts(store: Store, clock: ManualClock, n: int = 2) -> list[int]:
    """Matrix accounts of one official: @hantao, then @second (the first `n` of them)."""
    with store.transaction() as session:
        made = [
            Account(kind="matrix", label=label, config={}, created_ms=0)
            for label in ("@hantao:synapse.local", "@second:synapse.local")[:n]
        ]
        session.add_all(made)
        session.flush()
        return [a.id for a in made]


def room_batch(cursor: str, *posts: IncomingMessage, rooms: tuple[str, ...] = ("g",)) -> SyncBatch:
    """A sync batch of `posts` in `rooms`: g is 桐坪镇党政办, any other its id + 群."""
    groups = tuple(
        GroupInfo(room, "桐坪镇党政办" if room == "g" else f"{room}群", members=MEMBERS)
        for room in rooms
    )
    return SyncBatch(cursor, groups, posts)


def rows_by_account(store: Store) -> dict[tuple[int, str], Message]:
    """Every message stored, detached, by (account, remote id)."""
    with store.sessions() as session:
        found = session.scalars(select(Message)).all()
        session.expunge_all()
    return {(m.account_id, m.remote_id): m for m in found}
