"""Every secret a data dir's store filed in the system keychain, and forgetting them all.

Uninstalling with "also remove my data" must leave no live secret behind: a Matrix access
token stays valid on the server. On Windows, keyring files a second secret under one
service by renaming the first (`desk` -> `store-key:…@desk`), so deleting the credential
named `desk` (what the uninstaller did) missed all but the newest.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

import sqlcipher3

from desk.store.credentials import account_entry
from desk.store.keys import KEYCHAIN_SERVICE, KeyFile, KeyProtection, store_entry
from desk.store.paths import DataDir

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger("desk.store.keychain")

# Account ids tried when the store cannot say which it has (its key already gone from
# the keychain): ids count up from 1 and a desk holds a few accounts.
PROBED_ACCOUNT_IDS = range(1, 101)


@contextlib.contextmanager
def read_only(data_dir: DataDir, key: bytes) -> Iterator[sqlcipher3.dbapi2.Connection]:
    """The store's database opened read only with `key`: nothing upgraded or written
    under a desk that may be running."""
    connection = sqlcipher3.dbapi2.connect(f"file:{data_dir.database}?mode=ro", uri=True)
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield connection
    finally:
        connection.close()


def forget_keychain(
    data_dir: DataDir, backend: keyring.backend.KeyringBackend | None = None
) -> int:
    """Deletes the store key and every account's secrets that the store of `data_dir`
    filed in the keychain; how many there were. The store does not open again after it:
    for an uninstall that removes the data too. A passphrase-protected store files
    nothing there (its accounts' secrets are inside the database)."""
    import keyring
    import keyring.errors

    keyfile = KeyFile.load(data_dir.key_file)
    if keyfile.protection is not KeyProtection.KEYCHAIN:
        return 0
    chain = backend if backend is not None else keyring.get_keyring()
    stored_key = chain.get_password(KEYCHAIN_SERVICE, store_entry(keyfile.store_id))
    account_ids = _account_ids(data_dir, stored_key)
    forgotten = 0
    for entry in [account_entry(keyfile.store_id, a) for a in account_ids] + [
        store_entry(keyfile.store_id)
    ]:
        try:
            chain.delete_password(KEYCHAIN_SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            continue  # not there: a probed id, or an account without secrets
        forgotten += 1
    log.info("forgot %d keychain entries of this store", forgotten)
    return forgotten


def _account_ids(data_dir: DataDir, stored_key: str | None) -> list[int] | range:
    """The store's account ids, or every probed id where the store cannot be read."""
    if stored_key is None or not data_dir.database.exists():
        return PROBED_ACCOUNT_IDS
    try:
        with read_only(data_dir, bytes.fromhex(stored_key)) as connection:
            return [row[0] for row in connection.execute("SELECT id FROM accounts")]
    except (sqlcipher3.dbapi2.DatabaseError, ValueError):
        return PROBED_ACCOUNT_IDS
