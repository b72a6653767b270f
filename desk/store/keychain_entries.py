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
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from desk.store.credentials import account_entry
from desk.store.keys import (
    KEYCHAIN_SERVICE,
    KeyFile,
    KeyFileCorrupt,
    KeyFileUnreadable,
    KeyProtection,
    store_entry,
)
from desk.store.paths import DataDir
from desk.store.set_aside import SET_ASIDE_PREFIX

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger("desk.store.keychain")

# Account ids tried beside the ones the store names (it cannot where its key is already
# gone from the keychain; a removed account's row is gone): ids count up from 1 and a desk
# holds a few accounts.
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


def key_files(data_dir: DataDir) -> list[Path]:
    """The key files of the stores of `data_dir`: its own, and those Start afresh set
    aside (desk.store.set_aside), whose accounts' tokens are still live on the server."""
    own = [data_dir.key_file] if data_dir.key_file.exists() else []
    return own + sorted(data_dir.root.glob(f"{SET_ASIDE_PREFIX}*/{data_dir.key_file.name}"))


def sharing_the_key(data_dir: DataDir) -> list[DataDir]:
    """The other data dirs desk knows of whose store opens with the same keychain entry as
    the store of `data_dir` (keychain-protected): the one its key file says it was copied
    from (`desk backup` notes it, see KeyFile.copy_of), and the user's own data dir (a
    copy made by hand notes nothing). Forgetting the entry locks them too. Only key files
    are read; a data dir without its database locks nothing, and is not counted."""
    try:
        own = KeyFile.load(data_dir.key_file)
    except (KeyFileCorrupt, KeyFileUnreadable):
        return []  # forget says why it cannot read it
    if own.protection is not KeyProtection.KEYCHAIN:
        return []
    found: list[DataDir] = []
    candidates = [DataDir.usual()]
    if own.copy_of is not None:
        candidates.insert(0, DataDir(Path(own.copy_of)))
    for other in candidates:
        if other.root == data_dir.root or other in found:
            continue
        try:
            if not other.database.exists():
                continue
            theirs = KeyFile.load(other.key_file) if other.key_file.exists() else None
        except (KeyFileCorrupt, KeyFileUnreadable, OSError):
            # Not to be looked up (another user's profile, for a copy restored for this
            # one): a store this user cannot reach opens with no entry of their keychain.
            continue
        if (
            theirs is not None
            and theirs.protection is KeyProtection.KEYCHAIN
            and theirs.store_id == own.store_id
        ):
            found.append(other)
    return found


def files_in_keychain(data_dir: DataDir) -> bool:
    """Whether a store of `data_dir` (its own, or one set aside) keeps its key in the
    keychain: a passphrase-protected store files nothing there. Raises as forget_keychain
    does for the data dir's own key file; a set-aside one it cannot read is passed over."""
    for key_file in key_files(data_dir):
        try:
            if KeyFile.load(key_file).protection is KeyProtection.KEYCHAIN:
                return True
        except (KeyFileCorrupt, KeyFileUnreadable):
            if key_file == data_dir.key_file:
                raise
    return False


def forget_keychain(
    data_dir: DataDir, backend: keyring.backend.KeyringBackend | None = None
) -> int:
    """Deletes the store key and every account's secrets that the stores of `data_dir`
    (its own and the ones set aside) filed in the keychain; how many there were. The store
    does not open again after it: for an uninstall that removes the data too. A
    passphrase-protected store files nothing there (its accounts' secrets are inside the
    database). KeyFileCorrupt for the data dir's own key file; a set-aside one that is
    damaged (why it was set aside, perhaps) is passed over. KeyFileUnreadable where the OS
    refuses the data dir's own key file; a set-aside one it refuses is passed over too."""
    import keyring

    chain = backend if backend is not None else keyring.get_keyring()
    forgotten = 0
    for key_file in key_files(data_dir):
        try:
            keyfile = KeyFile.load(key_file)
        except (KeyFileCorrupt, KeyFileUnreadable) as exc:
            if key_file == data_dir.key_file:
                raise
            why = "damaged" if isinstance(exc, KeyFileCorrupt) else "unreadable"
            log.warning("set-aside key file %s is %s: passed over", key_file.parent.name, why)
            continue
        if keyfile.protection is KeyProtection.KEYCHAIN:
            forgotten += _forget_store(DataDir(key_file.parent), keyfile, chain)
    log.info("forgot %d keychain entries of this data dir's stores", forgotten)
    return forgotten


def _forget_store(
    data_dir: DataDir, keyfile: KeyFile, chain: keyring.backend.KeyringBackend
) -> int:
    import keyring.errors

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
    return forgotten


def _account_ids(data_dir: DataDir, stored_key: str | None) -> list[int]:
    """The store's account ids and the probed ones: an account removed while the
    keychain refused to delete its token no longer has a row that names it."""
    known: list[int] = []
    if stored_key is not None and data_dir.database.exists():
        try:
            with read_only(data_dir, bytes.fromhex(stored_key)) as connection:
                known = [row[0] for row in connection.execute("SELECT id FROM accounts")]
        except (sqlcipher3.dbapi2.DatabaseError, ValueError):
            pass  # unreadable: the probed ids stand for them
    return sorted(set(PROBED_ACCOUNT_IDS).union(known))
