"""Making a store's database busy, as another program holding its write lock does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3
from sqlalchemy import event

from desk.store.store import Store


@contextmanager
def write_lock_held(store: Store, wait_ms: int = 50) -> Iterator[None]:
    """While it lasts, a second connection holds the database's write lock (BEGIN
    IMMEDIATE), so every write of `store` fails with SQLITE_BUSY once its busy timeout
    runs out; reads go on (the database is in WAL mode). desk waits 10 s for a lock; the
    store's new connections wait `wait_ms` here, for the test not to wait as long."""

    def short_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA busy_timeout = {wait_ms}")

    holder = sqlcipher3.dbapi2.connect(str(store.data_dir.database), isolation_level=None)
    try:
        holder.execute(f'PRAGMA key = "{store.engine.url.password}"')
        holder.execute("BEGIN IMMEDIATE")
        event.listen(store.engine, "connect", short_wait)
        store.engine.dispose()  # the open connections go; new ones wait briefly
        try:
            yield
        finally:
            event.remove(store.engine, "connect", short_wait)
            store.engine.dispose()
    finally:
        holder.close()
