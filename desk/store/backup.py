"""A copy of a data dir's store taken while desk runs (`desk backup DEST_DIR`).

SQLite's online backup copies the database a step of pages at a time into a new file
keyed with the same key: SQLCipher decrypts each page it reads and encrypts it again for
the copy, so nothing reaches the disk in the clear (SQLCipher refuses a copy into a file
without a key). The copy is the store at one moment: a read transaction on the source is
held from the first step to the last. Without it SQLite starts the copy over whenever
another connection writes (the window's sync, a DING's step): at 100,000 messages, with
a commit every 20 ms beside it, it started over 2,303 times in 84 s and never finished;
held, it took 0.7 s and those commits stayed under 3 ms. In WAL mode a reader holds up
no writer; the WAL only grows by what is written meanwhile, its checkpoint waiting for
the copy.

SQLCipher's backup does not stop at a damaged page of the source: it copies zeros for what
it could not decrypt, and says nothing. So the copy is read whole (PRAGMA quick_check)
before anything in DEST_DIR is replaced; where it does not read whole, the source is read
too, to tell which is damaged: the store (then noted as damage found anywhere is, see
desk.store.damage) or the copy (the destination's disk).

SQLCipher 4.19 runs `VACUUM INTO` under the same key too (as fast as the pages' copy, and a
tenth smaller at 100,000 messages), but as one statement: nothing to show how far it is,
and no step to stop it at between two.

The copy is written under a name of its own and moved into place only once it reads whole,
its key file beside it: a backup that fails leaves the one before it as it was. Restoring
is copying the folder back as the data dir.

The copy's key file is the store's, unless a passphrase is given for the copy: then it holds
the same key wrapped under that passphrase, as a passphrase-protected store's does. A copy
of a keychain-protected store opens otherwise only with that store's keychain entry (this
user, this PC, and not after `desk keychain forget`); so wrapped, it opens anywhere, with
the passphrase alone. Its accounts' sign-in tokens stay in the keychain: they are signed
in again where it is restored.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desk.store.database import failure_cause
from desk.store.files import disk_full, write_whole
from desk.store.keys import DEFAULT_SCRYPT_N, KeyFile, KeyProtection, passphrase_key_file
from desk.store.paths import DataDir
from desk.store.store import Store

log = logging.getLogger("desk.store")

# Pages copied at each step (4 MB of SQLCipher's 4 KiB pages, about 0.03 s here): the
# progress a person watches moves, and the snapshot is held either way.
PAGES_PER_STEP = 1024
# What the copy and its key are called while they are written; moved into place after.
PARTIAL = ".partial"
# SQLite's files beside a database: one of them in DEST_DIR means a desk has the copy
# there open (a restore under way), which replacing its database under it would damage.
_COMPANIONS = ("-wal", "-shm", "-journal")
# What a backup stopped unhandled leaves (killed, the power cut; on Windows a task's time
# limit kills it so): the half copy and its SQLite files, the key file beside it. desk's
# own debris, removed by the next backup, never a reason to refuse its folder.
DEBRIS = frozenset(
    {f"desk.db{PARTIAL}{end}" for end in ("", *_COMPANIONS)} | {f"desk.key{PARTIAL}"}
)
# Held in DEST_DIR while a backup is written there: a second backup into it (IT's nightly
# task and one started by hand, the same minute) took the first's half copy for DEBRIS and
# removed it, and the first, failing then, removed the folder with the second's copy.
# Never a reason to refuse the folder either; removed once the backup is in place.
BACKUP_LOCK = "desk.backup.lock"
# Disk full, or this user's quota.
_NO_ROOM = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT") if hasattr(errno, name))

# Copied `copied` pages of `total` (the store's pages at the moment the copy is of).
Progress = Callable[[int, int], None]


class BackupRefused(Exception):
    """No backup was made; `code` names why, for the CLI to word, `path` the file or folder
    concerned and `detail` the system's or SQLite's words.

    Codes: not_a_directory (a file stands where DEST_DIR is), not_empty (it holds a backup:
    `detail` names what), not_a_backup (it holds what no backup does: `detail` names that),
    in_data_dir (DEST_DIR is the data dir or a folder in it), in_use (a
    desk has the copy in DEST_DIR open: `path` is its -wal or -shm), being_written
    (another backup is being written into DEST_DIR), no_access (the OS
    refused a file or folder), full (no room left), io (reading or writing failed),
    busy (another desk holds the store for itself alone), damaged (the store itself:
    noted in desk.damaged), copy_damaged (the copy did not read back whole though the
    store does).
    """

    CODES = (
        "not_a_directory",
        "not_empty",
        "not_a_backup",
        "in_data_dir",
        "in_use",
        "being_written",
        "no_access",
        "full",
        "io",
        "busy",
        "damaged",
        "copy_damaged",
    )

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        assert code in self.CODES, code
        super().__init__(f"{code}: {path}" + (f": {detail}" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail


@dataclass(frozen=True, slots=True)
class BackupMade:
    """The copy in `folder`: how many messages it holds, its size in bytes (the database
    and the files beside it), how long taking it and reading it back took, and how its key
    is kept (in the keychain, as the store's, or under a passphrase)."""

    folder: Path
    messages: int
    size: int
    seconds: float
    protection: KeyProtection


def check_destination(destination: Path, data_dir: DataDir, *, overwrite: bool) -> None:
    """BackupRefused where a backup of `data_dir` cannot go into `destination`: a file in
    its place, the data dir itself or a folder in it, one holding a copy a desk has open,
    one holding anything but a backup (even with `overwrite`: a folder of the user's own
    files, another data dir), or one holding a backup (unless `overwrite`). A stopped
    backup's DEBRIS is none of these. Nothing is made or changed."""
    folder = destination.expanduser().resolve()
    if folder == data_dir.root or data_dir.root in folder.parents:
        raise BackupRefused("in_data_dir", folder)
    try:
        if not folder.exists():
            return
        if not folder.is_dir():
            raise BackupRefused("not_a_directory", folder)
    except OSError as exc:
        # Not to be looked up (under a folder this user may not open on a share, a name
        # too long): a traceback, and nothing in the log.
        raise _os_refusal(exc, folder) from exc
    try:
        held = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.name not in DEBRIS and entry.name != BACKUP_LOCK
        )
    except OSError as exc:
        raise BackupRefused("no_access", folder, exc.strerror or type(exc).__name__) from exc
    if not held:
        return
    copy = DataDir(folder)
    for end in _COMPANIONS:
        beside = copy.database.with_name(copy.database.name + end)
        if beside.exists():
            raise BackupRefused("in_use", beside)
    ours = {copy.database.name, copy.key_file.name, copy.language_file.name}
    # --overwrite wrote the copy silently among a user's report.docx (IT).
    foreign = [name for name in held if name not in ours]
    if foreign:
        raise BackupRefused("not_a_backup", folder, _some(foreign))
    if not overwrite:
        raise BackupRefused("not_empty", folder, _some(held))


