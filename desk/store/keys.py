"""The database key: 256 random bits, kept in the OS keychain or wrapped by a passphrase.

The key file (`desk.key`, JSON) records how the key is protected and, for the
passphrase path, holds the key wrapped with scrypt + AES-GCM. It never holds the
key in the clear. Where no keychain works and no passphrase is given, creating a
store fails: desk never falls back to plaintext.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import logging
import os
import stat
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.store.files import write_whole
from desk.store.paths import OsRefusal

if TYPE_CHECKING:
    import keyring.backend

# keyring itself is imported where the keychain is used: importing it costs over 0.1 s
# (its plugin machinery), and `desk` starts unlocking a passphrase-protected key before
# that, beside the loading of everything else (see unlock_early). So is cryptography
# (some 5 ms of the GUI thread's start, issue 8): on the unlocking thread, and not at all
# with the key in the keychain.

log = logging.getLogger("desk.store.keys")

KEYCHAIN_SERVICE = "desk"
ENV_PASSPHRASE = "DESK_PASSPHRASE"
KEY_BYTES = 32
# OWASP's scrypt recommendation; about 0.3 s once per start-up.
DEFAULT_SCRYPT_N = 2**17


# The shortest passphrase a new store takes, asked for alike by the window and the CLI.
MIN_PASSPHRASE_LENGTH = 8


class NewPassphraseProblem(StrEnum):
    """Why a passphrase chosen for a store is refused (see `new_passphrase_problem`)."""

    TOO_SHORT = "too_short"
    DIFFER = "differ"


def new_passphrase_problem(typed: str, repeated: str | None = None) -> NewPassphraseProblem | None:
    """Why `typed` cannot become a store's passphrase, or None: shorter than
    MIN_PASSPHRASE_LENGTH, or not what was `repeated` (None: not asked yet; a terminal asks
    again only for one long enough). The one rule of the window's dialogs (a new store's,
    changing it) and of the CLI (`desk passphrase`, a new store at a terminal)."""
    if len(typed) < MIN_PASSPHRASE_LENGTH:
        return NewPassphraseProblem.TOO_SHORT
    if repeated is not None and repeated != typed:
        return NewPassphraseProblem.DIFFER
    return None


class KeyProtection(StrEnum):
    KEYCHAIN = "keychain"
    PASSPHRASE = "passphrase"


class KeyProblem(Exception):
    """Base of the key problems the user must be told about."""


class PassphraseRequired(KeyProblem):
    """The store is passphrase-protected (or must become so) and none was given."""


class WrongPassphrase(KeyProblem):
    pass


class KeychainUnavailable(KeyProblem):
    """The keychain did not answer (no Secret Service, or a locked one): the key may well
    still be in it."""


class KeychainEntryMissing(KeyProblem):
    """The key file says keychain, but the keychain has no key for this store."""


class KeyFileCorrupt(KeyProblem):
    """The key file was read, and what it holds is no key file of desk's."""


