"""Queueing and sending: the outbox in the store, drained through an account's connector.

`enqueue` fixes the item's transaction id in the same write that queues it;
`flush` sends what is pending, oldest first, marking each item sent in its own
transaction; an item waits behind another account's older one to the same room
(`held_behind_others`), so the group reads the user's words in the order they wrote
them. A crash between the server's answer and that mark only means the
item is sent again under the same transaction id, which the server ignores.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.connectors.protocol import (
    AuthError,
    Connector,
    ConnectorError,
    DingRequest,
    MemberInfo,
    Outgoing,
)
from desk.core.clock import Clock
from desk.core.messages import Role
from desk.core.reasons import FROM_YOU
from desk.store.models import Account, Group, Member, Message, to_ms
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.accounts import made_the_users_own

log = logging.getLogger("desk.sync.outbox")


# How long an item waits behind another account's older item to the same room (see
# held_behind_others): enough for that account's flush, woken by the same queueing; past
# it, that account is evidently stuck (offline, or to sign in again, its item showing
# 待发送) and this one goes, rather than hold a reply for good.
CROSS_ACCOUNT_WAIT_MS = 2 * 60 * 1000


@dataclass(frozen=True, slots=True)
class FlushResult:
    sent: int = 0
    failed: int = 0  # refused by the server for good; kept, marked failed
    held: int = 0  # waiting behind another account's older item to the same room


def enqueue(
    store: Store,
    account_id: int,
    group_remote_id: str,
    text: str,
    *,
    clock: Clock,
    reply_to: str | None = None,
    ack_of: str | None = None,
    ding: DingRequest | None = None,
) -> str:
    """Queues one item and returns its transaction id."""
    txn_id = f"desk-{uuid.uuid4().hex}"
    with store.transaction() as session:
        session.add(
            OutboxItem(
                account_id=account_id,
                txn_id=txn_id,
                group_remote_id=group_remote_id,
                text=text,
                reply_to=reply_to,
                ack_of=ack_of,
                ding=ding_json(ding) if ding is not None else None,
                state=OutboxState.PENDING.value,
                attempts=0,
                created_ms=to_ms(clock.now()),
            )
        )
    log.info("account %d: queued %s", account_id, txn_id)
    return txn_id


def ding_json(ding: DingRequest) -> dict[str, Any]:
    """A DING's `OutboxItem.ding`."""
    found: dict[str, Any] = {
        "deadline": ding.deadline.isoformat() if ding.deadline else None,
        "recipients": list(ding.recipients) if ding.recipients is not None else None,
    }
    if ding.repeats is not None:
        found["repeats"] = ding.repeats
    return found


def pending(store: Store, account_id: int) -> list[OutboxItem]:
    with store.sessions() as session:
        return list(
            session.scalars(
                select(OutboxItem)
                .where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.state == OutboxState.PENDING.value,
                )
                .order_by(OutboxItem.id)
            )
        )


def held_behind_others(
    store: Store,
    account_id: int,
    items: list[OutboxItem],
    now_ms: int,
    not_sending: Collection[int] = (),
) -> set[int]:
    """Which of the account's pending `items` wait behind an older item still pending
    under another account of the user's to the same room (a room's id is the same under
    every account in it), queued less than CROSS_ACCOUNT_WAIT_MS ago. Each account's
    outbox keeps its own order, not the other's: two replies to one notice, the first
    from the user's own account and the correction from the duty room's, could reach the
    group the correction first. Across rooms the order is no one's to see."""
    rooms = {item.group_remote_id for item in items}
    if not rooms:
        return set()
    with store.sessions() as session:
        older = session.execute(
            select(OutboxItem.group_remote_id, func.min(OutboxItem.id))
            .where(
                OutboxItem.account_id != account_id,
                # Not behind an account known not to send until the user acts (to be
                # signed in again): its item would hold this one for the whole wait.
                OutboxItem.account_id.not_in(not_sending),
                OutboxItem.state == OutboxState.PENDING.value,
                OutboxItem.group_remote_id.in_(rooms),
                OutboxItem.created_ms > now_ms - CROSS_ACCOUNT_WAIT_MS,
            )
            .group_by(OutboxItem.group_remote_id)
        ).all()
    first_elsewhere = {room: first for room, first in older}
    return {
        item.id
        for item in items
        if item.group_remote_id in first_elsewhere
        and first_elsewhere[item.group_remote_id] < item.id
    }


def reply_senders(store: Store, account_id: int, items: list[OutboxItem]) -> dict[str, str]:
    """Who posted each message the replies among `items` answer, by its server id: one
    read for all of them."""
    answered = {item.reply_to for item in items if item.reply_to is not None}
    if not answered:
        return {}
    with store.sessions() as session:
        found = session.execute(
            select(Message.remote_id, Message.sender_id).where(
                Message.account_id == account_id, Message.remote_id.in_(answered)
            )
        )
        return {remote_id: sender for remote_id, sender in found}


