"""Confirmations of DINGs and the re-DINGs the user sent to the unconfirmed.

A confirmation is who acknowledged which DING (by the server's id of the DING)
and when: an explicit acknowledgement event, or a pure "收到" reply to the DING.
A re-DING is an ordinary DING in the outbox, linked here to the DING it repeats
so the roster counts a confirmation of either for both.

`sent_dings` reads the DINGs the user sent with their rosters, a few statements for any
number of them: the roster dialog lists them, and the inbox says under the user's own
DING cards how far confirming has got (`dings_sent_as`, for a page of cards).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Mapped, Session

from desk.core.dings import Confirmation, Roster, build_roster
from desk.store import tables
from desk.store.models import Account, Base, Group, Member, Message, from_ms
from desk.store.outbox import OutboxItem
from desk.store.tables import OutboxState

_T = TypeVar("_T")
# Ids in one IN list, well under SQLite's limit of bound parameters.
_CHUNK = 500


class DingConfirmation(Base):
    __table__ = tables.ding_confirmations

    id: Mapped[int]
    account_id: Mapped[int]
    ding_remote_id: Mapped[str]
    user_id: Mapped[str]
    name: Mapped[str]
    ts_ms: Mapped[int]
    source: Mapped[str]
    remote_id: Mapped[str | None]


class DingResend(Base):
    """A re-DING (`txn_id` in the outbox) of the DING queued as outbox item `outbox_id`."""

    __table__ = tables.ding_resends

    id: Mapped[int]
    outbox_id: Mapped[int]
    txn_id: Mapped[str]
    created_ms: Mapped[int]


@dataclass(frozen=True, slots=True)
class SentDing:
    """A DING the user queued, with its roster once the server has it."""

    outbox_id: int
    account_id: int
    group_remote_id: str
    group_name: str
    text: str
    deadline: datetime | None
    recipients: tuple[str, ...] | None
    state: str
    remote_id: str | None
    created: datetime
    last_ding: datetime  # when it, or its latest re-DING, was queued
    re_dings: int
    roster: Roster

    @property
    def sent(self) -> bool:
        return self.state == OutboxState.SENT.value and self.remote_id is not None

    @property
    def refused(self) -> bool:
        """The server turned it down for good (the user may have left the group)."""
        return self.state == OutboxState.FAILED.value


def sent_dings(session: Session, items: Sequence[OutboxItem]) -> list[SentDing]:
    """The DINGs queued as these outbox items, each with who confirmed it (or a re-DING of
    it) and who not yet, in the order given.

    What the roster lists and what the inbox says under the user's own DINGs: one
    statement for their re-DINGs, and for each account one for the confirmations, one for
    the groups' members and one (two until ingest has learnt their id) for who the user is
    there, however many DINGs are asked.
    """
    ids = [item.id for item in items]
    resends: dict[int, list[tuple[int, str | None]]] = {}
    for chunk in _chunks(ids):
        for outbox_id, created_ms, remote_id in session.execute(
            select(DingResend.outbox_id, DingResend.created_ms, OutboxItem.remote_id)
            .join(OutboxItem, OutboxItem.txn_id == DingResend.txn_id)
            .where(DingResend.outbox_id.in_(chunk))
        ):
            resends.setdefault(outbox_id, []).append((created_ms, remote_id))
    by_account: dict[int, list[OutboxItem]] = {}
    for item in items:
        by_account.setdefault(item.account_id, []).append(item)
    found: dict[int, SentDing] = {}
    for account_id, mine in by_account.items():
        ding_ids = {
            item.id: [r for r in (item.remote_id, *(r for _c, r in resends.get(item.id, ()))) if r]
            for item in mine
        }
        confirmations = _confirmations(
            session, account_id, [r for rs in ding_ids.values() for r in rs]
        )
        groups = _groups(session, account_id, {item.group_remote_id for item in mine})
        me = me_on(session, account_id)
        for item in mine:
            name, members = groups.get(item.group_remote_id, (item.group_remote_id, {}))
            me_ids = set(me[0]) | {u for u, n in members.items() if is_me(me, u, n)}
            raw = item.ding or {}
            recipients = raw.get("recipients")
            deadline = raw.get("deadline")
            created = from_ms(item.created_ms)
            again = resends.get(item.id, [])
            found[item.id] = SentDing(
                outbox_id=item.id,
                account_id=item.account_id,
                group_remote_id=item.group_remote_id,
                group_name=name,
                text=item.text,
                deadline=datetime.fromisoformat(deadline) if deadline else None,
                recipients=tuple(recipients) if recipients is not None else None,
                state=item.state,
                remote_id=item.remote_id,
                created=created,
                last_ding=max([created, *(from_ms(c) for c, _r in again)]),
                re_dings=len(again),
                roster=build_roster(
                    recipients,
                    members,
                    me_ids,
                    [c for r in ding_ids[item.id] for c in confirmations.get(r, ())],
                ),
            )
    return [found[i] for i in ids]


def dings_sent_as(
    session: Session, messages: Iterable[tuple[int, str]]
) -> dict[tuple[int, str], SentDing]:
    """Which of these messages (account, remote id) are DINGs the user sent (from desk or
    another device), or re-DINGs of one: each with the DING it is (a re-DING's the DING
    it repeats), whose roster counts the confirmations of both. One statement per account
    to find them (by the outbox's index of remote ids), one to read them, then
    `sent_dings`'."""
    wanted: dict[int, list[str]] = {}
    for account_id, remote_id in messages:
        wanted.setdefault(account_id, []).append(remote_id)
    ding_of: dict[tuple[int, str], int] = {}
    for account_id, remote_ids in wanted.items():
        for chunk in _chunks(remote_ids):
            for remote_id, outbox_id in session.execute(
                select(OutboxItem.remote_id, func.coalesce(DingResend.outbox_id, OutboxItem.id))
                .outerjoin(DingResend, DingResend.txn_id == OutboxItem.txn_id)
                .where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.remote_id.in_(chunk),
                    OutboxItem.ding.is_not(None),
                )
            ):
                ding_of[(account_id, remote_id)] = outbox_id
    if not ding_of:
        return {}
    items = session.scalars(
        select(OutboxItem).where(OutboxItem.id.in_(set(ding_of.values())))
    ).all()
    dings = {ding.outbox_id: ding for ding in sent_dings(session, items)}
    return {key: dings[outbox_id] for key, outbox_id in ding_of.items() if outbox_id in dings}