class KeyFileUnreadable(KeyProblem):
    """The OS would not let desk read the key file (no permission, another program holds
    it, a folder in its place): the file itself may be perfectly sound."""

    def __init__(self, path: Path, refusal: OsRefusal) -> None:
        super().__init__(f"{path}: {refusal.code}")
        self.path = path
        self.refusal = refusal


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What desk.key holds. `copy_of`, in a backup of a keychain-protected store (and in a
    data dir restored from one), is the data dir it was copied from: the two share one
    keychain entry, so forgetting it for the copy would lock that store too (see
    desk.store.keychain_entries.sharing_the_key)."""

    store_id: str
    protection: KeyProtection
    wrapped: dict[str, Any] | None = None
    copy_of: str | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "version": 1,
            "store_id": self.store_id,
            "protection": self.protection.value,
        }
        if self.wrapped is not None:
            data["wrapped"] = self.wrapped
        if self.copy_of is not None:
            data["copy_of"] = self.copy_of
        return json.dumps(data, indent=1)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            if stat.S_ISFIFO(path.stat().st_mode):
                # Reading a pipe waits for a writer that never comes: desk hung at start.
                raise KeyFileUnreadable(path, OsRefusal("not_a_file", "not a file", str(path)))
            read = path.read_text("utf-8")
        except UnicodeDecodeError as exc:
            raise KeyFileCorrupt(str(path)) from exc
        except OSError as exc:
            # Not the file's fault: telling it damaged had users set a healthy store aside.
            raise KeyFileUnreadable(path, OsRefusal.from_os_error(exc)) from exc
        try:
            data = json.loads(read)
            protection = KeyProtection(data["protection"])
            wrapped = data.get("wrapped")
            if protection is KeyProtection.PASSPHRASE and not isinstance(wrapped, dict):
                raise ValueError("no wrapped key")
            # Only a note: a key file whose note is not a path still opens its store.
            copy_of = data.get("copy_of")
            return cls(
                str(data["store_id"]),
                protection,
                wrapped,
                copy_of if isinstance(copy_of, str) and copy_of else None,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileCorrupt(str(path)) from exc


def keychain_usable(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's `fail` backend and for a chainer with nothing behind it."""
    try:
        priority = float(backend.priority)  # type: ignore[arg-type]
    except Exception:
        return False
    return priority > 0


class KeyVault:
    """Creates and unlocks the database key of one data dir."""

    def __init__(
        self,
        key_file: Path,
        backend: keyring.backend.KeyringBackend | None = None,
        scrypt_n: int = DEFAULT_SCRYPT_N,
    ) -> None:
        self._path = key_file
        # Found when first needed: keyring's search loads and probes every backend it knows
        # (about 0.15 s), which a passphrase-protected store never uses.
        self._given_backend = backend
        self._scrypt_n = scrypt_n

    @functools.cached_property
    def _backend(self) -> keyring.backend.KeyringBackend:
        import keyring

        given = self._given_backend
        return given if given is not None else keyring.get_keyring()

    def exists(self) -> bool:
        # A link that leads nowhere (broken, or a loop) is there, and unreadable: taken for
        # missing, the store was offered to be set aside.
        return os.path.lexists(self._path)

    def protection(self) -> KeyProtection | None:
        return KeyFile.load(self._path).protection if self.exists() else None

    def create(self, passphrase: str | None) -> bytes:
        """A new key, in the keychain where one works, else wrapped by `passphrase`."""
        if self.exists():
            raise FileExistsError(self._path)
        import secrets  # a new store's key alone: hmac and hashlib's C part with it

        key = secrets.token_bytes(KEY_BYTES)
        import uuid  # once per store, not on every start

        store_id = str(uuid.uuid4())
        if self._try_keychain(store_id, key):
            keyfile = KeyFile(store_id, KeyProtection.KEYCHAIN)
        elif passphrase:
            keyfile = KeyFile(
                store_id, KeyProtection.PASSPHRASE, self._wrap(key, passphrase, store_id)
            )
        else:
            raise PassphraseRequired("no usable keychain")
        write_whole(self._path, keyfile.to_json())
        log.info("created a %s-protected store key", keyfile.protection.value)
        return key

    def unlock(self, passphrase: str | None) -> bytes:
        keyfile = KeyFile.load(self._path)
        if keyfile.protection is KeyProtection.KEYCHAIN:
            import keyring.errors

            try:
                stored = self._backend.get_password(KEYCHAIN_SERVICE, store_entry(keyfile.store_id))
            except keyring.errors.KeyringError as exc:
                raise KeychainUnavailable(type(exc).__name__) from exc
            if stored is None:
                raise KeychainEntryMissing("no key in the keychain for this store")
            return bytes.fromhex(stored)
        if not passphrase:
            raise PassphraseRequired("store is passphrase-protected")
        assert keyfile.wrapped is not None
        return self._unwrap(keyfile.wrapped, passphrase, keyfile.store_id)

    def change_passphrase(self, old: str, new: str) -> None:
        """The same key, wrapped by `new` instead of `old` (WrongPassphrase if `old` is
        not it): the database itself is not touched. Only for a passphrase-protected
        store; the new wrapping replaces the old in one step."""
        keyfile = KeyFile.load(self._path)
        if keyfile.protection is not KeyProtection.PASSPHRASE or keyfile.wrapped is None:
            raise ValueError("the key of this store is in the keychain, not under a passphrase")
        key = self._unwrap(keyfile.wrapped, old, keyfile.store_id)
        wrapped = self._wrap(key, new, keyfile.store_id)
        write_whole(self._path, dataclasses.replace(keyfile, wrapped=wrapped).to_json())
        log.info("store key wrapped under a new passphrase")

    def _try_keychain(self, store_id: str, key: bytes) -> bool:
        if not keychain_usable(self._backend):
            return False
        import keyring.errors

        try:
            self._backend.set_password(KEYCHAIN_SERVICE, store_entry(store_id), key.hex())
            return self._backend.get_password(KEYCHAIN_SERVICE, store_entry(store_id)) == key.hex()
        except keyring.errors.KeyringError as exc:
            # A Secret Service that is installed but locked or broken: use the passphrase path.
            log.warning("keychain refused the key: %s", type(exc).__name__)
            return False

    def _wrap(self, key: bytes, passphrase: str, store_id: str) -> dict[str, Any]:
        return _wrap(key, passphrase, store_id, self._scrypt_n)

    def _unwrap(self, wrapped: dict[str, Any], passphrase: str, store_id: str) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            kek = _kek(passphrase, _unb64(wrapped["salt"]), int(wrapped["n"]))
            return AESGCM(kek).decrypt(
                _unb64(wrapped["nonce"]), _unb64(wrapped["sealed"]), store_id.encode()
            )
        except InvalidTag:
            raise WrongPassphrase("wrong passphrase") from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileCorrupt("wrapped key unreadable") from exc


