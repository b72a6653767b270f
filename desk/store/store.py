"""Opening a data dir's store: key first, then the database, never a fresh file over an old one."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.store import keys, schema
from desk.store.damage import DamageWatch, read_marker
from desk.store.database import DatabaseUnopenable, Sessions, open_database
from desk.store.paths import DataDir, DataDirUnusable, OsRefusal

if TYPE_CHECKING:
    import keyring.backend  # imported where the keychain is used (see desk.store.keys)
    from sqlalchemy.orm import Session

log = logging.getLogger("desk.store")

# Held while a desk makes the key or upgrades the schema (see open_store); a first start
# after an update may migrate a million messages for a minute or two.
OPEN_LOCK = "desk.lock"
OPEN_LOCK_TIMEOUT_S = 600.0


class StoreError(Exception):
    """Opening failed; `code` names the cause for the UI and CLI to word, `refusal` why
    the OS refused a file (key_file_unreadable, database_no_access)."""

    CODES = (
        "key_file_missing",
        "key_file_corrupt",
        "key_file_unreadable",
        "passphrase_required",
        "wrong_passphrase",
        "keychain_entry_missing",
        "unreadable",
        "damaged",
        "disk",
        "database_no_access",
        "keychain_unavailable",
        "locked",
        "failed",
        "too_new",
    )

    def __init__(self, code: str, detail: str = "", refusal: OsRefusal | None = None) -> None:
        assert code in self.CODES, code
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.refusal = refusal


@dataclass
class Store:
    data_dir: DataDir
    engine: Engine
    # Core connections, and ORM sessions made when first asked for (see Sessions).
    sessions: Sessions
    protection: keys.KeyProtection
    # Damage met inside the database while it is open (see desk.store.damage).
    damage: DamageWatch
    # The raw key the engine opens it with: a copy of the database is keyed with it too
    # (desk.store.backup). Never said: not in a repr, not in a log.
    key: bytes = field(repr=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one unit, or not at all."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _key_problems() -> Iterator[None]:
    """The key's problems as the StoreError codes the UI and the CLI word."""
    try:
        yield
    except keys.PassphraseRequired as exc:
        raise StoreError("passphrase_required", str(exc)) from exc
    except keys.WrongPassphrase as exc:
        raise StoreError("wrong_passphrase") from exc
    except keys.KeychainUnavailable as exc:
        raise StoreError("keychain_unavailable", str(exc)) from exc
    except keys.KeychainEntryMissing as exc:
        raise StoreError("keychain_entry_missing", str(exc)) from exc
    except keys.KeyFileCorrupt as exc:
        raise StoreError("key_file_corrupt", str(exc)) from exc
    except keys.KeyFileUnreadable as exc:
        raise StoreError("key_file_unreadable", str(exc.path), exc.refusal) from exc


def unlock_key(data_dir: DataDir, passphrase: str | None) -> bytes:
    """The key of the store already in `data_dir`, opening nothing (StoreError if not)."""
    with _key_problems():
        return keys.KeyVault(data_dir.key_file).unlock(passphrase)


def open_store(
    data_dir: DataDir,
    passphrase: str | None = None,
    *,
    backend: keyring.backend.KeyringBackend | None = None,
    scrypt_n: int = keys.DEFAULT_SCRYPT_N,
    early: Future[bytes] | None = None,
    reading: bool = False,
) -> Store:
    """Opens the store of `data_dir`; `early` is its key being unlocked already
    (`keys.unlock_early`), which then stands in for `passphrase` and `backend`. A caller
    `reading` (`desk inbox`) still gets a store the disk has no room to share: see
    _opened."""
    data_dir.ensure()
    vault = keys.KeyVault(data_dir.key_file, backend, scrypt_n)
    try:
        if early is not None or vault.exists():
            # An existing key is read without the lock: a keychain that asks its user to
            # unlock it first must not hold every other desk on this data dir waiting.
            with _key_problems():
                key = early.result() if early is not None else vault.unlock(passphrase)
            store = _open_database(data_dir, vault, key, lambda: _one_at_a_time(data_dir), reading)
        else:
            with _one_at_a_time(data_dir):
                store = _open_new(data_dir, vault, passphrase)
    except StoreError as exc:
        # In the log too: the window's exe has no console, and IT asks for the log.
        asked = exc.code in ("passphrase_required", "wrong_passphrase")
        why = f" ({exc.refusal.code})" if exc.refusal is not None else ""
        log.log(logging.INFO if asked else logging.ERROR, "store not opened: %s%s", exc.code, why)
        raise
    return store


