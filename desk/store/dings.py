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
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import func, select

from desk.core.dings import Confirmation, Roster, build_roster
from desk.store import tables
from desk.store.tables import OutboxState, from_ms

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_T = TypeVar("_T")
# Ids in one IN list, well under SQLite's limit of bound parameters.
_CHUNK = 500


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
    # When the server took it (None while it waits in the outbox, or was turned down):
    # a DING queued offline went out later than it was written.
    sent_at: datetime | None = None
    # When the user was told its deadline passed with people unconfirmed (once).
    deadline_told: datetime | None = None
    # How many the latest re-DING asked (its unconfirmed then), None before one (or for
    # one to everyone): its card says 再次 DING 08:52（3 人）.
    re_ding_to: int | None = None

    @property
    def sent(self) -> bool:
        return self.state == OutboxState.SENT.value and self.remote_id is not None

    @property
    def refused(self) -> bool:
        """The server turned it down for good (the user may have left the group)."""
        return self.state == OutboxState.FAILED.value


class SentItem(Protocol):
    """What `sent_dings` reads of an outbox item: an OutboxItem, or a row of the outbox
    table as the inbox reads it through Core."""

    @property
    def id(self) -> int: ...
    @property
    def account_id(self) -> int: ...
    @property
    def group_remote_id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def ding(self) -> dict[str, Any] | None: ...
    @property
    def state(self) -> str: ...
    @property
    def remote_id(self) -> str | None: ...
    @property
    def created_ms(self) -> int: ...
    @property
    def sent_ms(self) -> int | None: ...
    @property
    def deadline_told_ms(self) -> int | None: ...


def sent_dings(
    session: Session | Connection | Connection, items: Sequence[SentItem]
) -> list[SentDing]:
    """The DINGs queued as these outbox items, each with who confirmed it (or a re-DING of
    it) and who not yet, in the order given.

    What the roster lists and what the inbox says under the user's own DINGs: one
    statement for their re-DINGs, and for each account one for the confirmations, one for
    the groups' members and one (two until ingest has learnt their id) for who the user is
    there, however many DINGs are asked.
    """
    ids = [item.id for item in items]
    # Each DING's re-DINGs: when, their remote id, how many each asked (None: everyone).
    resends: dict[int, list[tuple[int, str | None, int | None]]] = {}
    for chunk in _chunks(ids):
        for outbox_id, created_ms, remote_id, ding in session.execute(
            select(
                tables.ding_resends.c.outbox_id,
                tables.ding_resends.c.created_ms,
                tables.outbox.c.remote_id,
                tables.outbox.c.ding,
            )
            .join(tables.outbox, tables.outbox.c.txn_id == tables.ding_resends.c.txn_id)
            .where(tables.ding_resends.c.outbox_id.in_(chunk))
        ):
            asked = (ding or {}).get("recipients")
            count = len(asked) if isinstance(asked, list) else None
            resends.setdefault(outbox_id, []).append((created_ms, remote_id, count))
    by_account: dict[int, list[SentItem]] = {}
    for item in items:
        by_account.setdefault(item.account_id, []).append(item)
    found: dict[int, SentDing] = {}
    for account_id, mine in by_account.items():
        ding_ids = {
            item.id: [
                r for r in (item.remote_id, *(r for _c, r, _n in resends.get(item.id, ()))) if r
            ]
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
            again = sorted(resends.get(item.id, []), key=lambda resend: resend[0])
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
                last_ding=max([created, *(from_ms(c) for c, _r, _n in again)]),
                re_dings=len(again),
                re_ding_to=again[-1][2] if again else None,
                sent_at=from_ms(item.sent_ms) if item.sent_ms is not None else None,
                deadline_told=(
                    from_ms(item.deadline_told_ms) if item.deadline_told_ms is not None else None
                ),
                roster=build_roster(
                    recipients,
                    members,
                    me_ids,
                    [c for r in ding_ids[item.id] for c in confirmations.get(r, ())],
                ),
            )
    return [found[i] for i in ids]


