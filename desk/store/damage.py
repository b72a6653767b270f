"""Damage inside the database found while desk runs, and the note of it kept beside it.

A page damaged in the middle of desk.db (a failing disk, a bad copy) is met only when a
read reaches it: paging, a search, a sync batch, long after the window's first reads
passed. The store then says SQLITE_CORRUPT to whichever thread read it, and the window
only said so in its status bar while sync failed on the same page round after round.

Met once, the damage is noted in `desk.damaged` beside the database (a file of its own:
the note must not need the database), every transaction begun after it is read only (a
write would build on pages that may be wrong), and those who subscribed are told. At the
next start the note has every page read before anything else (desk.store.store.open_store):
still damaged, the store is refused as damaged, and the window offers to start afresh;
sound again (restored from a backup), the note goes.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import sqlcipher3
from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext

from desk.store.database import WriteRefusedAfterDamage, failure_cause, written
from desk.store.files import write_whole

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk.store.database import Sessions

T = TypeVar("T")

log = logging.getLogger("desk.store")

# Where a connection finds the store's watch (see driver_cursor).
_WATCH = "desk.damage_watch"
# Set on a connection made read only after the damage was found.
_READ_ONLY = "desk.read_only"


class DamageFound(NamedTuple):
    """When the damage was met, on which of desk's threads (desk-sync, desk-store,
    MainThread…: what desk was doing), and SQLite's words for it; `at` is None where the
    note could not be read."""

    at: datetime | None
    thread: str = ""
    error: str = ""


def write_marker(path: Path, found: DamageFound) -> None:
    """Writes the note whole or not at all: a crash half-way leaves no empty note that
    would read as damage found at no time."""
    record = {
        "found_at": found.at.isoformat() if found.at is not None else None,
        "thread": found.thread,
        "error": found.error,
    }
    write_whole(path, json.dumps(record, indent=1) + "\n")


def read_marker(path: Path) -> DamageFound | None:
    """The note at `path`, or None where there is none. One that does not read as desk
    wrote it (edited, or unreadable) still says damage was found, at a time unknown."""
    try:
        record = json.loads(path.read_text("utf-8"))
        return DamageFound(
            datetime.fromisoformat(record["found_at"]), str(record["thread"]), str(record["error"])
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError):
        return DamageFound(None) if path.exists() else None


class DamageWatch:
    """Notes the first damaged page the store meets, on whichever thread meets it: the
    note is written, each transaction begun after it is read only, and every subscriber
    is called, once, on that thread."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker
        self._found: DamageFound | None = None
        self._subscribers: list[Callable[[DamageFound], None]] = []
        self._lock = threading.Lock()

    @property
    def found(self) -> DamageFound | None:
        return self._found

    def subscribe(self, callback: Callable[[DamageFound], None]) -> Callable[[], None]:
        """Calls `callback` when damage is found (not if it was before: see `found`);
        returns what ends the subscription."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def written(self, write: Callable[[], T], refused: T, who: str) -> T:
        """`desk.store.database.written`, except that once damage is found `write` is not
        even tried: it would be refused, and the jobs that write on a timer (a DING's
        ladder, the alerts' round) logged the refusal each round for as long as the
        window stayed open. The damage itself was logged once, when it was found."""
        if self._found is not None:
            return refused
        return written(write, refused, who)

    def notice(self, error: BaseException) -> None:
        """Looks at an error the store raised: SQLITE_CORRUPT (or NOTADB) is damage."""
        if failure_cause(error) != "corrupt":
            return
        driver_error = getattr(error, "orig", None) or error
        # SQLite's own words ("database disk image is malformed"), never a statement's
        # parameters, which SQLAlchemy's words for it hold.
        self._note(str(driver_error))

    def found_by_check(self, problem: str) -> None:
        """Damage a read of every page found (desk.store.page_check) where no read of
        desk's had met it: `problem` is SQLite's first line for it."""
        self._note(f"quick_check: {problem}")

    def found_by_backup(self, problem: str) -> None:
        """Damage SQLite's backup met in the store's pages (desk.store.backup), which it
        says without a result code for `notice` to read: `problem` is its words."""
        self._note(f"backup: {problem}")

    def _note(self, error: str) -> None:
        found = DamageFound(datetime.now().astimezone(), threading.current_thread().name, error)
        with self._lock:
            if self._found is not None:
                return
            self._found = found
            subscribers = list(self._subscribers)
        log.error(
            "the database is damaged inside (%s, met on %s): desk writes nothing more to it",
            found.error,
            found.thread,
        )
        try:
            write_marker(self.marker, found)
        except OSError as exc:
            log.error("could not note the damage in %s (%s)", self.marker.name, exc.strerror)
        for callback in subscribers:
            callback(found)

    def attach(self, engine: Engine, sessions: Sessions) -> None:
        """Watches every statement `engine` runs, and the driver's cursors that its
        connections and the sessions of `sessions` open (driver_cursor). Attached once the
        store is open: a key that does not fit says "not a database" too, and is not
        damage."""
        event.listen(engine, "handle_error", self._on_error, retval=True)
        event.listen(engine, "checkout", self._on_checkout)
        event.listen(engine, "commit", self._on_commit)
        sessions.configure(info={_WATCH: self})

    def _on_error(self, context: ExceptionContext) -> BaseException | None:
        error = context.original_exception
        cause = failure_cause(error)
        if self._found is not None and cause == "read_only":
            # Refused by the read-only switch below: said as the damage it is, or the user
            # and IT would look for a file's permissions.
            return WriteRefusedAfterDamage(context.statement, context.parameters, error)
        if cause == "corrupt":
            # This connection is dropped for a new one (see driver_cursor); the other
            # threads' keep theirs.
            context.is_disconnect = True
            context.invalidate_pool_on_disconnect = False
            self.notice(error)
        return None

    def _on_commit(self, connection: Connection) -> None:
        """A transaction that wrote, begun before the damage was met (its connection was
        checked out before), is not committed: SQLite lets a COMMIT through query_only,
        and a sync batch stored meanwhile would have gone into the damaged file. The
        driver opens a transaction only for a write, so one that only read commits."""
        if self._found is None:
            return
        driver_connection = connection.connection.dbapi_connection
        if driver_connection is not None and driver_connection.in_transaction:
            raise WriteRefusedAfterDamage("COMMIT", None, sqlcipher3.dbapi2.DatabaseError())

    def _on_checkout(self, driver_connection: Any, record: Any, _proxy: Any) -> None:
        """Each transaction checks out its thread's connection: once damage is found, it
        is made read only (SQLite refuses its writes). A Core connection, which has no
        session's info, finds the watch in its own (driver_cursor)."""
        record.info[_WATCH] = self
        if self._found is not None and not record.info.get(_READ_ONLY):
            driver_connection.execute("PRAGMA query_only = ON")
            record.info[_READ_ONLY] = True


@contextmanager
def driver_cursor(unit: Session | Connection) -> Iterator[sqlcipher3.dbapi2.Cursor]:
    """A cursor of the driver itself on the session's (or Core connection's) connection,
    for reads stepped a batch at a time (desk.store.inbox), closed after. SQLAlchemy never
    sees its errors: damage it meets is noticed here, as in every statement SQLAlchemy
    runs."""
    connection = unit if isinstance(unit, Connection) else unit.connection()
    # Read before an invalidation empties the connection's info.
    watch = connection.info.get(_WATCH)
    cursor = connection.connection.cursor()
    try:
        yield cursor
    except sqlcipher3.dbapi2.Error as exc:
        if failure_cause(exc) == "corrupt" and not connection.invalidated:
            # SQLCipher leaves a connection that met a damaged page failing at every page
            # it has not cached, sound ones too: a new one reads what is still sound.
            connection.invalidate()
            if isinstance(watch, DamageWatch):
                watch.notice(exc)
        raise
    finally:
        if not connection.invalidated:  # closed with its connection
            cursor.close()