def members_of(session: Session, account_id: int, group_remote_id: str) -> list[tuple[str, str]]:
    """(user id, name) of the group's members, in the group's order."""
    return [
        (u, n)
        for u, n in session.execute(
            select(Member.user_id, Member.name)
            .join(Group, Group.id == Member.group_id)
            .where(Group.account_id == account_id, Group.remote_id == group_remote_id)
            .order_by(Member.id)
        )
    ]


def me_on(session: Session, account_id: int) -> tuple[set[str], str | None]:
    """The user's ids on this account (configured, or as the sender of what they sent)
    and their display name, used only while no id is known."""
    account = session.get(Account, account_id)
    config = account.config if account is not None else {}
    name = str(config["me_name"]) if config.get("me_name") else None
    if config.get("user_id"):
        # Ingest learns it from the first message of theirs to come back. Asking what they
        # sent reads a message for each item ever sent, 收到 clicks and all, and every
        # page of the inbox with a DING of theirs on it asks.
        return {str(config["user_id"])}, name
    sent = select(OutboxItem.remote_id).where(
        OutboxItem.account_id == account_id, OutboxItem.remote_id.is_not(None)
    )
    ids = set(
        session.scalars(
            select(Message.sender_id)
            .where(Message.account_id == account_id, Message.remote_id.in_(sent))
            .distinct()
            .limit(5)
        )
    )
    return ids, name


def is_me(me: tuple[set[str], str | None], user_id: str, name: str) -> bool:
    ids, my_name = me
    return user_id in ids or (not ids and my_name is not None and name == my_name)


def _confirmations(
    session: Session, account_id: int, ding_ids: list[str]
) -> dict[str, list[Confirmation]]:
    """Who confirmed which of these DINGs (by their remote ids), and when."""
    found: dict[str, list[Confirmation]] = {}
    for chunk in _chunks(ding_ids):
        for ding, user_id, name, ts_ms in session.execute(
            select(
                DingConfirmation.ding_remote_id,
                DingConfirmation.user_id,
                DingConfirmation.name,
                DingConfirmation.ts_ms,
            ).where(
                DingConfirmation.account_id == account_id,
                DingConfirmation.ding_remote_id.in_(chunk),
            )
        ):
            found.setdefault(ding, []).append(Confirmation(user_id, name, from_ms(ts_ms)))
    return found


def _groups(
    session: Session, account_id: int, remote_ids: set[str]
) -> dict[str, tuple[str, dict[str, str]]]:
    """Each of these groups' name and members (user id to name, in the group's order)."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for chunk in _chunks(sorted(remote_ids)):
        for remote_id, group_name, user_id, name in session.execute(
            select(Group.remote_id, Group.name, Member.user_id, Member.name)
            .outerjoin(Member, Member.group_id == Group.id)
            .where(Group.account_id == account_id, Group.remote_id.in_(chunk))
            .order_by(Group.id, Member.id)
        ):
            _name, members = found.setdefault(remote_id, (group_name, {}))
            if user_id is not None:
                members[user_id] = name
    return found


def _chunks(values: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