@contextmanager
def _one_at_a_time(data_dir: DataDir) -> Iterator[None]:
    """One desk at a time makes the key or brings the schema up to date: the window and a
    provisioning script (`desk account add`) starting together on a new data dir each made
    a key, and the database was written under one that desk.key no longer held. Imported
    here: an ordinary start (a key, a current schema) takes no lock and pays nothing."""
    from filelock import FileLock, Timeout

    lock = FileLock(data_dir.root / OPEN_LOCK, timeout=OPEN_LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreError("locked", str(data_dir.root)) from exc
    except OSError as exc:  # a desk.lock left by another user, or a folder of that name
        raise DataDirUnusable.from_os_error(data_dir.root, exc) from exc
    try:
        yield
    finally:
        lock.release()


def _open_new(data_dir: DataDir, vault: keys.KeyVault, passphrase: str | None) -> Store:
    """Under the lock: the key another desk made meanwhile, else a new one."""
    with _key_problems():
        if vault.exists():
            key = vault.unlock(passphrase)
        elif data_dir.database.exists():
            # Without its key the old file is unreadable; making a new key would
            # only lead to a new database replacing the user's data.
            raise StoreError("key_file_missing", str(data_dir.key_file))
        else:
            key = vault.create(passphrase)
    return _open_database(data_dir, vault, key, contextlib.nullcontext, reading=False)


def _open_database(
    data_dir: DataDir,
    vault: keys.KeyVault,
    key: bytes,
    while_upgrading: Callable[[], AbstractContextManager[object]],
    reading: bool,
) -> Store:
    protection = vault.protection()
    assert protection is not None
    # Damage found while desk ran: every page is read before the store is used again. A
    # start without the note pays nothing for it.
    noted = read_marker(data_dir.damage_marker)
    if noted is not None:
        when = noted.at.isoformat(timespec="seconds") if noted.at else "at a time not noted"
        log.warning("the database was found damaged (%s): reading every page", when)
    try:
        engine, sessions = _opened(data_dir, key, while_upgrading, reading, noted is not None)
    except DatabaseUnopenable as exc:
        cause = exc.__cause__
        if exc.refusal is not None:
            why = exc.refusal.code
        else:  # None: every page read, and not all of them sound (see open_database)
            why = type(cause).__name__ if cause is not None else "quick_check"
        log.error("database not opened: %s (%s)", exc.code, why)
        refused = exc.refusal.file if exc.refusal is not None else ""
        raise StoreError(exc.code, refused or str(data_dir.database), exc.refusal) from exc
    except schema.TooNew as exc:
        raise StoreError("too_new", exc.revision) from exc
    if noted is not None:
        _forget_damage(data_dir)
    log.info("store open (%s)", protection.value)
    damage = DamageWatch(data_dir.damage_marker)
    damage.attach(engine, sessions)
    return Store(data_dir, engine, sessions, protection, damage, key)


def _forget_damage(data_dir: DataDir) -> None:
    """Removes the note of damage once every page reads (restored from a backup, say)."""
    try:
        data_dir.damage_marker.unlink(missing_ok=True)
    except OSError as exc:  # read again at the next start, which costs only time
        log.warning("could not remove %s (%s)", data_dir.damage_marker.name, exc.strerror)
        return
    log.info("every page of the database reads: %s removed", data_dir.damage_marker.name)


def _opened(
    data_dir: DataDir,
    key: bytes,
    while_upgrading: Callable[[], AbstractContextManager[object]],
    reading: bool,
    every_page: bool,
) -> tuple[Engine, Sessions]:
    """The database, shared with other desks; for a caller `reading`, where that fails on
    the disk, the database for this process alone. Sharing needs a -shm file of 32 KB
    beside the database, which a full disk has no room for (SQLite says "disk I/O
    error"): `desk inbox` refused to read a store it could read. `every_page`: see
    open_database."""
    try:
        return open_database(data_dir.database, key, while_upgrading, every_page=every_page)
    except DatabaseUnopenable as exc:
        if not reading or exc.code != "disk":
            raise
        try:
            opened = open_database(
                data_dir.database, key, while_upgrading, alone=True, every_page=every_page
            )
        except DatabaseUnopenable:
            raise exc from exc.__cause__  # the disk's failure is what the user is told
        log.warning("database opened for this process alone: no room to share it")
        return opened
