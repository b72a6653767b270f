"""A message among those around it in its group, in the order they came: the notice a
village's 已报 answers, the question a 收到 follows, all that triage sorted apart; and the
groups a notice was forwarded into, where each copy has a conversation of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desk.store.models import Group, Message, from_ms

# Messages read on each side of the one asked for: a notice and its morning of replies.
AROUND = 25


@dataclass(frozen=True, slots=True)
class Said:
    """One message of the conversation: who, when, what (empty once withdrawn)."""

    id: int
    sender_name: str
    ts: datetime
    text: str
    withdrawn: bool
    ack: bool


@dataclass(frozen=True, slots=True)
class Conversation:
    """The messages around `message_id` in `group_name`, oldest first; `more_before` and
    `more_after` when the group holds more than were read on that side."""

    group_name: str
    message_id: int
    said: tuple[Said, ...]
    more_before: bool
    more_after: bool


@dataclass(frozen=True, slots=True)
class Place:
    """A group a notice was posted or forwarded into, and the copy of it there: where its
    conversation is read."""

    message_id: int
    group_name: str


def conversation_places(sessions: sessionmaker[Session], message_id: int) -> tuple[Place, ...]:
    """The groups of a stored message's notice, its own first, then the others in the order
    their first copy came, each with that copy (a notice forwarded twice into one group is
    read around the first); the message's own alone when nothing is folded with it, none
    once it is gone. Who replied to the forwarded copies is in those groups (a tester)."""
    with sessions() as session:
        found = session.execute(
            select(Message.account_id, Message.cluster, Message.group_id, Group.name)
            .join(Group, Group.id == Message.group_id)
            .where(Message.id == message_id)
        ).first()
        if found is None:
            return ()
        own = Place(message_id, found.name)
        if found.cluster is None:
            return (own,)
        # The head and its copies, from the index of clusters; SQLite takes a bare column
        # from the row that holds the MIN, so `id` is each group's first copy.
        first = (
            select(Message.id, Message.group_id, func.min(Message.ts_ms).label("first_ms"))
            .where(
                Message.account_id == found.account_id,
                Message.cluster == found.cluster,
                Message.group_id != found.group_id,
                Message.ack_of.is_(None),
            )
            .group_by(Message.group_id)
            .subquery()
        )
        others = session.execute(
            select(first.c.id, Group.name)
            .join(Group, Group.id == first.c.group_id)
            .order_by(first.c.first_ms, first.c.id)
        ).all()
    return (own, *(Place(int(i), name) for i, name in others))


def conversation(
    sessions: sessionmaker[Session], message_id: int, around: int = AROUND
) -> Conversation | None:
    """The conversation around a stored message (None if it is gone): `around` messages of
    its group before it and after it, by the time they came (then by id)."""
    columns = (
        Message.id,
        Message.sender_name,
        Message.ts_ms,
        Message.text,
        Message.withdrawn_ms,
        Message.ack,
    )
    with sessions() as session:
        found = session.execute(
            select(Message.group_id, Message.ts_ms, Group.name)
            .join(Group, Group.id == Message.group_id)
            .where(Message.id == message_id)
        ).first()
        if found is None:
            return None
        group_id, ts_ms, group_name = found
        earlier = or_(Message.ts_ms < ts_ms, and_(Message.ts_ms == ts_ms, Message.id < message_id))
        before = session.execute(
            select(*columns)
            .where(Message.group_id == group_id, earlier)
            .order_by(Message.ts_ms.desc(), Message.id.desc())
            .limit(around + 1)
        ).all()
        after = session.execute(
            select(*columns)
            .where(Message.group_id == group_id, ~earlier)
            .order_by(Message.ts_ms, Message.id)
            .limit(around + 2)
        ).all()
    rows = [*reversed(before[:around]), *after[: around + 1]]
    said = tuple(
        Said(r.id, r.sender_name, from_ms(r.ts_ms), r.text, r.withdrawn_ms is not None, r.ack)
        for r in rows
    )
    return Conversation(group_name, message_id, said, len(before) > around, len(after) > around + 1)
