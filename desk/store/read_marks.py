"""Marking a whole view read at once ("Mark all as read"), and taking it back.

Monday morning holds hundreds of unread messages, most of them chit-chat and notices
already seen elsewhere: one card at a time is no way through them.

A view's cards go with their folded copies and attached acks, as one card does when it is
read (`InboxQueries.set_read`); a group's messages are its own, copies included, and the
acks that answer them. A DING that waits for the user's confirmation stays unread: reading
is not confirming, and its card should not look dealt with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import Tier
from desk.store.models import Message

# Ids per UPDATE when taking a mark back: well under SQLite's limit of bound values.
_IDS_PER_STATEMENT = 500

# Whether a message waits for the user's confirmation: pinned (a DING, or a card a DING
# was folded into), or a DING no escalation round has pinned yet (it came since the last
# one, a few hundred milliseconds ago). Marking it read would hide it once pinned.
_WAITING = """({m}.pinned = 1 OR ({m}.ding = 1 AND NOT EXISTS (
    SELECT 1 FROM escalations AS e
    WHERE e.message_id = {m}.id AND (e.acked_ms IS NOT NULL OR e.history = 1))))"""

# Each unread open message with the card it shows under: its notice's first post, or for
# an ack, the card of the message it answers (that may be a copy, itself read).
_UNREAD_UNDER_CARDS = f"""
SELECT u.id, u.group_id, u.ack_of IS NULL AS shown, u.waiting,
    card.id, card.group_id, card.tier_rank,
    card.done = 0 AND card.ack_of IS NULL AND NOT {_WAITING.format(m="card")} AS open
FROM (
    SELECT id, account_id, group_id, ack_of, {_WAITING.format(m="messages")} AS waiting,
        CASE WHEN ack_of IS NULL THEN coalesce(cluster, remote_id)
        ELSE coalesce(
            (SELECT t.cluster FROM messages AS t
             WHERE t.account_id = messages.account_id AND t.remote_id = messages.ack_of),
            ack_of)
        END AS head
    -- Named: with no statistics, SQLite walks an inbox index's open messages instead.
    FROM messages INDEXED BY ix_messages_unread
    WHERE read = 0 AND done = 0
) AS u
LEFT JOIN messages AS card ON card.account_id = u.account_id AND card.remote_id = u.head
"""


@dataclass(frozen=True, slots=True)
class MarkedRead:
    """What `mark_read` changed: every message marked (what `unmark` takes back), how many
    of them the view's unread badge counted, and how many it left unread because they
    wait for the user's confirmation."""

    ids: tuple[int, ...]
    rows: int
    waiting: int


def mark_read(
    sessions: sessionmaker[Session], tiers: Sequence[Tier] = (), group_id: int | None = None
) -> MarkedRead:
    """Marks read the open cards of `tiers` with what is folded into them, or, given
    `group_id`, that group's open messages and what is folded into the notices first
    posted there (as reading each card would)."""
    ranks = range(
        min((t.rank for t in tiers), default=0), max((t.rank for t in tiers), default=-1) + 1
    )
    ids: list[int] = []
    rows = waiting = 0
    with sessions.begin() as session:
        for uid, ugroup, shown, uwait, cid, cgroup, crank, open_card in session.execute(
            text(_UNREAD_UNDER_CARDS)
        ):
            if group_id is not None:
                here = ugroup == group_id
                under = cid is not None and cgroup == group_id and bool(open_card)
                if uwait:
                    waiting += here and bool(shown)
                elif here or under:
                    ids.append(uid)
                    rows += here and bool(shown)
            elif cid is not None and crank in ranks:
                if uwait:
                    waiting += uid == cid
                elif open_card:
                    ids.append(uid)
                    rows += uid == cid
        _set_read(session, ids, True)
    return MarkedRead(tuple(ids), rows, waiting)


def unmark(sessions: sessionmaker[Session], marked: MarkedRead) -> None:
    """Makes unread again exactly what `mark_read` marked (not what was folded in since)."""
    with sessions.begin() as session:
        _set_read(session, marked.ids, False)


def _set_read(session: Session, ids: Sequence[int], read: bool) -> None:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        chunk = ids[start : start + _IDS_PER_STATEMENT]
        session.execute(update(Message).where(Message.id.in_(chunk)).values(read=read))
