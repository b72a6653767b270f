"""Opening the SQLCipher file: raw key, WAL, no plaintext temp files, schema upgrades."""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, SQLAlchemyError

from desk.store import schema
from desk.store.paths import OsRefusal
from desk.store.text_index import PAIRS_FUNCTION, pair_words

if TYPE_CHECKING:
    # The ORM loads when a session is first asked for (see Sessions), after the first paint.
    from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

log = logging.getLogger("desk.store")


class _InTransaction(threading.local):
    """This thread's connections in a transaction, innermost last."""

    def __init__(self) -> None:
        self.conns: list[Connection] = []

    def began(self, conn: Connection) -> None:
        self.conns.append(conn)

    def ended(self, conn: Connection) -> None:
        for i in range(len(self.conns) - 1, -1, -1):
            if self.conns[i] is conn:
                del self.conns[i]
                return

    def innermost(self) -> Connection | None:
        while self.conns and self.conns[-1].closed:  # invalidated, gone without a rollback
            self.conns.pop()
        return self.conns[-1] if self.conns else None


class Sessions:
    """The units of work over the store's engine: Core connections (`connect`,
    `transaction`), which what the first paint reads goes through, and ORM sessions
    (called, or `begin`, as a sessionmaker), whose sessionmaker is made when first asked
    for. sqlalchemy.orm and the mapped classes cost about 55 ms of the GUI thread to
    import and configure: a start that reads through Core paints without them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._made: sessionmaker[Session] | None = None
        self._info: dict[Any, Any] = {}
        # Each thread's connections in a transaction, sessions' too (see connect).
        self._open = _InTransaction()
        # Each thread's writes begun here (transaction, begin), outermost first: what is
        # opened within one joins it (see _joining).
        self._writing = threading.local()
        event.listen(engine, "begin", self._open.began)
        event.listen(engine, "commit", self._open.ended)
        event.listen(engine, "rollback", self._open.ended)

    def connect(self) -> AbstractContextManager[Connection]:
        """A connection whose work rolls back unless committed (a read). Within a
        transaction on this thread, that transaction's own: the dialect keeps one SQLite
        connection per thread, and a connection of its own, closed, rolled back what the
        transaction had written so far."""
        innermost = self._open.innermost()
        if innermost is not None:
            return contextlib.nullcontext(innermost)
        return self.engine.connect()

    def transaction(self) -> AbstractContextManager[Connection]:
        """A connection whose work commits as one unit on leaving it, or not at all.
        Within a write on this thread, that write's connection: its work commits or
        rolls back with the outer write's (see _joining)."""
        outer = self._write_in_progress()
        if outer is not None:
            return contextlib.nullcontext(outer)
        return self._written(self.engine.begin())

    def _write_in_progress(self) -> Connection | None:
        """The connection of this thread's innermost write begun here, if any."""
        writes: list[Connection] = getattr(self._writing, "conns", [])
        while writes and writes[-1].closed:  # invalidated, gone without its exit
            writes.pop()
        return writes[-1] if writes else None

    @contextlib.contextmanager
    def _written(self, unit: AbstractContextManager[Connection]) -> Iterator[Connection]:
        with unit as conn:
            writes: list[Connection] = self._writing.__dict__.setdefault("conns", [])
            writes.append(conn)
            try:
                yield conn
            finally:
                if conn in writes:
                    writes.remove(conn)

    @contextlib.contextmanager
    def _joining(self, outer: Connection) -> Iterator[Session]:
        """A session within a write on this thread, over its connection. The dialect
        keeps one SQLite connection per thread: a session of its own rolled back, as it
        closed, what the write had done so far, and one committing committed the write's
        half way. This one's commit is the write's to make; a failure inside it rolls the
        write back, which the failure leaves through too."""
        from sqlalchemy import orm

        with orm.Session(
            bind=outer, join_transaction_mode="rollback_only", expire_on_commit=False
        ) as session:
            session.info.update(self._info)
            yield session

    def _maker(self) -> sessionmaker[Session]:
        if self._made is None:
            from sqlalchemy import orm

            self._made = orm.sessionmaker(self.engine, expire_on_commit=False, info=self._info)
        return self._made

    def __call__(self) -> AbstractContextManager[Session]:
        """A session to read with, as a context manager (its writes commit only if it
        commits them). Within a write on this thread, over that write's connection (see
        _joining)."""
        outer = self._write_in_progress()
        if outer is not None:
            return self._joining(outer)
        return self._maker()()

    def begin(self) -> AbstractContextManager[Session]:
        """A session whose work commits as one unit on leaving it, or not at all. Within
        a write on this thread, it commits with that write (see _joining)."""
        outer = self._write_in_progress()
        if outer is not None:
            return self._begun_within(outer)
        return self._begun()

    @contextlib.contextmanager
    def _begun(self) -> Iterator[Session]:
        with (
            self._maker().begin() as session,
            self._written(contextlib.nullcontext(session.connection())),
        ):
            yield session

    @contextlib.contextmanager
    def _begun_within(self, outer: Connection) -> Iterator[Session]:
        with self._joining(outer) as session, session.begin():
            yield session

    def configure(self, *, info: dict[Any, Any]) -> None:
        """What every session (made now or later) has in its `info`."""
        self._info = dict(info)
        if self._made is not None:
            self._made.configure(info=self._info)


