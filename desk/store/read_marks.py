"""Marking a whole view read at once ("Mark all as read"), and taking it back.

Monday morning holds hundreds of unread messages, most of them chit-chat and notices
already seen elsewhere: one card at a time is no way through them.

A view's cards go with their folded copies and attached acks, as one card does when it is
read (`InboxQueries.set_read`); a group's messages are its own, copies included, and the
acks posted there: only its own rows (each group's badge counts its own rows, and marking
one group read walked every group's unread, 66 s on a 100,000-message store). A DING that
waits for the user's confirmation stays unread: reading is not confirming, and its card
should not look dealt with; what is folded under it (its copies, the 收到 to it) is read
with the view, as the groups' badges count those rows and no view shows them apart.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import func, select, text, update

from desk.core.messages import Tier
from desk.store import tables
from desk.store.tables import to_ms

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from desk.store.database import Sessions

# Ids per UPDATE when taking a mark back: well under SQLite's limit of bound values.
_IDS_PER_STATEMENT = 500

# Whether a message waits for the user's confirmation: pinned (a DING, or a card a DING
# was folded into), or a DING no escalation round has pinned yet (it came since the last
# one, a few hundred milliseconds ago). Marking it read would hide it once pinned.
_WAITING_ITSELF = """({m}.pinned = 1 OR ({m}.ding = 1 AND NOT EXISTS (
    SELECT 1 FROM escalations AS e
    WHERE e.message_id = {m}.id AND (e.acked_ms IS NOT NULL OR e.history = 1))))"""
# ...or a twin of one that does (the same DING under a second account, listed in that
# account's group: tables.messages.twin_of), whose read its card follows. Its own ladder
# is on record, never pinned: that group marked read, the card of a DING still ringing
# read as read.
_WAITING = (
    "("
    + _WAITING_ITSELF
    + " OR ({m}.twin_of IS NOT NULL AND EXISTS (SELECT 1 FROM messages AS twin_first "
    + "WHERE twin_first.id = {m}.twin_of AND "
    + _WAITING_ITSELF.replace("{m}", "twin_first")
    + ")))"
)


# A re-DING listed on its DING's card, or a notice posted again where it stands: no row
# of its group's view, nor of its badge.
_RE_DING = (
    "(cluster IS NOT NULL AND cluster != remote_id AND ("
    + tables.RE_DING_RECEIVED.format(m="messages")
    + " OR "
    + tables.RE_DING_OWN.format(m="messages")
    + " OR "
    + tables.REPOSTED_IN_GROUP.format(m="messages")
    + "))"
)


def _unread_under_cards(within: str) -> str:
    """Each unread open message `within` a part of the unread index (in its order, a step's
    worth of the messages there were when the mark began: ids up to `upto`), with the card
    it shows under: its notice's first post, or for an ack, the card of the message it
    answers (that may be a copy, itself read)."""
    return f"""
SELECT u.id, u.group_id, u.ack_of IS NULL AND NOT u.re_ding AS shown, u.waiting, u.tier_rank,
    card.id, card.tier_rank, card.done = 0 AND card.ack_of IS NULL AS live
FROM (
    SELECT id, account_id, group_id, ack_of, tier_rank,
        {_WAITING.format(m="messages")} AS waiting,
        {_RE_DING} AS re_ding,
        CASE WHEN ack_of IS NULL THEN coalesce(cluster, remote_id)
        ELSE coalesce(
            (SELECT t.cluster FROM messages AS t
             WHERE t.account_id = messages.account_id AND t.remote_id = messages.ack_of),
            ack_of)
        END AS head
    -- Named: with no statistics, SQLite walks an inbox index's open messages instead.
    FROM messages INDEXED BY ix_messages_unread
    WHERE read = 0 AND done = 0 AND {within} AND id <= :upto
    ORDER BY group_id, id
    LIMIT :rows
) AS u
LEFT JOIN messages AS card ON card.account_id = u.account_id AND card.remote_id = u.head
"""


# Where a step reads on from (group id, id): the rest of that group, then the groups after
# it. As one row value, (group_id, id) > (?, ?), SQLite sought only the group, and read
# its entries from the start every step.
_REST_OF_GROUP = _unread_under_cards("group_id = :group AND id > :id")
_LATER_GROUPS = _unread_under_cards("group_id > :group")

# The cards a view's badge counts that wait for confirmation (see ViewReadMark.begin): the
# pinned ones sought in the inbox index, tier by tier, and the DINGs no round has pinned
# yet in the index of what may alert. Through the unread index, every unread row was
# read: 6.3 s at 96,000 unread.
_CARD = (
    "read = 0 AND ack_of IS NULL AND (cluster IS NULL OR cluster = remote_id) AND twin_of IS NULL"
)
_WAITING_CARDS = f"""
SELECT count(*) FROM (
    SELECT id FROM messages INDEXED BY ix_messages_inbox
    WHERE done = 0 AND tier_rank IN (SELECT value FROM json_each(:ranks)) AND neg_pinned = -1
        AND {_CARD}
    UNION
    SELECT id FROM messages INDEXED BY ix_messages_alertable
    WHERE {tables.ALERTABLE} AND ding = 1 AND pinned = 0 AND {_CARD}
        AND tier_rank IN (SELECT value FROM json_each(:ranks))
        AND {_WAITING.format(m="messages")}
)
"""
# ...and those of a group, which counts every row of its own but acks.
_WAITING_IN_GROUP = f"""
SELECT count(*) FROM messages INDEXED BY ix_messages_unread
WHERE group_id = :group AND read = 0 AND done = 0 AND ack_of IS NULL
    AND {_WAITING.format(m="messages")}
    AND NOT {_RE_DING}
