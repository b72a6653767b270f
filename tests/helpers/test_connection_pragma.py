"""The helpers that make a store busy or read-only leave its threads' work running."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from desk.store.database import failure_cause
from desk.store.models import Setting
from desk.store.store import Store
from tests.helpers.busy_store import write_lock_held
from tests.helpers.read_only_store import make_read_only

COUNT_TO_1000 = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT i FROM n"
)


@pytest.fixture
def store_thread() -> Iterator[ThreadPoolExecutor]:
    """A thread with its own connection, as desk's store thread has."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool


def _stopped_while_reading(
    store: Store, pool: ThreadPoolExecutor
) -> tuple[Future[tuple[int, int, str]], Callable[[], None]]:
    """An operation on `pool`'s thread that stops after the first of 1000 rows it reads,
    then reads the rest and writes in the same transaction; what lets it go on. It comes
    to the rows it read, the busy timeout it wrote with, and what became of the write."""
    reading, go_on = threading.Event(), threading.Event()

    def read_then_write() -> tuple[int, int, str]:
        with store.sessions() as session:
            rows = session.execute(text(COUNT_TO_1000))
            first = rows.fetchone()
            reading.set()
            go_on.wait()
            counted = len([first, *rows])
            waits = int(session.execute(text("PRAGMA busy_timeout")).scalar_one())
            try:
                session.merge(Setting(name="probe", value=1))
                session.commit()
            except OperationalError as exc:
                return counted, waits, failure_cause(exc)
            return counted, waits, "written"

    done = pool.submit(read_then_write)
    reading.wait()
    return done, go_on.set


def _write(store: Store) -> tuple[int, str]:
    """The busy timeout of this thread's connection, and a write's outcome."""
    with store.transaction() as session:
        waits = int(session.execute(text("PRAGMA busy_timeout")).scalar_one())
        session.merge(Setting(name="probe", value=2))
    return waits, "written"


def test_an_operation_running_when_the_write_lock_is_taken_reads_on_and_waits_briefly(
    store: Store, store_thread: ThreadPoolExecutor
) -> None:
    # Taking the lock closed every thread's connection: the read in the middle of its rows
    # failed ("Cannot operate on a closed database"), and CI once crashed there (rc 139).
    done, go_on = _stopped_while_reading(store, store_thread)
    with write_lock_held(store):
        go_on()
        assert done.result() == (1000, 50, "busy")
    assert store_thread.submit(_write, store).result() == (10_000, "written")


def test_an_operation_running_when_the_store_turns_read_only_reads_on_and_is_refused(
    store: Store, store_thread: ThreadPoolExecutor
) -> None:
    done, go_on = _stopped_while_reading(store, store_thread)
    make_read_only(store)
    go_on()
    assert done.result() == (1000, 10_000, "read_only")
