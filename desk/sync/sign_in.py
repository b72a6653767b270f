"""Adding a server account: sign in once, keep the token safe, record the account.

Shared by `desk account add` and the Add account dialog. The password is used for
the sign-in only and never stored; the token goes to the keychain or the encrypted
store (desk.store.credentials).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from desk.connectors.protocol import AuthError, ConnectorError
from desk.core.clock import Clock
from desk.store.credentials import CredentialError, CredentialStore
from desk.store.models import Account, to_ms
from desk.store.store import Store
from desk.sync.accounts import sorted_again_as_shared

if TYPE_CHECKING:
    from desk.connectors.matrix.transport import ServerConfig

log = logging.getLogger("desk.sync.sign_in")


class SignInError(Exception):
    """`code`: refused (wrong user or password), unreachable (with `reason`, and the
    ConnectorError's `detail`), keychain."""

    def __init__(self, code: str, reason: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {reason}" if reason else code)
        self.code = code
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class AddedAccount:
    id: int
    user_id: str
    token_kept_in: str
    # The account was there already (its sign-in had been refused): it keeps its messages
    # and syncs on from where it stopped with the new token.
    renewed: bool = False


def add_matrix_account(
    store: Store,
    clock: Clock,
    homeserver: str,
    user_id: str,
    password: str,
    *,
    ca_bundle: str | None = None,
    initial_history: int | None = None,
    shared: bool = False,
) -> AddedAccount:
    # The Matrix client library loads only when an account is added or synced.
    from desk.connectors.matrix import MatrixSettings, login
    from desk.connectors.matrix.transport import ServerConfig

    settings = MatrixSettings(
        server=ServerConfig(homeserver=homeserver.strip().rstrip("/"), ca_bundle=ca_bundle),
        user_id=user_id.strip(),
        **({"initial_history": initial_history} if initial_history else {}),
    )
    try:
        credentials = asyncio.run(login(settings.server, settings.user_id, password))
    except AuthError:
        raise SignInError("refused") from None
    except ConnectorError as exc:
        raise SignInError("unreachable", exc.reason, exc.detail) from None
    config = {**settings.to_config(), "user_id": credentials.user_id}
    with store.transaction() as session:
        # Signing in again as the same user is how a refused sign-in
        # is put right: a second account would bring every message in again, twice.
        account = next(
            (
                a
                for a in session.scalars(select(Account).where(Account.kind == "matrix"))
                # The server's own spelling of the user names the server too (however
                # its address was typed: Matrix.County.Example, :443).
                if a.config.get("user_id") == credentials.user_id
            ),
            None,
        )
        renewed = account is not None
        if account is None:
            account = Account(
                kind="matrix",
                label=credentials.user_id,
                config=config,
                created_ms=to_ms(clock.now()),
                # Shared from its first sync (see sync.accounts.set_shared); what came
                # from its id before is sorted again below, once it is kept.
                shared=shared,
            )
            session.add(account)
        else:
            account.config = {**account.config, **config}
        session.flush()
        account_id = account.id
    secrets = CredentialStore(store)
    replaced = secrets.load(account_id).get("access_token") if renewed else None
    try:
        secrets.save(account_id, credentials.secrets())
    except CredentialError as exc:
        if not renewed:
            with store.transaction() as session:
                session.delete(session.get_one(Account, account_id))
        raise SignInError("keychain", str(exc)) from None
    if shared and not renewed:
        # Its id may have been kept as the user's (added before as theirs, and removed):
        # what came from it since, stored as theirs, is someone else's now.
        sorted_again_as_shared(store, account_id)
    if replaced and replaced != credentials.access_token:
        _sign_out(settings.server, replaced)
    return AddedAccount(account_id, credentials.user_id, secrets.where, renewed)


def _sign_out(server: ServerConfig, token: str) -> None:
    """Signs out the device a sign-in again replaces: each sign-in is a new device on the
    server, and the user's list of devices filled with old desks, each still able to read
    their messages. Best effort: a token the server has revoked already is gone anyway."""
    from desk.connectors.matrix import logout

    try:
        asyncio.run(logout(server, token))
    except ConnectorError as exc:
        log.info("the replaced device was not signed out: %s", exc.reason)
