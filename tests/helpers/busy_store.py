"""Making a store's database busy, as another program holding its write lock does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from desk.store.store import Store
from tests.helpers.connection_pragma import PragmaSwitch


@contextmanager
def write_lock_held(store: Store, wait_ms: int = 50) -> Iterator[None]:
    """While it lasts, a second connection holds the database's write lock (BEGIN
    IMMEDIATE), so every write of `store` fails with SQLITE_BUSY once its busy timeout
    runs out; reads go on (the database is in WAL mode). desk waits 10 s for a lock; the
    store's connections wait `wait_ms` here, for the test not to wait as long, and 10 s
    again afterwards."""
    # Before the lock is taken: a write begun in between would wait the whole 10 s.
    short_wait = PragmaSwitch(store.engine, "busy_timeout", wait_ms)
    holder = sqlcipher3.dbapi2.connect(str(store.data_dir.database), isolation_level=None)
    try:
        holder.execute(f'PRAGMA key = "{store.engine.url.password}"')
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.close()
        short_wait.undo()