def group_members(
    store: Store, account_id: int, items: list[OutboxItem]
) -> dict[str, tuple[MemberInfo, ...]]:
    """The members of the groups `items` write to, by the group's server id: one read for
    all of them. Only text sent as a reply or a DING needs them (see `Outgoing.members`).
    The user's other accounts are not among them: the user's own text never tells them (a
    tester's "收到，刘敏" from @liumin mentioned @liumin2, both named 刘敏); a shared
    account is someone else's, a colleague's there."""
    groups = {i.group_remote_id for i in items if i.reply_to is not None or i.ding is not None}
    if not groups:
        return {}
    found: dict[str, list[MemberInfo]] = {}
    with store.sessions() as session:
        mine = {
            str(account.config.get("user_id"))
            for account in session.scalars(
                select(Account).where(Account.id != account_id, Account.shared.is_(False))
            )
            if account.config.get("user_id")
        }
        rows = session.execute(
            select(Group.remote_id, Member.user_id, Member.name, Member.role)
            .join(Member, Member.group_id == Group.id)
            .where(Group.account_id == account_id, Group.remote_id.in_(groups))
            .order_by(Member.id)
        )
        for group, user_id, name, role in rows:
            if user_id not in mine:
                found.setdefault(group, []).append(MemberInfo(user_id, name, Role(role)))
    return {group: tuple(members) for group, members in found.items()}


def to_outgoing(
    item: OutboxItem,
    reply_to_sender: str | None = None,
    members: tuple[MemberInfo, ...] = (),
) -> Outgoing:
    ding = None
    if item.ding is not None:
        deadline = item.ding.get("deadline")
        recipients = item.ding.get("recipients")
        ding = DingRequest(
            deadline=datetime.fromisoformat(deadline) if deadline else None,
            recipients=tuple(recipients) if recipients is not None else None,
            repeats=item.ding.get("repeats"),
        )
    return Outgoing(
        txn_id=item.txn_id,
        group_id=item.group_remote_id,
        text=item.text,
        reply_to=item.reply_to,
        ack_of=item.ack_of,
        ding=ding,
        reply_to_sender=reply_to_sender,
        members=members,
    )


async def flush(
    connector: Connector,
    account_id: int,
    store: Store,
    clock: Clock,
    *,
    sent_ids: list[str] | None = None,
    refused: list[OutboxItem] | None = None,
    sent_items: list[OutboxItem] | None = None,
    not_sending: Collection[int] = (),
) -> FlushResult:
    """Sends everything pending. A transient failure is recorded on the item and raised
    (the caller backs off and calls again); AuthError is raised as it is. The server's
    ids of the items sent are appended to `sent_ids` as they go out, and the items it
    refused for good to `refused`, and those sent to `sent_items`: a failure raised later
    loses neither."""
    sent = failed = 0
    items = pending(store, account_id)
    held = held_behind_others(store, account_id, items, to_ms(clock.now()), not_sending)
    items = [item for item in items if item.id not in held]
    senders = reply_senders(store, account_id, items)
    members = group_members(store, account_id, items)
    for item in items:
        answered = senders.get(item.reply_to) if item.reply_to is not None else None
        outgoing = to_outgoing(item, answered, members.get(item.group_remote_id, ()))
        try:
            result = await connector.send(outgoing)
        except AuthError:
            raise
        except ConnectorError as exc:
            permanent = exc.reason == "rejected"
            _mark(store, item.id, OutboxState.FAILED if permanent else None, exc.reason)
            if not permanent:
                raise
            failed += 1
            if refused is not None:
                refused.append(item)
            log.warning("account %d: %s refused by the server", account_id, item.txn_id)
            continue
        _mark(store, item.id, OutboxState.SENT, None, result.remote_id, to_ms(clock.now()))
        sent += 1
        if sent_ids is not None:
            sent_ids.append(result.remote_id)
        if sent_items is not None:
            sent_items.append(item)
    if sent or failed or held:
        log.info(
            "account %d: outbox sent %d, failed %d, %d waiting for another account's",
            account_id,
            sent,
            failed,
            len(held),
        )
    return FlushResult(sent, failed, len(held))


def _mark(
    store: Store,
    item_id: int,
    state: OutboxState | None,
    error: str | None,
    remote_id: str | None = None,
    sent_ms: int | None = None,
) -> None:
    with store.transaction() as session:
        row = session.get_one(OutboxItem, item_id)
        row.attempts += 1
        row.last_error = error
        if state is not None:
            row.state = state.value
        if remote_id is not None:
            row.remote_id, row.sent_ms = remote_id, sent_ms
            _claim_echoes(session, row.account_id, remote_id)


def _claim_echoes(session: Session, account_id: int, remote_id: str) -> None:
    """Sent from a shared account (a duty room's): the copies of it that another account
    of the user's synced before its server id was marked here, taken as a colleague's
    (Ingestor._sent_by_the_user knows this desk's by that id). The server tells the other
    account's open sync as it answers the send, and the user's own DING from the duty
    room rang at them under their own account."""
    account = session.get(Account, account_id)
    if account is None or not account.shared or not account.config.get("user_id"):
        return
    others = select(Account.id).where(Account.kind == account.kind, Account.id != account_id)
    for message in session.scalars(
        select(Message).where(
            Message.account_id.in_(others),
            Message.remote_id == remote_id,
            Message.sender_id == str(account.config["user_id"]),
        )
    ):
        if not any(code == FROM_YOU for code, _args in message.reasons or []):
            made_the_users_own(session, message)