def _some(names: list[str]) -> str:
    """The first few of `names`, for a line."""
    return ", ".join(names[:3]) + (", …" if names[3:] else "")


def back_up(
    store: Store,
    destination: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    pages_per_step: int = PAGES_PER_STEP,
    passphrase: str | None = None,
    scrypt_n: int = DEFAULT_SCRYPT_N,
) -> BackupMade:
    """Copies the store, its key file and its language into `destination` (made if need
    be), reads the copy back whole, and only then puts it in place of any copy there
    (BackupRefused otherwise, and `destination` as it was). `progress` is told the pages
    copied after each step. With a `passphrase` the copy's key file holds the key wrapped
    under it (at scrypt cost `scrypt_n`), not the store's key file."""
    check_destination(destination, store.data_dir, overwrite=overwrite)
    folder = destination.expanduser().resolve()
    started = time.perf_counter()
    made = True
    try:
        try:
            folder.mkdir(parents=True)
        except FileExistsError:
            # Also one a backup beside this one made a moment ago: not this one's to remove.
            made = False
        if made and os.name == "posix":
            folder.chmod(0o700)  # as the data dir: the copy is the user's, whoever reads DEST
        try:
            # A folder this user may not write in, found before the store is read for nothing.
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            exc.filename = str(folder)  # not the probe's own name, which IT was shown
            raise
    except OSError as exc:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise _os_refusal(exc, folder) from exc
    with _only_backup_in(folder, made):
        # Looked at again under the lock: the backup beside this one may have put a copy
        # there since, which only --overwrite replaces.
        check_destination(destination, store.data_dir, overwrite=overwrite)
        return _back_up_into(
            folder, made, started, store, progress, pages_per_step, passphrase, scrypt_n
        )


