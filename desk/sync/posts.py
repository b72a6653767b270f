"""Posting a new message to a group (Message → New message…): what its composer reads and
writes.

A new message is an ordinary `m.room.message` in the group, neither a reply nor a DING:
the notice a township secretary sends her villages. It goes through the outbox as replies
and DINGs do (`desk.sync.outbox.enqueue` fixes its transaction id), so it is sent once,
also after a restart or time offline; back through sync it is the user's own message, and
a notice among them gets the own notice's count of reports (已报 n/m) as the replies come.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, select

from desk.core.clock import Clock
from desk.store import tables
from desk.store.settings_store import drop_setting, put_setting, setting_row
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.dings import GroupChoice
from desk.sync.replies import TEXTS_TO_SEND, ReplyOutbox, ReplyState

# The transaction ids of new messages whose refusal desk had not yet given back into the
# composer when it quit (see PostOutbox.keep_refused).
REFUSED_KEPT = "posts.refused_kept"


@dataclass(frozen=True, slots=True)
class Posted:
    """A new message in the outbox: its transaction id, its group (the row, as a group
    view names it, and the name) and its text."""

    txn_id: str
    group_id: int
    group_name: str
    text: str


class GroupClosed(Exception):
    """No message can go to this group: `left` (the user left it, the server would turn
    the message down), else end-to-end encrypted, which desk cannot write in yet."""

    def __init__(self, group_name: str, *, left: bool) -> None:
        super().__init__(group_name)
        self.group_name = group_name
        self.left = left


class PostOutbox:
    """What the new-message composer reads and writes, each call on the store thread."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.clock = clock

    def groups(self) -> list[GroupChoice]:
        """The groups a message can go to: not one the user left, nor one end-to-end
        encrypted, which `send` refuses. Offered (and started on, its card being read),
        the whole notice was written before Send said desk cannot write there."""
        with self._store.sessions.connect() as conn:
            rows = conn.execute(
                select(
                    tables.groups.c.account_id,
                    tables.groups.c.remote_id,
                    tables.groups.c.name,
                    tables.groups.c.id,
                )
                .where(tables.groups.c.left_ms.is_(None), tables.groups.c.encrypted.is_(False))
                .order_by(tables.groups.c.account_id, tables.groups.c.id)
            )
            return [GroupChoice(int(a), str(r), str(n), int(i)) for a, r, n, i in rows]

    def send(self, account_id: int, group_remote_id: str, text: str) -> Posted:
        """Queues `text` as a new message in the group; refused (GroupClosed) where the
        server would turn it down or desk cannot write, and LookupError for a group no
        longer stored."""
        from desk.sync.outbox import enqueue  # as ReplyOutbox.send: with the first one

        with self._store.sessions.connect() as conn:
            found = conn.execute(
                select(
                    tables.groups.c.id,
                    tables.groups.c.name,
                    tables.groups.c.encrypted,
                    tables.groups.c.left_ms,
                ).where(
                    tables.groups.c.account_id == account_id,
                    tables.groups.c.remote_id == group_remote_id,
                )
            ).first()
        if found is None:
            raise LookupError(group_remote_id)
        group_id, name, encrypted, left_ms = found
        if left_ms is not None or encrypted:
            raise GroupClosed(str(name), left=left_ms is not None)
        txn_id = enqueue(self._store, account_id, group_remote_id, text, clock=self._clock)
        return Posted(txn_id, int(group_id), str(name), text)

    def keep_refused(self, txn_ids: list[str]) -> None:
        """Keeps, for the next run of desk, which of these messages are to come back into
        the composer should the server have refused them: desk promises a refused message's
        words are kept, and one waiting for the composer to be free was lost on quitting.
        The outbox keeps a refused message (state failed), text and all; only which ones
        were not yet handed back is not in it. Not into a damaged store."""

        def write() -> None:
            with self._store.sessions.transaction() as conn:
                if txn_ids:
                    put_setting(conn, REFUSED_KEPT, list(txn_ids))
                else:
                    drop_setting(conn, REFUSED_KEPT)

        self._store.damage.written(write, None, "desk.posts")

    def kept_refused(self) -> list[Posted]:
        """Those kept by an earlier run (see keep_refused) that the server refused, oldest
        first, taken out of the store: a message still queued is followed as `waiting`."""
        with self._store.sessions.transaction() as conn:
            found = setting_row(conn, REFUSED_KEPT)
            if found is None:
                return []
            drop_setting(conn, REFUSED_KEPT)
            kept = found.value
            if not isinstance(kept, list):
                return []
            rows = conn.execute(
                self._posted()
                .where(
                    tables.outbox.c.txn_id.in_([str(t) for t in kept]),
                    tables.outbox.c.state == OutboxState.FAILED.value,
                    tables.outbox.c.reply_to.is_(None),
                    tables.outbox.c.ack_of.is_(None),
                    tables.outbox.c.ding.is_(None),
                )
                .order_by(tables.outbox.c.id)
            ).all()
        return [Posted(str(t), int(i), str(g), str(x)) for t, i, g, x in rows]

    @staticmethod
    def _posted() -> Select[tuple[str, int, str, str]]:
        return select(
            tables.outbox.c.txn_id,
            tables.groups.c.id,
            tables.groups.c.name,
            tables.outbox.c.text,
        ).join(
            tables.groups,
            (tables.groups.c.account_id == tables.outbox.c.account_id)
            & (tables.groups.c.remote_id == tables.outbox.c.group_remote_id),
        )

    def waiting(self) -> list[Posted]:
        """The new messages an earlier run queued and never got sent (desk closed
        offline), oldest first: this run follows them as its own."""
        with self._store.sessions.connect() as conn:
            found = conn.execute(
                self._posted()
                .where(TEXTS_TO_SEND, tables.outbox.c.reply_to.is_(None))
                .order_by(tables.outbox.c.id)
            ).all()
        return [Posted(str(t), int(i), str(g), str(x)) for t, i, g, x in found]

    def states(self, txn_ids: Iterable[str]) -> dict[str, ReplyState]:
        """How each of these queued messages stands: as replies do (one outbox)."""
        return ReplyOutbox(self._store, self._clock).states(txn_ids)
