"""A read of every page of the database once a day, for damage no read of desk's has met.

A page damaged where the window's reads and sync's writes do not go (a failing disk, a bad
copy: 72 bytes overwritten in the middle of desk.db) was found only by `desk-cli selftest`;
the window and `desk sync` went on writing into the file for as long as nothing read that
page. PRAGMA quick_check reads every page (about 1 s at 100,000 messages, 96 MB, on a
2-core test machine; 16 s at 1,000,000), so it runs at most once a day: the window's on a
thread of its own (`PageReader`: on the store thread it held up what the user did
meanwhile, a DING's confirmation), `desk sync` before it writes. Damage found goes the
way of damage met anywhere else (desk.store.damage): noted in desk.damaged, nothing more
written, and the window offers Start afresh.

When it last found every page sound is a row of the settings table of its own (no setting
a user or a policy sets); a store restored from a backup brings its time with it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk.store.database import failure_cause
from desk.store.models import Setting
from desk.store.store import Store

log = logging.getLogger("desk.store")

CHECKED_AT = "store.pages_checked_at"
CHECK_EVERY = timedelta(days=1)


def last_checked(store: Store) -> datetime | None:
    """When every page last read sound, or None (never, or a value not desk's)."""
    with store.sessions() as session:
        row = session.get(Setting, CHECKED_AT)
        value = row.value if row is not None else None
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def check_due(store: Store, now: datetime) -> bool:
    """Whether a day has passed since the last check (or the clock went back past it)."""
    if store.damage.found is not None:
        return False  # found already: nothing more to learn, and nothing may be written
    checked = last_checked(store)
    return checked is None or not checked <= now < checked + CHECK_EVERY


def check_pages(store: Store, now: datetime, reading: Callable[[Any], None] | None = None) -> bool:
    """Reads every page; True if all are sound (and notes when), else the damage goes to
    store.damage (noted, told to its subscribers) and False. A read that fails for
    another cause (the disk, or the read interrupted) proves nothing either way: True, and
    not noted as done. `reading` is given the database connection while it reads, then
    None."""
    try:
        with store.engine.connect() as conn:
            if reading is not None:
                reading(conn.connection.dbapi_connection)
            # The first problem is enough: the whole list can run to a hundred lines.
            found = str(conn.execute(text("PRAGMA quick_check(1)")).scalar_one())
            if reading is not None:
                # Read: the connection goes back to the pool, where another thread's write
                # may take it, which interrupting it now would cut short.
                reading(None)
    except DBAPIError as exc:
        cause = failure_cause(exc)
        if cause == "corrupt":
            return False  # a page SQLCipher refused: store.damage noticed it (handle_error)
        # The disk, say: what uses the store meets it and says so; this tries again later.
        log.warning("could not read every page of the database (%s)", cause)
        return True
    if found != "ok":
        problem = next((line for line in found.splitlines() if "***" not in line), found)
        log.error("quick_check: the database's pages do not all read")
        store.damage.found_by_check(problem.strip())
        return False

    def note() -> None:
        with store.transaction() as session:
            session.merge(Setting(name=CHECKED_AT, value=now.isoformat()))

    store.damage.written(note, None, "desk.store")
    log.info("every page of the database reads")
    return True


def check_pages_if_due(
    store: Store, now: datetime, reading: Callable[[Any], None] | None = None
) -> bool:
    """check_pages once a day at most; whether the store is still thought sound."""
    if check_due(store, now):
        check_pages(store, now, reading)
    return store.damage.found is None


class PageReader:
    """The window's daily check_pages, on a thread of its own: SQLite reads beside the
    store thread's writes, and lets go of Python's lock while it reads. `stop` interrupts
    a read under way (quitting waits for no 16 s read)."""

    def __init__(self, store: Store, now: Callable[[], datetime]) -> None:
        self._store = store
        self._now = now
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._conn: Any = None
        self._stopped = False

    def start(self) -> None:
        """Checks the pages if due, unless a check is under way."""
        if self._stopped or (self._thread is not None and self._thread.is_alive()):
            return
        self._thread = threading.Thread(target=self._run, name="desk-page-check", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _run(self) -> None:
        try:
            check_pages_if_due(self._store, self._now(), self._reading)
        except Exception:  # logged, as any thread's; tried again at the next round
            log.exception("the daily read of every page failed")
        finally:
            with self._lock:
                self._conn = None

    def _reading(self, conn: Any) -> None:
        with self._lock:
            self._conn = conn
            if self._stopped and conn is not None:
                conn.interrupt()