@contextlib.contextmanager
def _only_backup_in(folder: Path, made: bool) -> Iterator[None]:
    """Holds BACKUP_LOCK in `folder` while it lasts; BackupRefused (being_written) where
    another backup holds it, and `folder` as it was. Imported here, as the store's own lock
    is: a backup is taken at night, not at each start."""
    from filelock import FileLock, Timeout

    path = folder / BACKUP_LOCK
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise BackupRefused("being_written", folder) from exc
    except OSError as exc:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise _os_refusal(exc, folder) from exc
    try:
        yield
    finally:
        # Removed while still held (a backup waiting on it then finds none, and takes a
        # lock of its own), so that a restored copy holds only what desk reads.
        with contextlib.suppress(OSError):  # Windows refuses: its release removes it
            path.unlink(missing_ok=True)
        lock.release()


def _back_up_into(
    folder: Path,
    made: bool,
    started: float,
    store: Store,
    progress: Progress | None,
    pages_per_step: int,
    passphrase: str | None,
    scrypt_n: int,
) -> BackupMade:
    """back_up's work under BACKUP_LOCK, into `folder` (`made` by it)."""
    copy = DataDir(folder)
    partial = copy.database.with_name(copy.database.name + PARTIAL)
    wrapped = None
    if passphrase is not None:
        # Before the pages: scrypt's half second is not spent holding the snapshot.
        store_id = KeyFile.load(store.data_dir.key_file).store_id
        wrapped = passphrase_key_file(store.key, passphrase, store_id, scrypt_n)
    try:
        try:
            for name in DEBRIS:  # left by a backup that was stopped unhandled
                (folder / name).unlink(missing_ok=True)
            _copy_pages(store, partial, progress, pages_per_step)
            messages = _read_back(store, partial, folder)
            size = _put_in_place(store.data_dir, copy, partial, wrapped)
        except OSError as exc:
            raise _os_refusal(exc, folder) from exc
    except BaseException:
        _remove(partial)
        _remove(copy.key_file.with_name(copy.key_file.name + PARTIAL))
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    seconds = time.perf_counter() - started
    # Counts only: where the copy went is the command's to say (a path names its user).
    protection = store.protection if wrapped is None else KeyProtection.PASSPHRASE
    log.info(
        "backup made: %d messages, %d bytes, %.1f s, its key %s",
        messages,
        size,
        seconds,
        "under a passphrase of its own" if wrapped is not None else f"as the store's: {protection}",
    )
    return BackupMade(folder, messages, size, seconds, protection)


