"""Making a store's database refuse writes, as SQLite does for a file desk cannot write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from desk.store.store import Store


def make_read_only(store: Store) -> None:
    """From now on SQLite refuses every write to `store` with SQLITE_READONLY ("attempt to
    write a readonly database"), the error of a database file or disk that cannot be
    written. The tests run as root, who may write any file whatever its mode, so the
    refusal comes from SQLite's query_only switch on each new connection."""

    def query_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")

    event.listen(store.engine, "connect", query_only)
    store.engine.dispose()  # the open connections go; new ones get the switch