class DatabaseUnopenable(Exception):
    """The file could not be opened; `code` says why, and `refusal` why the OS refused
    it (see why_unopenable)."""

    def __init__(self, path: Path, code: str, refusal: OsRefusal | None = None) -> None:
        super().__init__(f"{path}: {code}")
        self.code = code
        self.refusal = refusal


# SQLite's primary result codes (https://sqlite.org/rescode.html) by the cause the user
# is told; the driver's error carries the extended code, whose low byte is the primary.
_CAUSES = {
    sqlcipher3.dbapi2.SQLITE_READONLY: "read_only",
    sqlcipher3.dbapi2.SQLITE_BUSY: "busy",
    sqlcipher3.dbapi2.SQLITE_LOCKED: "busy",
    sqlcipher3.dbapi2.SQLITE_FULL: "full",
    sqlcipher3.dbapi2.SQLITE_CORRUPT: "corrupt",
    sqlcipher3.dbapi2.SQLITE_NOTADB: "corrupt",
    # The disk failing, or full where SQLite could not tell (its -shm file not made).
    sqlcipher3.dbapi2.SQLITE_IOERR: "io",
    sqlcipher3.dbapi2.SQLITE_CANTOPEN: "io",
}
FAILURE_CAUSES = ("read_only", "busy", "full", "corrupt", "io", "other")


class WriteRefusedAfterDamage(DatabaseError):
    """A write refused because the database was found damaged while desk ran: nothing more
    is written to it (see desk.store.damage)."""


def failure_cause(error: BaseException) -> str:
    """Why a store operation failed, one of FAILURE_CAUSES, for the UI to word: read_only
    (the file, or the disk it is on, cannot be written), busy (another connection holds
    the lock past the busy timeout), full (the disk), corrupt (the file is damaged, or a
    write refused since), or other."""
    if isinstance(error, WriteRefusedAfterDamage):
        return "corrupt"
    code = _code(error)
    return "other" if code is None else _CAUSES.get(code, "other")


def open_failure(error: BaseException) -> str:
    """Why a database could not be opened, as a StoreError code: unreadable (not a
    database under this key: a wrong key, or not desk's file), damaged, locked (another
    connection holds it), disk (full, failing, read-only), or failed (anything else, such
    as a schema update that went wrong: the log has its type).

    Only "not a database" is the key: a damaged file or a full disk told as a wrong key had
    IT staff about to wipe data that opened again once the disk had room."""
    if _code(error) == sqlcipher3.dbapi2.SQLITE_NOTADB:
        return "unreadable"
    cause = failure_cause(error)
    named = {"corrupt": "damaged", "busy": "locked", "full": "disk", "io": "disk"}
    return named.get(cause, "disk" if cause == "read_only" else "failed")


def why_unopenable(path: Path, error: BaseException) -> tuple[str, OsRefusal | None]:
    """Why the database at `path` could not be opened: open_failure's code, except where
    SQLite's error would blame the disk and the OS itself refuses desk the file (or its
    -wal or -shm beside it): then "database_no_access", and the OS's refusal. A desk.db
    this user may not open, or one another program holds, was "the disk may be full or
    failing"."""
    code = open_failure(error)
    if code == "disk":
        refusal = refused_by_the_os(path)
        if refusal is not None:
            return "database_no_access", refusal
    return code, None


# SQLite's default cache (SQLCipher's build: 8,000 KiB), and at most four times that.
_LEAST_CACHE_KIB = 8000
_MOST_CACHE_KIB = 32_000
# The disk's own errors: a refusal with these is the disk's, as SQLite said.
_DISK_ERRNOS = frozenset(
    getattr(errno, name) for name in ("EIO", "ENOSPC", "EDQUOT") if hasattr(errno, name)
)