def passphrase_key_file(
    key: bytes, passphrase: str, store_id: str, scrypt_n: int = DEFAULT_SCRYPT_N
) -> KeyFile:
    """The key file of a passphrase-protected store whose key is `key`, as a new store's
    is written: for a copy of a store (`desk backup --passphrase`) that opens with
    `passphrase` alone, wherever its store's own key is kept."""
    return KeyFile(store_id, KeyProtection.PASSPHRASE, _wrap(key, passphrase, store_id, scrypt_n))


def _kek(passphrase: str, salt: bytes, n: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def _wrap(key: bytes, passphrase: str, store_id: str, scrypt_n: int) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt, scrypt_n)).encrypt(nonce, key, store_id.encode())
    return {
        "kdf": "scrypt",
        "n": scrypt_n,
        "r": 8,
        "p": 1,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


def unlock_early(
    key_file: Path,
    passphrase: str | None,
    backend: keyring.backend.KeyringBackend | None = None,
) -> Future[bytes] | None:
    """Starts unlocking an existing key on a thread; `open_store(early=...)` takes it.

    scrypt (about half a second; it releases the GIL) or the keychain's answer over D-Bus
    then overlaps the loading of desk's code, Qt and SQLAlchemy, which is why this module
    imports neither. Only an existing key is read: with no key file yet this returns None,
    and making a key waits for `open_store`, after the caller has made sure that no other
    desk is starting on the same data dir. The future raises what `KeyVault.unlock` raises.
    """
    if not os.path.lexists(key_file):
        return None
    vault = KeyVault(key_file, backend)
    future: Future[bytes] = Future()

    def work() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(vault.unlock(passphrase))
        except BaseException as exc:  # handed to the thread that waits for the key
            future.set_exception(exc)

    threading.Thread(target=work, name="desk-unlock", daemon=True).start()
    return future


def store_entry(store_id: str) -> str:
    """The keychain entry (under KEYCHAIN_SERVICE) of a store's key."""
    return f"store-key:{store_id}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