"""

# Unread messages read, and at most marked, by one step, each step a transaction of its
# own: marking 300,000 unread in one transaction held the store thread for 13 s, and
# every key pressed meanwhile waited behind it (its undo, 8.6 s).
STEP_ROWS = 1000

# What a message a mark made read counts as: nothing of its own (a copy, an ack), a card
# of the view's badge, or a card of the tiers marked with the view's (see ViewReadMark).
_OTHER, _BADGE, _ALSO = 0, 1, 2


class MarkedRead(NamedTuple):
    """What `mark_read` changed: every message marked (what `unmark` takes back), how many
    of them the view's unread badge counted, and how many it left unread because they
    wait for the user's confirmation."""

    ids: tuple[int, ...]
    rows: int
    waiting: int


class MarkProgress(NamedTuple):
    """How far a `ViewReadMark` has come: messages marked read so far, of them the cards
    the badge counted, those left waiting for confirmation, and whether it is through;
    taking it back, `marked` and `left` count what is unread again and what is still read
    (see `unmark_step`)."""

    marked: int
    rows: int
    waiting: int
    finished: bool
    left: int = 0
    # Cards of the tiers marked with the view's, which its badge does not count (Noise's,
    # with All's): said beside `rows`.
    also: int = 0


class ViewReadMark:
    """Marking a view read a step at a time, each step a transaction of its own, and
    taking it back the same way, so that the store thread serves other work between them
    (the window runs each step as a store job).

    It marks what `mark_read` describes among the messages there were when it `begin`s
    (when the user asked for it: one arriving while they are asked to agree was not seen),
    and leaves what an edit made unread again since (a meeting moved to today). Its steps
    run one after another, on one thread.
    """

    def __init__(
        self,
        sessions: Sessions,
        tiers: Sequence[Tier] = (),
        group_id: int | None = None,
        step_rows: int = STEP_ROWS,
        also: Sequence[Tier] = (),
    ) -> None:
        """Marks the cards of `tiers`, or of the group `group_id`; and the cards of the
        tiers `also`, which the view's badge does not count (Noise, with All)."""
        self._sessions = sessions
        self._ranks = _ranks(tiers)
        self._marked_ranks = _ranks((*tiers, *also))
        self._group_id = group_id
        self._step_rows = step_rows
        self._upto: int | None = None
        self._begun_ms: int | None = None
        # Where the next step starts in the unread index; None when through (no tier and
        # no group: nothing to mark).
        self._after: tuple[int, int] | None = (-1, -1) if tiers or group_id is not None else None
        self._ids: list[int] = []
        # Whether each of `_ids` is a card its view's badge counted (_BADGE), a card of the
        # tiers marked `also` (_ALSO), or neither (a copy, an ack).
        self._counted: list[int] = []
        self._rows = self._waiting = self._also = 0
        # How many of `_ids` are unread again, and of them the badge's.
        self._taken_back = self._rows_back = 0

    @property
    def marked(self) -> MarkedRead:
        return MarkedRead(tuple(self._ids), self._rows, self._waiting)

    def begin(self, now: datetime | None = None) -> int:
        """Fixes what the mark is about: the messages stored so far, as they stand at
        `now` (without it, what an edit made unread meanwhile is marked too). Returns how
        many cards the view's badge counts that wait for confirmation, and stay unread:
        the badge less these is what the mark's progress (and its undo's) counts to."""
        with self._sessions.connect() as session:
            self._upto = session.scalar(select(func.max(tables.messages.c.id))) or 0
            if self._after is None:
                waiting = 0
            elif self._group_id is not None:
                waiting = session.execute(
                    text(_WAITING_IN_GROUP), {"group": self._group_id}
                ).scalar_one()
            else:
                waiting = session.execute(
                    text(_WAITING_CARDS), {"ranks": json.dumps(list(self._ranks))}
                ).scalar_one()
        self._begun_ms = to_ms(now) if now is not None else None
        return int(waiting)

    def step(self) -> MarkProgress:
        """Marks read what the next `step_rows` unread messages hold of the view."""
        if self._after is None:
            return self._progress(len(self._ids))
        if self._upto is None:
            self.begin()
        if self._group_id is not None and self._after[0] != self._group_id:
            self._after = (self._group_id, -1)
        with self._sessions.transaction() as session:
            where = {"group": self._after[0], "id": self._after[1], "upto": self._upto}
            found = session.execute(text(_REST_OF_GROUP), {**where, "rows": self._step_rows}).all()
            # A group's mark reads its own rows alone: never the groups after it.
            if len(found) < self._step_rows and self._group_id is None:
                found += session.execute(
                    text(_LATER_GROUPS), {**where, "rows": self._step_rows - len(found)}
                ).all()
            ids = self._chosen(found)
            if ids and self._begun_ms is not None:
                ids = self._without_edited_since(session, ids)
            _set_read(session, ids, True)
        new = self._counted[len(self._ids) :]
        self._rows += new.count(_BADGE)
        self._also += new.count(_ALSO)
        self._ids.extend(ids)
        # Each part comes in the index's order; the join need not keep it.
        last = max(((row[1], row[0]) for row in found), default=None)
        self._after = last if len(found) == self._step_rows else None
        return self._progress(len(self._ids))

    def _chosen(self, found: Sequence[Any]) -> list[int]:
        """Which of the unread messages `found` the view holds; counts them as it goes."""
        ids: list[int] = []
        ranks, marked_ranks = self._ranks, self._marked_ranks
        for uid, _group, shown, uwait, urank, cid, crank, live_card in found:
            if self._group_id is not None:
                # Only the group's own rows are found: each is the group's to read.
                if uwait:
                    self._waiting += bool(shown)
                else:
                    ids.append(uid)
                    self._counted.append(_BADGE if shown else _OTHER)
                continue
            if cid is None or cid == uid:
                # A card (or a row whose card is not stored: it stands for itself).
                rank = urank if cid is None else crank
                if rank not in marked_ranks:
                    continue
                if uwait:
                    self._waiting += cid == uid and rank in ranks
                    continue
                ids.append(uid)
                self._counted.append(_OTHER if cid is None else _BADGE if rank in ranks else _ALSO)
            elif crank in marked_ranks and live_card:
                # Folded under a card the view lists, waiting for confirmation or not: its
                # group's badge counts it, and no view shows it but under its card (copies
                # and 收到 under waiting DINGs kept ~2,300 on the groups' badges, a tester).
                ids.append(uid)
                self._counted.append(_OTHER)
        return ids

    def _without_edited_since(self, session: Session | Connection, ids: list[int]) -> list[int]:
        """`ids` but those an edit made unread again since the mark began: news the user
        has not seen (and their places in `_counted`, which this step's ids end)."""
        edited = set(
            session.scalars(
                select(tables.messages.c.id).where(
                    tables.messages.c.id.in_(ids), tables.messages.c.edited_ms >= self._begun_ms
                )
            )
        )
        if not edited:
            return ids
        start = len(self._counted) - len(ids)
        kept = [(i, c) for i, c in zip(ids, self._counted[start:], strict=True) if i not in edited]
        self._counted[start:] = [c for _i, c in kept]
        return [i for i, _c in kept]

    def unmark_step(self) -> MarkProgress:
        """Makes unread again the next `step_rows` messages the mark made read (not what
        was folded in since). Its progress counts what the badge counts (all messages if
        it counted none of them): how many are unread again, and how many are `left`. A
        mark taken back takes no further step."""
        self._after = None
        start, end = self._taken_back, self._taken_back + self._step_rows
        with self._sessions.transaction() as session:
            _set_read(session, self._ids[start:end], False)
        self._rows_back += self._counted[start:end].count(_BADGE)
        self._taken_back = min(end, len(self._ids))
        unread_again = self._rows_back if self._rows else self._taken_back
        left = (self._rows or len(self._ids)) - unread_again
        finished = self._taken_back == len(self._ids)
        return MarkProgress(unread_again, self._rows, self._waiting, finished, left)

    def _progress(self, marked: int) -> MarkProgress:
        finished = self._after is None
        return MarkProgress(marked, self._rows, self._waiting, finished, also=self._also)


