"""Configured accounts and their connectors; the demo workspace when there are none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.connectors import registry
from desk.connectors.protocol import Connector
from desk.core.clock import Clock
from desk.core.delivery import Delivery
from desk.core.reasons import FROM_YOU
from desk.store.credentials import CredentialStore
from desk.store.demo import DEMO_KIND, DEMO_SETTING, demo_messages, remove_demo_accounts
from desk.store.escalations import HISTORY_BEFORE_ADDED_MS
from desk.store.models import Account, Escalation, Message, to_ms
from desk.store.outbox import OutboxItem
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store


@dataclass(frozen=True, slots=True)
class AccountRef:
    id: int
    kind: str
    label: str
    config: Mapping[str, Any]
    # Signed in by several people (see set_shared).
    shared: bool = False

    @classmethod
    def of(cls, account: Account) -> AccountRef:
        """A stored account's, its configuration copied (the row's may change under it)."""
        return cls(
            account.id, account.kind, account.label, dict(account.config), bool(account.shared)
        )


def configured_accounts(store: Store) -> list[AccountRef]:
    """The accounts in the store now, none made (see ensure_default_account)."""
    with store.sessions() as session:
        return [AccountRef.of(a) for a in session.scalars(select(Account).order_by(Account.id))]


def ensure_default_account(store: Store, clock: Clock) -> list[AccountRef]:
    """The configured accounts; a fresh data dir gets the demo workspace, unless the
    administrator turned it off (`accounts.demo = false`): then none is made, and one
    already there goes, with its messages."""
    demo = bool(SettingsStore(store.sessions, load_policy()).get(DEMO_SETTING))
    if not demo:
        remove_demo_accounts(store)
    with store.transaction() as session:
        accounts = list(session.scalars(select(Account).order_by(Account.id)))
        if not accounts and demo:
            made = Account(kind=DEMO_KIND, label="demo", config={}, created_ms=to_ms(clock.now()))
            session.add(made)
            session.flush()
            accounts = [made]
        return [AccountRef.of(a) for a in accounts]


class DemoOff(StrEnum):
    """Who turned the demo workspace off (`accounts.demo = false`): the administrator's
    policy, or the user's own setting, stored in the data dir. Each has its own remedy, and
    an official told it was the policy asked IT, who had set none."""

    POLICY = "policy"
    USER = "user"


def demo_off(store: Store) -> DemoOff | None:
    """Who keeps the demo workspace away; None where it is on."""
    settings = SettingsStore(store.sessions, load_policy())
    if bool(settings.get(DEMO_SETTING)):
        return None
    if settings.policy.decides(DEMO_SETTING, user_set=settings.is_set(DEMO_SETTING)):
        return DemoOff.POLICY
    return DemoOff.USER


def demo_turned_off(store: Store) -> int | None:
    """Where the demo workspace is turned off (`accounts.demo = false`), removes one still
    there, as the next start of the window or of sync would: how many of its invented
    messages went with it. None where there was none to remove, or it is on."""
    if demo_off(store) is None:
        return None
    messages = demo_messages(store)
    return messages if remove_demo_accounts(store) else None


def connect(account: AccountRef, clock: Clock, store: Store | None = None) -> Connector:
    """The account's connector, given its secrets (from the keychain or the encrypted store)."""
    secrets = CredentialStore(store).load(account.id) if store is not None else {}
    return registry.factory(account.kind).from_config(account.config, secrets, clock=clock)


def me_names(store: Store, account_id: int) -> list[str]:
    """The user's display name in an account, for @-mentions written in its text: another
    account's name is someone else there."""
    with store.sessions() as session:
        return me_names_in(session, account_id)


def me_names_in(session: Session, account_id: int) -> list[str]:
    """`me_names`, read in `session`."""
    config = session.scalar(select(Account.config).where(Account.id == account_id))
    return me_names_of(config or {})


def me_names_of(config: Mapping[str, Any]) -> list[str]:
    """The user's display name in an account of this configuration (see me_names)."""
    return [str(config["me_name"])] if config.get("me_name") else []


def sign_out_and_remove(store: Store, account_id: int) -> str | None:
    """Removes an account, as `desk account remove` and the window's Accounts dialog do:
    signs its device out on the server, forgets its token, and deletes it and its messages
    (what was read and done kept for the same account added again, see store.kept_marks).
    Returns why the server could not sign the device out (a reason code: network, ...),
    None where it did or there was none to: removed all the same, the server keeps a dead
    device, nothing worse. Raises LookupError where there is no such account."""
    import asyncio

    from desk.connectors.matrix import MatrixSettings, logout
    from desk.connectors.protocol import ConnectorError
    from desk.store.escalations import remove_account

    with store.sessions() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError(account_id)
        kind, config = account.kind, dict(account.config)
    secrets = CredentialStore(store)
    token = secrets.load(account_id).get("access_token")
    not_signed_out: str | None = None
    if kind == "matrix" and token:
        try:
            asyncio.run(logout(MatrixSettings.from_config(config).server, token))
        except ConnectorError as exc:
            not_signed_out = exc.reason
        except (OSError, TimeoutError):
            not_signed_out = "network"
    secrets.delete(account_id)
    with store.transaction() as session:
        remove_account(session, account_id)
    return not_signed_out


