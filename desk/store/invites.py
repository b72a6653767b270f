"""Invites to groups the user has not joined yet, as they are listed (CLI and window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk.store.models import Invite, Member, from_ms


@dataclass(frozen=True, slots=True)
class PendingInvite:
    account_id: int
    group_id: str
    name: str
    inviter_id: str | None
    seen: datetime
    # The inviter's name where a group the user is in knows them, else as the invite gave
    # it, else None.
    inviter_name: str | None = None


def pending_invites(
    sessions: sessionmaker[Session], account_id: int | None = None
) -> list[PendingInvite]:
    """Invites not yet answered, oldest first."""
    query = select(Invite).order_by(Invite.seen_ms, Invite.id)
    if account_id is not None:
        query = query.where(Invite.account_id == account_id)
    with sessions() as session:
        invites = list(session.scalars(query))
        inviters = {i.inviter_id for i in invites if i.inviter_id}
        names = dict(
            session.execute(
                select(Member.user_id, func.min(Member.name))
                .where(Member.user_id.in_(inviters))
                .group_by(Member.user_id)
            ).all()
        )
        return [
            PendingInvite(
                i.account_id,
                i.remote_id,
                i.name,
                i.inviter_id,
                from_ms(i.seen_ms),
                (names.get(i.inviter_id) if i.inviter_id else None) or i.inviter_name,
            )
            for i in invites
        ]
