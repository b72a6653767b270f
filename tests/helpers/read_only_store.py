"""Making a store's database refuse writes, as SQLite does for a file desk cannot write."""

from __future__ import annotations

from desk.store.store import Store
from tests.helpers.connection_pragma import PragmaSwitch


def make_read_only(store: Store) -> None:
    """From now on SQLite refuses every write to `store` with SQLITE_READONLY ("attempt to
    write a readonly database"), the error of a database file or disk that cannot be
    written. The tests run as root, who may write any file whatever its mode, so the
    refusal comes from SQLite's query_only switch on each connection."""
    PragmaSwitch(store.engine, "query_only", "ON")
