"""Invites to groups: kept from sync until answered; accepted automatically if the setting says so.

An invite is a group the user has not joined, so nothing of it syncs yet. By
default desk lists invites and the user answers them (anyone on the server can
invite anyone, and a joined group's messages reach the inbox and may notify); an
administrator who runs a work server can turn `accounts.auto_join_invites` on.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.connectors.protocol import Connector, ConnectorError, InviteAnswerer, SyncBatch
from desk.core.clock import Clock
from desk.store.invites import pending_invites
from desk.store.models import Invite, to_ms
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import connect, ensure_default_account

log = logging.getLogger("desk.sync.invites")

AUTO_JOIN = "accounts.auto_join_invites"


def record_invites(session: Session, account_id: int, batch: SyncBatch, now: datetime) -> None:
    """Keeps the batch's invites; forgets those answered, withdrawn or joined. Runs in the
    batch's transaction."""
    answered = {*batch.invites_gone, *(g.remote_id for g in batch.groups)}
    answered -= {i.group_id for i in batch.invites}
    if answered:
        session.execute(
            delete(Invite).where(Invite.account_id == account_id, Invite.remote_id.in_(answered))
        )
    for invite in batch.invites:
        row = session.scalar(
            select(Invite).where(
                Invite.account_id == account_id, Invite.remote_id == invite.group_id
            )
        )
        if row is None:
            row = Invite(account_id=account_id, remote_id=invite.group_id, seen_ms=to_ms(now))
            session.add(row)
        row.name, row.inviter_id = invite.name, invite.inviter_id
        row.inviter_name = invite.inviter_name


async def answer_invite(
    connector: Connector, store: Store, account_id: int, group_id: str, *, accept: bool
) -> None:
    """Joins or declines; the invite leaves the list once the server agreed.

    ConnectorError("rejected") if the server refused (the invite was withdrawn, say):
    the invite is dropped then too, since it cannot be answered any more.
    """
    if not isinstance(connector, InviteAnswerer):
        raise ConnectorError("unsupported")
    try:
        await (connector.join if accept else connector.leave)(group_id)
    except ConnectorError as exc:
        if exc.reason == "rejected":
            _forget(store, account_id, group_id)
        raise
    _forget(store, account_id, group_id)


async def answer_pending(
    store: Store, clock: Clock, group_id: str, *, accept: bool, account_id: int | None = None
) -> None:
    """Joins or declines the pending invite to `group_id` (of `account_id`, or of the first
    account invited) with its account's connector: the window's invites list and `desk
    invites accept|decline`. LookupError when no invite to it is pending; AuthError and
    ConnectorError as `answer_invite`."""
    invite = next(
        (i for i in pending_invites(store.sessions, account_id) if i.group_id == group_id), None
    )
    if invite is None:
        raise LookupError(group_id)
    account = next(a for a in ensure_default_account(store, clock) if a.id == invite.account_id)
    connector = connect(account, clock, store)
    try:
        await answer_invite(connector, store, account.id, group_id, accept=accept)
    finally:
        await connector.close()


async def join_invites_if_wanted(connector: Connector, store: Store, account_id: int) -> int:
    """With `accounts.auto_join_invites` on, joins every pending invite of the account;
    returns how many were joined (their groups come with the next sync)."""
    pending = pending_invites(store.sessions, account_id)
    if not pending or not SettingsStore(store.sessions, load_policy()).get(AUTO_JOIN):
        return 0
    joined = 0
    for invite in pending:
        try:
            await answer_invite(connector, store, account_id, invite.group_id, accept=True)
        except ConnectorError as exc:
            if exc.reason != "rejected":
                raise
            log.info("account %d: an invite could no longer be accepted", account_id)
            continue
        joined += 1
    if joined:
        log.info("account %d: joined %d invited groups", account_id, joined)
    return joined


def _forget(store: Store, account_id: int, group_id: str) -> None:
    with store.transaction() as session:
        session.execute(
            delete(Invite).where(Invite.account_id == account_id, Invite.remote_id == group_id)
        )