def _connect(path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A connection of the driver's own to the database at `path` under `key`, whose
    transactions are begun and ended by what is run on it."""
    connection = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA temp_store = MEMORY")  # nothing spilt to disk
        connection.execute("PRAGMA busy_timeout = 10000")
    except BaseException:
        connection.close()
        raise
    return connection


def _copy_pages(store: Store, partial: Path, progress: Progress | None, step: int) -> None:
    """The store's pages into `partial`, as they stood when the copy began."""
    # Made before SQLite opens it, readable by this user alone, as desk.key is; SQLite
    # takes an empty file for a new database.
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        source = _connect(store.data_dir.database, store.key)
        try:
            source.execute("BEGIN")
            # The snapshot is taken at the first read, and held until the copy is whole.
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            target = _connect(partial, store.key)
            try:

                def copied(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                source.backup(target, pages=step, progress=copied)
            finally:
                target.close()
            source.execute("ROLLBACK")  # it only read
        finally:
            source.close()
    except sqlcipher3.dbapi2.Error as exc:
        if _cause(exc) == "corrupt":
            # Met in the store's pages (the copy is only written): damage, as anywhere.
            store.damage.found_by_backup(str(exc))
            raise BackupRefused("damaged", store.data_dir.database, str(exc)) from exc
        raise _database_refusal(exc, partial) from exc


def _read_back(store: Store, partial: Path, folder: Path) -> int:
    """How many messages the copy holds, once every page of it reads; else BackupRefused:
    damaged where the store's own pages do not all read, copy_damaged where they do."""
    problem = _unsound(partial, store.key)
    if isinstance(problem, int):
        return problem
    log.error("the backup did not read back whole: reading every page of the store")
    found = _unsound(store.data_dir.database, store.key)
    if not isinstance(found, int):
        store.damage.found_by_check(found)
        raise BackupRefused("damaged", store.data_dir.database, found)
    raise BackupRefused("copy_damaged", folder, problem)


def _unsound(path: Path, key: bytes) -> int | str:
    """The messages of the database at `path` where every page of it reads, else SQLite's
    first words for what does not."""
    try:
        connection = _connect(path, key)
        try:
            # The first problem is enough: the whole list can run to a hundred lines.
            found = str(connection.execute("PRAGMA quick_check(1)").fetchone()[0])
            if found != "ok":
                return next((line for line in found.splitlines() if "***" not in line), found)
            return int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
        finally:
            connection.close()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        if failure_cause(exc) != "corrupt":
            raise _database_refusal(exc, path) from exc
        return str(exc)


def _put_in_place(data_dir: DataDir, copy: DataDir, partial: Path, wrapped: KeyFile | None) -> int:
    """The copy's key file (`wrapped`, else the store's) and language beside it, then both
    in place of the ones there; the bytes written."""
    written = partial.stat().st_size
    key = copy.key_file.with_name(copy.key_file.name + PARTIAL)
    # Read now, after the pages: a passphrase changed meanwhile wraps the same key anew.
    if wrapped is not None:
        key_text = wrapped.to_json()
    else:
        keyfile = KeyFile.load(data_dir.key_file)
        key_text = data_dir.key_file.read_text("utf-8")
        if keyfile.protection is KeyProtection.KEYCHAIN:
            # The copy opens with the store's own keychain entry: noted, so that forgetting
            # it for the copy (a test restore cleaned up) does not lock the store unsaid.
            key_text = dataclasses.replace(keyfile, copy_of=str(data_dir.root)).to_json()
    write_whole(key, key_text)
    written += len(key_text.encode())
    language = _read_if_there(data_dir.language_file)
    if language is not None:
        write_whole(copy.language_file, language)
        written += len(language.encode())
    os.replace(partial, copy.database)
    os.replace(key, copy.key_file)
    _sync_folder(copy.root)
    return written


def _read_if_there(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        return None


def _sync_folder(folder: Path) -> None:
    """The moves into place kept on disk (a power cut after the command said done)."""
    if os.name != "posix":
        return  # Windows has no handle on a folder to sync; its moves are journalled
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _remove(database: Path) -> None:
    for file in (database, *(database.with_name(database.name + end) for end in _COMPANIONS)):
        file.unlink(missing_ok=True)


# sqlcipher3's Connection.backup raises without SQLite's result code (its error carries
# only the words): SQLite's fixed words for each code (sqlite3_errstr) say the cause.
_CAUSE_BY_WORDS = {
    "database or disk is full": "full",
    "disk I/O error": "io",
    "unable to open database file": "io",
    "database is locked": "busy",
    "database table is locked": "busy",
    "attempt to write a readonly database": "read_only",
    "database disk image is malformed": "corrupt",
    "file is not a database": "corrupt",
}


def _cause(exc: sqlcipher3.dbapi2.Error) -> str:
    """failure_cause, also of an error the driver's backup raised."""
    cause = failure_cause(exc)
    if cause == "other" and getattr(exc, "sqlite_errorcode", None) is None:
        return _CAUSE_BY_WORDS.get(str(exc), cause)
    return cause


def _database_refusal(exc: sqlcipher3.dbapi2.Error, where: Path) -> BackupRefused:
    cause = _cause(exc)
    # Measured now: the half copy removed, the disk has room again.
    if cause == "full" or (cause == "io" and disk_full(where.parent)):
        return BackupRefused("full", where.parent)
    if cause == "busy":
        return BackupRefused("busy", where)
    if cause == "read_only":
        return BackupRefused("no_access", where, str(exc))
    return BackupRefused("io", where, type(exc).__name__ if cause == "other" else str(exc))


def _os_refusal(exc: OSError, folder: Path) -> BackupRefused:
    if exc.errno in _NO_ROOM:
        return BackupRefused("full", folder)
    file = Path(exc.filename) if exc.filename else folder
    return BackupRefused("no_access", file, exc.strerror or type(exc).__name__)
