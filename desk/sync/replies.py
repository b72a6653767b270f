"""Replying to a message from the reading pane: what the reply box reads and writes.

`ReplyOutbox.target` says whom and where a reply to a card goes (the card's own message,
in its group: a folded notice's first copy); `send` queues the reply in the outbox as a
Matrix reply to that message (`reply_to`), which the sync worker delivers, also after a
restart or time offline; `states` says, of the replies queued, which the server has and
which it refused for good (a group where only its admins may post); `waiting`, at the
start, the replies an earlier run queued and never got sent (desk closed offline).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import and_, func, select

from desk.core.clock import Clock
from desk.store import tables
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.settings_store import drop_setting, put_setting, setting_row
from desk.store.store import Store
from desk.store.tables import OutboxState

# What "回复收到" sends: the word every group counts as a confirmation.
SHOU_DAO = "收到"


class ReplyTarget(NamedTuple):
    """The message a reply answers, and the group it goes to."""

    message_id: int
    account_id: int
    group_remote_id: str
    remote_id: str
    group_name: str
    sender_name: str
    text: str
    # The user left the group, or was removed: the server would turn the reply down.
    left: bool = False


class ReplyState(StrEnum):
    QUEUED = "queued"  # in the outbox: offline, or not sent yet
    SENT = "sent"  # the server has it
    REFUSED = "refused"  # the server turned it down for good (no right to post there)


# The settings table's row holding the replies written and not sent when desk quit: no
# setting a user or a policy sets.
DRAFTS = "reply.drafts"


# The outbox's texts of the user's still to be sent (replies and new messages, which an
# earlier run may have queued): not a DING's confirmation nor a DING.
TEXTS_TO_SEND = and_(
    tables.outbox.c.state == OutboxState.PENDING.value,
    tables.outbox.c.ack_of.is_(None),
    tables.outbox.c.ding.is_(None),
)


class ReplyOutbox:
    """What the reply box reads and writes, each call on the store thread."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def target(self, message_id: int) -> ReplyTarget | None:
        """Where a reply to the card `message_id` goes; None if it is no longer stored.
        From the user's own account's twin where a shared account holds the card (see
        store.escalations.answering_twin); the target still names the card."""
        row = self._answering_row(message_id)
        with self._store.sessions.connect() as conn:
            found = conn.execute(
                select(
                    tables.messages.c.account_id,
                    tables.groups.c.remote_id,
                    tables.messages.c.remote_id,
                    tables.groups.c.name,
                    tables.messages.c.sender_name,
                    tables.messages.c.text,
                    tables.groups.c.left_ms,
                )
                .join(tables.groups, tables.groups.c.id == tables.messages.c.group_id)
                .where(tables.messages.c.id == row)
            ).first()
        if found is None:
            return None
        account_id, group_remote_id, remote_id, group_name, sender, text, left_ms = found
        return ReplyTarget(
            message_id,
            account_id,
            group_remote_id,
            remote_id,
            group_name,
            sender,
            text,
            left=left_ms is not None,
        )

    def sender(self, message_id: int) -> tuple[str, str] | None:
        """The account a reply to the card `message_id` goes from (see `target`), as its
        display name and user id, where the user has more than one account: which of them
        answers is then worth saying. None with one account, or the card gone."""
        accounts = tables.accounts.c
        with self._store.sessions.connect() as conn:
            if (conn.execute(select(func.count()).select_from(tables.accounts)).scalar() or 0) < 2:
                return None
        row = self._answering_row(message_id)
        with self._store.sessions.connect() as conn:
            found = conn.execute(
                select(accounts.label, accounts.config)
                .join(tables.messages, tables.messages.c.account_id == accounts.id)
                .where(tables.messages.c.id == row)
            ).first()
        if found is None:
            return None
        label, config = found
        config = config or {}
        return str(config.get("me_name") or ""), str(config.get("user_id") or label)

    def _answering_row(self, message_id: int) -> int:
        """The row a reply to the card `message_id` goes from: the card, or its twin under
        the user's own account where the card is a shared account's."""
        # Loaded with the first reply: the ladders' module is none of the first paint's
        # (see tests/app/test_start_order).
        from desk.store.escalations import answering_twin

        with self._store.sessions() as session:
            return answering_twin(session, message_id) or message_id

    def send(self, target: ReplyTarget, text: str) -> str:
        """Queues `text` as a reply to `target` in its group; returns its transaction id."""
        # Loaded with the first reply, not with the window, which makes this outbox before
        # its first paint: the queue's module brings the connectors' protocol, a dozen
        # record classes to build (some 5 ms of start-up).
        from desk.sync.outbox import enqueue

        return enqueue(
            self._store,
            target.account_id,
            target.group_remote_id,
            text,
            clock=self._clock,
            reply_to=target.remote_id,
        )

    def waiting(self) -> list[tuple[str, InboxRow, str]]:
        """The replies still to be sent (transaction id, the card answered, the text),
        oldest first: queued by an earlier run of desk, they are followed as this run's
        are. Not a confirmation of a DING nor a DING, nor a reply to a message gone."""
        with self._store.sessions.connect() as conn:
            found = conn.execute(
                select(tables.outbox.c.txn_id, tables.messages.c.id, tables.outbox.c.text)
                .join(
                    tables.messages,
                    (tables.messages.c.account_id == tables.outbox.c.account_id)
                    & (tables.messages.c.remote_id == tables.outbox.c.reply_to),
                )
                .where(TEXTS_TO_SEND)
                .order_by(tables.outbox.c.id)
            ).all()
        if not found:
            return []
        rows = InboxQueries(self._store.sessions).rows([int(m) for _t, m, _x in found])
        return [(str(t), rows[m], str(x)) for t, m, x in found if m in rows]

    def keep_drafts(self, drafts: dict[int, str]) -> None:
        """Keeps what was written for each card and not sent (by card id) for the next run
        of desk: quitting lost it, without a word (a review). Not into a damaged store."""

        def write() -> None:
            with self._store.sessions.transaction() as conn:
                if not drafts:
                    drop_setting(conn, DRAFTS)
                    return
                kept = {str(card): text for card, text in drafts.items()}
                put_setting(conn, DRAFTS, kept)

        self._store.damage.written(write, None, "desk.replies")

    def kept_draft_cards(self) -> frozenset[int]:
        """The cards an earlier run kept a draft for, left in the store (a read: see
        kept_drafts, which takes them out)."""
        with self._store.sessions.connect() as conn:
            found = setting_row(conn, DRAFTS)
        value = found.value if found is not None else None
        if not isinstance(value, dict):
            return frozenset()
        return frozenset(
            int(k) for k, v in value.items() if k.isdigit() and isinstance(v, str) and v.strip()
        )

    def kept_drafts(self) -> dict[int, str]:
        """What an earlier run kept (see keep_drafts), taken out of the store."""
        with self._store.sessions.transaction() as conn:
            found = setting_row(conn, DRAFTS)
            if found is None:
                return {}
            value = found.value
            drop_setting(conn, DRAFTS)
        if not isinstance(value, dict):
            return {}
        return {int(k): v for k, v in value.items() if k.isdigit() and isinstance(v, str)}

    def states(self, txn_ids: Iterable[str]) -> dict[str, ReplyState]:
        """How each of these queued replies stands (one no longer in the outbox: left out)."""
        wanted = list(txn_ids)
        if not wanted:
            return {}
        with self._store.sessions.connect() as conn:
            rows = conn.execute(
                select(tables.outbox.c.txn_id, tables.outbox.c.state).where(
                    tables.outbox.c.txn_id.in_(wanted)
                )
            )
            return {str(txn): _STATES[str(state)] for txn, state in rows}


_STATES = {
    OutboxState.PENDING.value: ReplyState.QUEUED,
    OutboxState.SENT.value: ReplyState.SENT,
    OutboxState.FAILED.value: ReplyState.REFUSED,
}