def dings_sent_as(
    session: Session | Connection, messages: Iterable[tuple[int, str]]
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
                select(
                    tables.outbox.c.remote_id,
                    func.coalesce(tables.ding_resends.c.outbox_id, tables.outbox.c.id),
                )
                .outerjoin(
                    tables.ding_resends, tables.ding_resends.c.txn_id == tables.outbox.c.txn_id
                )
                .where(
                    tables.outbox.c.account_id == account_id,
                    tables.outbox.c.remote_id.in_(chunk),
                    tables.outbox.c.ding.is_not(None),
                )
            ):
                ding_of[(account_id, remote_id)] = outbox_id
    if not ding_of:
        return {}
    items = session.execute(
        select(tables.outbox).where(tables.outbox.c.id.in_(set(ding_of.values())))
    ).all()
    dings = {ding.outbox_id: ding for ding in sent_dings(session, items)}
    return {key: dings[outbox_id] for key, outbox_id in ding_of.items() if outbox_id in dings}


def members_of(
    session: Session | Connection, account_id: int, group_remote_id: str
) -> list[tuple[str, str]]:
    """(user id, name) of the group's members, in the group's order."""
    return [
        (u, n)
        for u, n in session.execute(
            select(tables.members.c.user_id, tables.members.c.name)
            .join(tables.groups, tables.groups.c.id == tables.members.c.group_id)
            .where(
                tables.groups.c.account_id == account_id,
                tables.groups.c.remote_id == group_remote_id,
            )
            .order_by(tables.members.c.id)
        )
    ]


def me_on(session: Session | Connection, account_id: int) -> tuple[set[str], str | None]:
    """The user's ids on this account (configured, or as the sender of what they sent)
    and their display name, used only while no id is known."""
    found = session.scalar(
        select(tables.accounts.c.config).where(tables.accounts.c.id == account_id)
    )
    config = found if found is not None else {}
    name = str(config["me_name"]) if config.get("me_name") else None
    if config.get("user_id"):
        # Ingest learns it from the first message of theirs to come back. Asking what they
        # sent reads a message for each item ever sent, 收到 clicks and all, and every
        # page of the inbox with a DING of theirs on it asks.
        return {str(config["user_id"])}, name
    sent = select(tables.outbox.c.remote_id).where(
        tables.outbox.c.account_id == account_id, tables.outbox.c.remote_id.is_not(None)
    )
    ids = set(
        session.scalars(
            select(tables.messages.c.sender_id)
            .where(
                tables.messages.c.account_id == account_id, tables.messages.c.remote_id.in_(sent)
            )
            .distinct()
            .limit(5)
        )
    )
    return ids, name


def is_me(me: tuple[set[str], str | None], user_id: str, name: str) -> bool:
    ids, my_name = me
    return user_id in ids or (not ids and my_name is not None and name == my_name)


def _confirmations(
    session: Session | Connection, account_id: int, ding_ids: list[str]
) -> dict[str, list[Confirmation]]:
    """Who confirmed which of these DINGs (by their remote ids), and when."""
    found: dict[str, list[Confirmation]] = {}
    for chunk in _chunks(ding_ids):
        for ding, user_id, name, ts_ms in session.execute(
            select(
                tables.ding_confirmations.c.ding_remote_id,
                tables.ding_confirmations.c.user_id,
                tables.ding_confirmations.c.name,
                tables.ding_confirmations.c.ts_ms,
            ).where(
                tables.ding_confirmations.c.account_id == account_id,
                tables.ding_confirmations.c.ding_remote_id.in_(chunk),
            )
        ):
            found.setdefault(ding, []).append(Confirmation(user_id, name, from_ms(ts_ms)))
    return found


def _groups(
    session: Session | Connection, account_id: int, remote_ids: set[str]
) -> dict[str, tuple[str, dict[str, str]]]:
    """Each of these groups' name and members (user id to name, in the group's order)."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for chunk in _chunks(sorted(remote_ids)):
        for remote_id, group_name, user_id, name in session.execute(
            select(
                tables.groups.c.remote_id,
                tables.groups.c.name,
                tables.members.c.user_id,
                tables.members.c.name,
            )
            .outerjoin(tables.members, tables.members.c.group_id == tables.groups.c.id)
            .where(tables.groups.c.account_id == account_id, tables.groups.c.remote_id.in_(chunk))
            .order_by(tables.groups.c.id, tables.members.c.id)
        ):
            _name, members = found.setdefault(remote_id, (group_name, {}))
            if user_id is not None:
                members[user_id] = name
    return found


def _chunks(values: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