def refused_by_the_os(path: Path) -> OsRefusal | None:
    """The OS's refusal of the database file or its -wal or -shm, opened as SQLite opens
    them (to read and write; nothing is made or written), or None where it grants them."""
    # A rollback journal is there only after a crash outside WAL mode; SQLite opens it too.
    beside = ("-wal", "-shm", "-journal")
    for file in (path, *(path.with_name(path.name + end) for end in beside)):
        try:
            handle = os.open(file, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno in _DISK_ERRNOS:
                return None
            return OsRefusal.from_os_error(exc)
        os.close(handle)
    return None


def is_database_error(error: BaseException) -> bool:
    """Whether `error` is the database's: as SQLAlchemy wraps it, or the driver's own,
    which the few statements run on the driver's cursor (see desk.store.inbox) raise
    unwrapped."""
    return isinstance(error, DBAPIError | sqlcipher3.dbapi2.Error)


def _code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver's error, as SQLAlchemy wraps it."""
    driver_error = getattr(error, "orig", None) or error
    code = getattr(driver_error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def page_cache_kib(database_bytes: int) -> int:
    """SQLite's page cache for each connection to a database this size, in KiB.

    SQLCipher decrypts and checks every page it reads into the cache. At a million
    messages (1 GB) a search's lookups in the indexes of cards and copies, spread over
    every id, missed SQLite's default 8 MB at nearly each match: a greeting matched in
    16,811 copies took 140 ms. A cache of 1/32 of the store, 8 to 32 MB, holds what
    searches and paging touch (150 searches 342 -> 199 ms); memory is taken only as pages
    are read, and a small store keeps the default."""
    return min(_MOST_CACHE_KIB, max(_LEAST_CACHE_KIB, database_bytes // 32 // 1024))


def _on_connect(cache_kib: int, dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # SQLCipher's own lines on stderr (hmac check failed…) beside desk's message about a
    # wrong key only confuse; desk logs what failed. (The level is the process's.)
    cur.execute("PRAGMA cipher_log_level = NONE")
    # Temp tables and sort spills in memory: SQLCipher encrypts temp files too,
    # but keeping them off disk is cheaper and leaves nothing behind on a crash.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 10000")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    cur.close()
    # The trigger that keeps the pair index through edits calls it (see desk.store.text_index).
    dbapi_conn.create_function(PAIRS_FUNCTION, 1, pair_words, deterministic=True)


def _alone(dbapi_conn: Any, _record: Any) -> None:
    # Before the first read: SQLite then keeps the WAL's index in this process's memory
    # instead of the -shm file beside the database, and holds the file to itself.
    dbapi_conn.execute("PRAGMA locking_mode = EXCLUSIVE")


def make_engine(path: Path, key: bytes, *, alone: bool = False) -> Engine:
    """The engine of the database at `path`; `alone`, for this process alone (see _alone)."""
    # The raw-key form skips SQLCipher's PBKDF2 (about 80 ms per connection);
    # the key itself is already 256 random bits.
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # The dialect keeps one connection per thread (SingletonThreadPool) and, past
    # `pool_size` threads, closes one that another thread may be using. desk's threads
    # that touch the store (window, store jobs, ingest, sign-in, attachments, opening)
    # stay well under this.
    engine = create_engine(url, module=sqlcipher3.dbapi2, pool_size=16)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # a new store, or one the opening will say it cannot read
    if alone:  # first: _on_connect's synchronous pragma reads the database
        event.listen(engine, "connect", _alone)
    event.listen(engine, "connect", functools.partial(_on_connect, page_cache_kib(size)))
    return engine


def open_database(
    path: Path,
    key: bytes,
    while_upgrading: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext,
    *,
    alone: bool = False,
    every_page: bool = False,
) -> tuple[Engine, Sessions]:
    """Opens (or creates) the database and brings its schema up to date.

    `while_upgrading` is held while the schema is brought up to date. `alone` opens it for
    this process alone, which needs no -shm file: no other desk can use it meanwhile. With
    `every_page` each page is read first (PRAGMA quick_check: 1.3 s for 165 MB here);
    opening alone reads the first page and the schema, and a page damaged further on
    passes.

    Raises DatabaseUnopenable before anything is written when the file cannot be read
    (the key does not fit, it is damaged, the disk fails), and schema.TooNew when a newer
    desk wrote the file.
    """
    engine = make_engine(path, key, alone=alone)
    try:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
                if every_page:
                    _check_every_page(path, conn)
            schema.check_not_newer(engine)
            with engine.begin() as conn:
                conn.execute(text("PRAGMA journal_mode = WAL"))
            if schema.current(engine) != schema.HEAD:
                # Held by one desk at a time (see store.open_store); upgrade looks again.
                with while_upgrading():
                    schema.upgrade(engine)
        except DatabaseError as exc:
            # A page past the first damaged, or the disk full while the schema is brought
            # up to date, as much as a key that does not fit.
            raise DatabaseUnopenable(path, *why_unopenable(path, exc)) from exc
    except BaseException:
        # Closing the last connection removes the -wal and -shm files again.
        engine.dispose()
        raise
    return engine, Sessions(engine)


def _check_every_page(path: Path, conn: Connection) -> None:
    """DatabaseUnopenable (damaged) unless every page of the database reads."""
    # The first problem is enough to know: the whole list can run to a hundred lines.
    found = conn.execute(text("PRAGMA quick_check(1)")).scalar_one()
    if found != "ok":
        log.error("quick_check: the database's pages do not all read: %s", found)
        raise DatabaseUnopenable(path, "damaged")


def written(write: Callable[[], T], refused: T, who: str) -> T:
    """`write`'s answer, or `refused` where the store refuses it (a full disk, a file made
    read-only): logged under `who`, and the caller goes on with what it reads. A round of
    alerts or DING escalation that ended at its first refused write notified nothing."""
    try:
        return write()
    except SQLAlchemyError as exc:
        logging.getLogger(who).warning("the store refused a write (%s)", failure_cause(exc))
        return refused