def set_shared(store: Store, account_id: int, on: bool) -> int:
    """Says whether the account is shared, signed in by several people (a township's duty
    room, 值班室, on several PCs): what its id sends is then not the user's own, under
    any of their accounts (see Ingestor._sent_by_the_user), nor once it is removed. Added
    as a second account of an official's, a colleague's DING or urgent notice from it was
    taken as the official's own: it never rang, and was marked read (a tester).

    The messages stored from its id before, taken the other way, are sorted again as the
    sync worker sorts the messages stored unsorted (Ingestor.resort), between its polls:
    turned on, as someone else's, unread unless done or older than the account (history,
    as another's would be), so an urgent one rings. Their DING and @-mention do not come
    back: ingest cleared them as it stored them as the user's own, and desk keeps no copy
    of the event to read them from. What this desk sent from it (its outbox's) stays the
    user's. Turned off, they are the user's own again, read. How many changed; raises
    LookupError where there is no such account."""
    with store.transaction() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError(account_id)
        if account.shared == on:
            return 0
        account.shared = on
        return _sorted_again(session, account, on)


def sorted_again_as_shared(store: Store, account_id: int) -> int:
    """For an account just added shared (`desk account add --shared`): its id may have
    been kept as the user's, an account of it added before as theirs and removed (see
    escalations._keep_as_mine), and what came from it since under their other accounts
    was stored as theirs (read, no DING); sorted again as someone else's, as set_shared
    sorts it. How many changed."""
    with store.transaction() as session:
        account = session.get(Account, account_id)
        if account is None or not account.shared:
            return 0
        return _sorted_again(session, account, True)


def _sorted_again(session: Session, account: Account, on: bool) -> int:
    """The messages stored from the account's id, under any account of its kind, taken
    as someone else's (`on`) or the user's own (see set_shared)."""
    user_id = account.config.get("user_id")
    if not user_id:
        return 0
    same_kind = select(Account.id).where(Account.kind == account.kind)
    sent_here = select(OutboxItem.remote_id).where(OutboxItem.remote_id.is_not(None))
    rows = session.execute(
        select(Message, Account.created_ms)
        .join(Account, Account.id == Message.account_id)
        .where(
            Message.account_id.in_(same_kind),
            Message.sender_id == str(user_id),
            Message.remote_id.not_in(sent_here),
            Message.withdrawn_ms.is_(None),
        )
    ).all()
    changed = 0
    for row, added_ms in rows:
        reasons = list(row.reasons or [])
        mine = any(code == FROM_YOU for code, _args in reasons)
        if on and mine:
            row.reasons = [r for r in reasons if r[0] != FROM_YOU]
            if not row.done and row.ts_ms >= added_ms - HISTORY_BEFORE_ADDED_MS:
                row.read = False
            # Sorted again by any rules (see Message.unsorted_by), as it is now.
            if row.unsorted_by is None:
                row.unsorted_by = ""
        elif not on and not mine:
            made_the_users_own(session, row)
        else:
            continue
        changed += 1
    return changed


def made_the_users_own(session: Session, row: Message) -> None:
    """Stores `row`, someone else's before, as the user's own, as ingest stores theirs:
    read, asking nothing of them (see _no_longer_asking), sorted again as it now is."""
    row.reasons = [*(row.reasons or []), [FROM_YOU, {}]]
    row.read = True
    _no_longer_asking(session, row)
    if row.notify_state in (None, Delivery.HOLD.value):
        # Nothing for quiet hours to hold, nor to notify.
        row.notify_state = Delivery.SILENT.value
    if row.unsorted_by is None:
        row.unsorted_by = ""


def _no_longer_asking(session: Session, row: Message) -> None:
    """A message made the user's own (set_shared off) asks nothing of them, as ingest
    stores the user's own: no DING to confirm, no @-mention. A colleague's DING from the
    duty room, rung while the account was shared, rang on (its ladder running), a DING of
    the user's own asking them to confirm it. Its ladder ends on record, as a withdrawn
    DING's does."""
    if not (row.ding or row.mentions_me or row.pinned):
        return
    row.ding = row.pinned = row.mentions_me = False
    row.ding_due_ms = None
    ladder = session.get(Escalation, row.id)
    if ladder is not None and ladder.acked_ms is None:
        ladder.history = True
