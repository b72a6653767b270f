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

# Each unread open message with the card it shows under: its notice's first post, or for
# an ack, the card of the message it answers (that may be a copy, itself read).
_UNREAD_UNDER_CARDS = """
SELECT id, card FROM (
    SELECT u.id, (
        SELECT card.id FROM messages AS card
        WHERE card.account_id = u.account_id
            AND card.remote_id = CASE WHEN u.ack_of IS NULL
                THEN coalesce(u.cluster, u.remote_id)
                ELSE coalesce(
                    (SELECT t.cluster FROM messages AS t
                     WHERE t.account_id = u.account_id AND t.remote_id = u.ack_of),
                    u.ack_of)
                END
            AND card.done = 0 AND card.ack_of IS NULL AND card.pinned = 0
            AND card.tier_rank BETWEEN :first AND :last
    ) AS card
    -- Named, here and below: with no statistics, SQLite walks an inbox index's open
    -- messages instead.
    FROM messages AS u INDEXED BY ix_messages_unread
    WHERE u.read = 0 AND u.done = 0
)
WHERE card IS NOT NULL
"""

_UNREAD_IN_GROUP = """
SELECT id, ack_of IS NULL FROM messages INDEXED BY ix_messages_unread
WHERE group_id = :group AND read = 0 AND done = 0 AND pinned = 0
"""

_WAITING_DINGS = """
SELECT count(*) FROM messages INDEXED BY ix_messages_unread
WHERE pinned = 1 AND read = 0 AND done = 0 AND ack_of IS NULL
    AND (cluster IS NULL OR cluster = remote_id) AND tier_rank BETWEEN :first AND :last
"""

_WAITING_DINGS_IN_GROUP = """
SELECT count(*) FROM messages INDEXED BY ix_messages_unread
WHERE pinned = 1 AND read = 0 AND done = 0 AND ack_of IS NULL AND group_id = :group
"""


@dataclass(frozen=True, slots=True)
class MarkedRead:
    """What `mark_read` changed: every message marked (what `unmark` takes back), how many
    of them the view's unread badge counted, and the unconfirmed DINGs it left unread."""

    ids: tuple[int, ...]
    rows: int
    waiting_dings: int


def mark_read(
    sessions: sessionmaker[Session], tiers: Sequence[Tier] = (), group_id: int | None = None
) -> MarkedRead:
    """Marks read the open cards of `tiers` with what is folded into them, or, given
    `group_id`, that group's open messages."""
    with sessions.begin() as session:
        if group_id is not None:
            found = session.execute(text(_UNREAD_IN_GROUP), {"group": group_id}).all()
            ids = [message_id for message_id, _shown in found]
            rows = sum(1 for _id, shown in found if shown)
            waiting = session.execute(text(_WAITING_DINGS_IN_GROUP), {"group": group_id})
        else:
            ranks = {"first": min(t.rank for t in tiers), "last": max(t.rank for t in tiers)}
            pairs = session.execute(text(_UNREAD_UNDER_CARDS), ranks).all()
            ids = [message_id for message_id, _card in pairs]
            rows = sum(1 for message_id, card in pairs if message_id == card)
            waiting = session.execute(text(_WAITING_DINGS), ranks)
        _set_read(session, ids, True)
        return MarkedRead(tuple(ids), rows, int(waiting.scalar_one()))


def unmark(sessions: sessionmaker[Session], marked: MarkedRead) -> None:
    """Makes unread again exactly what `mark_read` marked (not what was folded in since)."""
    with sessions.begin() as session:
        _set_read(session, marked.ids, False)


def _set_read(session: Session, ids: Sequence[int], read: bool) -> None:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        chunk = ids[start : start + _IDS_PER_STATEMENT]
        session.execute(update(Message).where(Message.id.in_(chunk)).values(read=read))
