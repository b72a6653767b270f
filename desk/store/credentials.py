"""Account secrets (access token, device id): in the OS keychain, or in the encrypted store.

Where the store's key is in the keychain, the account's secrets go there too
(service "desk", one entry per account). With the passphrase fallback they go
into the `credentials` table, inside the SQLCipher file. Never a plain file, never a log.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Mapped

from desk.store import tables
from desk.store.keys import KEYCHAIN_SERVICE, KeyFile, KeyProtection
from desk.store.models import Base
from desk.store.store import Store

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger("desk.store.credentials")


class StoredCredentials(Base):
    __table__ = tables.credentials

    account_id: Mapped[int]
    secrets: Mapped[dict[str, Any]]


def account_entry(store_id: str, account_id: int) -> str:
    """The keychain entry (under KEYCHAIN_SERVICE) of one account's secrets."""
    return f"account:{store_id}:{account_id}"


class CredentialError(Exception):
    """The keychain refused to keep a secret."""


class CredentialStore:
    def __init__(self, store: Store, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._store = store
        self._backend = backend

    @property
    def where(self) -> str:
        return "keychain" if self._in_keychain else "store"

    @property
    def _in_keychain(self) -> bool:
        return self._store.protection is KeyProtection.KEYCHAIN

    def _keyring(self) -> keyring.backend.KeyringBackend:
        # Imported here, as in desk.store.keys: only the keychain path needs keyring.
        import keyring

        return self._backend if self._backend is not None else keyring.get_keyring()

    def _entry(self, account_id: int) -> str:
        return account_entry(KeyFile.load(self._store.data_dir.key_file).store_id, account_id)

    def save(self, account_id: int, secrets: dict[str, str]) -> None:
        if self._in_keychain:
            import keyring.errors

            try:
                self._keyring().set_password(
                    KEYCHAIN_SERVICE, self._entry(account_id), json.dumps(secrets)
                )
            except keyring.errors.KeyringError as exc:
                raise CredentialError(type(exc).__name__) from exc
            return
        with self._store.transaction() as session:
            row = session.get(StoredCredentials, account_id)
            if row is None:
                session.add(StoredCredentials(account_id=account_id, secrets=dict(secrets)))
            else:
                row.secrets = dict(secrets)

    def load(self, account_id: int) -> dict[str, str]:
        """The account's secrets; empty if there are none (the user must sign in again)."""
        if self._in_keychain:
            import keyring.errors

            try:
                raw = self._keyring().get_password(KEYCHAIN_SERVICE, self._entry(account_id))
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "keychain unavailable for account %d: %s", account_id, type(exc).__name__
                )
                return {}
            try:
                data = json.loads(raw) if raw else {}
            except ValueError:
                return {}
        else:
            with self._store.sessions() as session:
                row = session.get(StoredCredentials, account_id)
                data = dict(row.secrets) if row is not None else {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def delete(self, account_id: int) -> None:
        if self._in_keychain:
            import keyring.errors

            try:
                self._keyring().delete_password(KEYCHAIN_SERVICE, self._entry(account_id))
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "keychain unavailable for account %d: %s", account_id, type(exc).__name__
                )
        with self._store.transaction() as session:
            row = session.get(StoredCredentials, account_id)
            if row is not None:
                session.delete(row)