def _ranks(tiers: Sequence[Tier]) -> range:
    """The tiers' ranks, as one range (the views mark tiers next to each other)."""
    return range(
        min((t.rank for t in tiers), default=0), max((t.rank for t in tiers), default=-1) + 1
    )


def mark_read(
    sessions: Sessions, tiers: Sequence[Tier] = (), group_id: int | None = None
) -> MarkedRead:
    """Marks read the open cards of `tiers` with what is folded into them (under a DING
    waiting for confirmation too), or, given `group_id`, that group's own open messages:
    every step of a `ViewReadMark` at once."""
    mark = ViewReadMark(sessions, tiers, group_id)
    mark.begin()
    while not mark.step().finished:
        pass
    return mark.marked


def unmark(sessions: Sessions, marked: MarkedRead) -> None:
    """Makes unread again exactly what `mark_read` marked (not what was folded in since)."""
    with sessions.transaction() as session:
        _set_read(session, marked.ids, False)


def _set_read(session: Session | Connection, ids: Sequence[int], read: bool) -> None:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        chunk = ids[start : start + _IDS_PER_STATEMENT]
        which = [tables.messages.c.id.in_(chunk)]
        if not read:
            # A message withdrawn since stays read: it says nothing to read.
            which.append(tables.messages.c.withdrawn_ms.is_(None))
        session.execute(update(tables.messages).where(*which).values(read=read))
